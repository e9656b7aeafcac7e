package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySecondsTest {
    private static final long T = 1_764_000_000_000L; // a whole second

    @Test
    void eventsAreGroupedByTheSecondTheyWerePublishedIn() {
        LatencySeconds s = new LatencySeconds();
        s.record(T + 10, T + 15);
        s.record(T + 999, T + 1_030);
        s.record(T + 1_000, T + 1_004);

        assertThat(s.seconds()).containsExactly(
                new LatencySeconds.Second(T / 1000, 2, 1, 31, 31),
                new LatencySeconds.Second(T / 1000 + 1, 1, 0, 4, 4));
    }

    @Test
    void theWholeWayHoldsEveryEventOfEverySecond() {
        LatencySeconds s = new LatencySeconds();
        s.record(T, T + 4);
        s.record(T + 1_500, T + 1_600);
        s.record(T + 2_000, T + 2_010);

        assertThat(s.wholeWay().getTotalCount()).isEqualTo(3);
        assertThat(s.wholeWay().getMaxValue()).isEqualTo(100);
        assertThat(s.wholeWay().getValueAtPercentile(50)).isEqualTo(10);
    }

    @Test
    void anEventOfExactlyTheGoalIsNotSlow() {
        LatencySeconds s = new LatencySeconds();
        s.record(T, T + LatencySeconds.SLOW_MILLIS);
        s.record(T, T + LatencySeconds.SLOW_MILLIS + 1);

        assertThat(s.seconds().get(0).slow()).isEqualTo(1);
    }

    @Test
    void aSecondIsSlowWhenMoreThanOneInAHundredOfItsEventsWere() {
        assertThat(new LatencySeconds.Second(0, 100, 1, 30, 30).slowSecond()).isFalse();
        assertThat(new LatencySeconds.Second(0, 100, 2, 30, 30).slowSecond()).isTrue();
    }

    @Test
    void theConsoleNamesTheSlowSecondsFromTheFirst() {
        LatencySeconds s = new LatencySeconds();
        for (int i = 0; i < 100; i++) {
            s.record(T + i, T + i + 3);
            s.record(T + 2_000 + i, T + 2_000 + i + (i < 40 ? 140 : 3));
        }
        List<LatencySeconds.Second> seconds = s.seconds();

        assertThat(LatencySeconds.describe(seconds))
                .isEqualTo("1 of 2 seconds had more than 1 % of their events over 25 ms: +2 s (40 %, p99 140 ms)");
        assertThat(LatencySeconds.describe(List.of())).isEqualTo("no measured events");
    }

    @Test
    void theJsonCarriesTheCountsOfEachSecond() throws Exception {
        String json = new ObjectMapper().writeValueAsString(new LatencySeconds.Second(1_764_000_000L, 5000, 42, 31, 77));

        assertThat(new ObjectMapper().readTree(json).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("epochSecond", "events", "slow", "p99Ms", "maxMs");
        assertThat(new ObjectMapper().readTree(json).get("slow").asLong(-1)).isEqualTo(42);
    }

    @Test
    void aClockThatRoundsBackwardsCountsAsZero() {
        LatencySeconds s = new LatencySeconds();
        s.record(T + 5, T + 4);

        assertThat(s.seconds().get(0).maxMs()).isZero();
    }
}
