package io.shiptwin.streams.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DriftTrackTest {
    private static final long MINUTE = 60_000L;
    private static final DriftRule RULE = new DriftRule("r", "pump", "vibration_mm_s", null, 0, 7.1, 0.1, 30, 6, 2, 0.5, 0.05, 4,
            "drift");

    @Test
    void warmUpLearnsTheHealthyMeanAndSpreadAndRaisesNothing() {
        DriftTrack track = new DriftTrack();
        for (int i = 0; i < 30; i++) {
            assertThat(track.add(RULE, i % 2 == 0 ? 1.5 : 2.5, i * MINUTE)).isEqualTo(DriftTrack.Change.NONE);
            assertThat(track.z(RULE)).isZero();
        }
        assertThat(track.warm(RULE)).isTrue();
        assertThat(track.mean).isCloseTo(2.0, within(1e-12));
        assertThat(track.sigma).isCloseTo(Math.sqrt(30 * 0.25 / 29), within(1e-12));
        assertThat(track.ewma).isEqualTo(track.mean);
    }

    @Test
    void theSpreadHasAFloorSoAFlatWarmUpDoesNotAlarmOnNoise() {
        DriftTrack track = new DriftTrack();
        for (int i = 0; i < 30; i++) {
            track.add(RULE, 1.8, i * MINUTE);
        }
        assertThat(track.sigma).isEqualTo(0.05);
        for (int i = 30; i < 200; i++) {
            assertThat(track.add(RULE, 1.8 + (i % 2 == 0 ? 0.1 : -0.1), i * MINUTE)).isEqualTo(DriftTrack.Change.NONE);
        }
    }

    @Test
    void remainingUsefulLifeFallsSteadilyOnALinearTrendAndMeetsTheLimitWhenTheTrendDoes() {
        DriftTrack track = new DriftTrack();
        for (int i = 0; i < 30; i++) {
            track.add(RULE, 2.0, i * MINUTE);
        }
        // +0.5 mm/s per hour from 2.0: the trend reaches 7.1 after 10.2 h.
        double previous = Double.POSITIVE_INFINITY;
        long start = 30 * MINUTE;
        boolean opened = false;
        for (int i = 0; i <= 600; i++) {
            long t = start + i * MINUTE;
            opened |= track.add(RULE, 2.0 + 0.5 * i / 60.0, t) == DriftTrack.Change.OPENED;
            double rul = track.rulHours(RULE);
            if (i >= 120) { // once two hours of trend are in the regression
                assertThat(rul).isLessThan(previous);
                previous = rul;
            }
        }
        assertThat(opened).isTrue();
        // At 10 h the true remaining life is 0.2 h; the EWMA lags by (1 - lambda) / lambda samples = 9 min.
        assertThat(track.rulHours(RULE)).isCloseTo(0.2 + 9 / 60.0, within(0.05));
        assertThat(track.slopePerHour()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void aFlatOrFallingTrendHasNoRemainingLifeEstimate() {
        DriftTrack track = new DriftTrack();
        for (int i = 0; i < 100; i++) {
            track.add(RULE, 3.0 - 0.001 * i, i * MINUTE);
        }
        assertThat(track.rulHours(RULE)).isNaN();
    }

    @Test
    void overTheLimitTheRemainingLifeIsZero() {
        DriftTrack track = new DriftTrack();
        for (int i = 0; i < 30; i++) {
            track.add(RULE, 2.0, i * MINUTE);
        }
        for (int i = 30; i < 300; i++) {
            track.add(RULE, 9.0, i * MINUTE);
        }
        assertThat(track.rulHours(RULE)).isZero();
    }
}
