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
    void theRateBetweenTwoSamplesIsTheirEventsOverTheirTime() {
        assertThat(ThroughputTimeline.rateOver(NANOS, COUNTS, 2 * S, 4 * S)).isCloseTo(300.0, within(1e-9));
        assertThat(ThroughputTimeline.rateOver(NANOS, COUNTS, 0, 4 * S)).isCloseTo(225.0, within(1e-9));
    }

    @Test
    void betweenSamplesTheCountIsOnTheLineBetweenThem() {
        assertThat(ThroughputTimeline.countAt(NANOS, COUNTS, S + S / 2)).isCloseTo(200.0, within(1e-9));
        assertThat(ThroughputTimeline.countAt(NANOS, COUNTS, 3 * S)).isEqualTo(600.0);
        // 1.5 s -> 3.5 s: 200 -> 750 events.
        assertThat(ThroughputTimeline.rateOver(NANOS, COUNTS, S + S / 2, 3 * S + S / 2)).isCloseTo(275.0, within(1e-9));
    }

    @Test
    void outsideTheSampledTimeOrOverNoTimeThereIsNoRate() {
        assertThat(ThroughputTimeline.countAt(NANOS, COUNTS, -1)).isNaN();
        assertThat(ThroughputTimeline.rateOver(NANOS, COUNTS, 2 * S, 5 * S)).isNaN();
        assertThat(ThroughputTimeline.rateOver(NANOS, COUNTS, 2 * S, 2 * S)).isNaN();
    }

    @Test
    void theSamplerFollowsALiveCountUntilClosed() throws Exception {
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime();
        ThroughputTimeline timeline = new ThroughputTimeline(count::get, 1_000);
        for (int i = 0; i < 8; i++) {
            Thread.sleep(ThroughputTimeline.SAMPLE_MILLIS / 2);
            count.addAndGet(100);
        }
        long end = System.nanoTime();
        timeline.close();
        // 800 events in the sampled time: the rate over it is at most 800 over that time, and more than none.
        assertThat(timeline.rateOver(start + (end - start) / 4, end - (end - start) / 4))
                .isPositive().isLessThanOrEqualTo(800 * 1e9 / ((end - start) / 2.0));
        assertThat(timeline.latest()).isEqualTo(800);
        count.set(5_000); // after close: not sampled any more
        assertThat(timeline.latest()).isEqualTo(800);
        assertThat(timeline.rateOver(end, System.nanoTime() + S)).isNaN();
    }
}
