package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThroughputTimelineTest {
    private static final long S = 1_000_000_000L;
    // A pipeline that warms up: 100 events in the first second, 200 in the next, then 300 a second.
    private static final long[] NANOS = {0, S, 2 * S, 3 * S, 4 * S};
    private static final long[] COUNTS = {0, 100, 300, 600, 900};

    @Test
    void theRateBetweenTwoSampledCountsIsTheirEventsOverTheirTime() {
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 300, 900)).isCloseTo(300.0, within(1e-9));
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 0, 900)).isCloseTo(225.0, within(1e-9));
    }

    @Test
    void countsBetweenSamplesAreReachedWhereTheLineBetweenThemSaysSo() {
        // 200 is half-way from 100 (1 s) to 300 (2 s): 1.5 s; 450 is half-way from 300 to 600: 2.5 s.
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 200, 450)).isCloseTo(250.0, within(1e-9));
        // The second half of 900 events (450 -> 900) took 1.5 s: 300/s, where all 900 averaged 225/s.
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 450, 900)).isCloseTo(300.0, within(1e-9));
    }

    @Test
    void aCountNeverReachedOrAnEmptySpanHasNoRate() {
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 450, 1_000)).isNaN();
        assertThat(ThroughputTimeline.rateBetween(NANOS, COUNTS, 450, 450)).isNaN();
        assertThat(ThroughputTimeline.rateBetween(new long[] {0}, new long[] {900}, 450, 900)).isNaN();
    }

    @Test
    void theSamplerFollowsALiveCountUntilClosed() throws Exception {
        AtomicLong count = new AtomicLong();
        ThroughputTimeline timeline = new ThroughputTimeline(count::get, 1_000);
        for (int i = 0; i < 8; i++) {
            Thread.sleep(ThroughputTimeline.SAMPLE_MILLIS / 2);
            count.addAndGet(100);
        }
        count.set(1_000);
        timeline.close();
        count.set(5_000); // after close: not sampled any more
        double rate = timeline.rateBetween(500, 1_000);
        assertThat(rate).isPositive().isFinite();
        assertThat(timeline.rateBetween(1_000, 5_000)).isNaN();
    }
}
