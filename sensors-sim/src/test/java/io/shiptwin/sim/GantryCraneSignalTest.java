package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GantryCraneSignalTest {
    private static final long CYCLE = 20 * 60_000L;
    private static final long LIFTING_END = (long) (0.4 * CYCLE);
    private static final double BLOCK_TONNES = 240;
    private static final int LOAD = 0;
    private static final int HOIST = 1;
    private static final int WIND = 2;

    @Test
    void reportsItsChannelsWithUnits() {
        assertThat(new SignalModel.GantryCrane(1, BLOCK_TONNES).channels())
                .containsExactly("load_t", "hoist_speed_m_min", "wind_speed_ms", "motor_temp_c");
    }

    @Test
    void carriesNoLoadAndDoesNotHoistOutsideTheLiftingPhase() {
        SignalModel.GantryCrane crane = new SignalModel.GantryCrane(7, BLOCK_TONNES);
        double[] out = new double[4];
        for (long t = LIFTING_END; t < 10 * CYCLE; t += 7_000) {
            if (t % CYCLE < LIFTING_END) {
                continue;
            }
            crane.sample(t, out);
            assertThat(out[LOAD]).as("load at %d", t).isZero();
            assertThat(out[HOIST]).as("hoist speed at %d", t).isZero();
        }
    }

    @Test
    void carriesTheBlockWeightWithinTwoPercentWhileLifting() {
        SignalModel.GantryCrane crane = new SignalModel.GantryCrane(7, BLOCK_TONNES);
        double[] out = new double[4];
        for (long t = 0; t < 10 * CYCLE; t += 7_000) {
            if (t % CYCLE >= LIFTING_END) {
                continue;
            }
            crane.sample(t, out);
            assertThat(out[LOAD]).as("load at %d", t).isBetween(0.98 * BLOCK_TONNES, 1.02 * BLOCK_TONNES);
        }
    }

    @Test
    void liftingPhaseIsTheFirstFortyPercentOfEachCycle() {
        SignalModel.GantryCrane crane = new SignalModel.GantryCrane(7, BLOCK_TONNES);
        double[] out = new double[4];

        crane.sample(3 * CYCLE + LIFTING_END - 1, out);
        double lastLiftingLoad = out[LOAD];
        crane.sample(3 * CYCLE + LIFTING_END, out);

        assertThat(lastLiftingLoad).isPositive();
        assertThat(out[LOAD]).isZero();
    }

    @Test
    void windStaysBetweenZeroAndThirtyMetresPerSecond() {
        SignalModel.GantryCrane crane = new SignalModel.GantryCrane(11, BLOCK_TONNES);
        double[] out = new double[4];
        for (long i = 0; i < 300_000; i++) {
            crane.sample(i * 1_000, out);
            assertThat(out[WIND]).as("wind at sample %d", i).isBetween(0.0, 30.0);
        }
    }
}
