package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GantryCraneSignalsTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long SECOND = 1_000;
    private static final int LOAD = 0;
    private static final int HOIST = 1;
    private static final int WIND = 4;
    private static final int MOTOR = 5;

    private static GantryCraneSignals crane(long seed) {
        return new GantryCraneSignals(SignalDefaults.gantryCrane(), new SplittableRandom(seed), T0);
    }

    @Test
    void loadIsWithinTwoPercentOfTheBlockWeightWhileLiftingAndZeroOtherwise() {
        GantryCraneSignals crane = crane(1);
        double[] out = new double[6];
        double[] blocks = {120, 240, 300};
        for (int i = 0; i < 30_000; i++) {
            double block = blocks[(i / 500) % blocks.length];
            boolean lifting = (i / 250) % 2 == 0;
            EquipmentState state = lifting ? EquipmentState.working(block) : EquipmentState.IDLE;
            crane.sample(T0 + i * SECOND, state, out);
            if (lifting) {
                assertThat(out[LOAD]).as("load at %d lifting %s t", i, block).isBetween(0.98 * block, 1.02 * block);
            } else {
                assertThat(out[LOAD]).as("load at %d not lifting", i).isZero();
                assertThat(out[HOIST]).as("hoist at %d not lifting", i).isZero();
            }
        }
    }

    @Test
    void trolleyAndGantryHoldTheirPositionWhileNotLifting() {
        GantryCraneSignals crane = crane(2);
        double[] out = new double[6];
        for (int i = 0; i < 300; i++) {
            crane.sample(T0 + i * SECOND, EquipmentState.working(200), out);
        }
        // The lift holds until the next sample: the first DOWN sample ends it.
        crane.sample(T0 + 300 * SECOND, EquipmentState.DOWN, out);
        double trolley = out[2];
        double gantry = out[3];
        for (int i = 301; i < 600; i++) {
            crane.sample(T0 + i * SECOND, EquipmentState.DOWN, out);
            assertThat(out[2]).isEqualTo(trolley);
            assertThat(out[3]).isEqualTo(gantry);
        }
    }

    @Test
    void windWandersAroundItsMeanAndNeverGoesNegative() {
        GantryCraneSignals crane = crane(3);
        double[] out = new double[6];
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            crane.sample(T0 + i * 10 * SECOND, EquipmentState.IDLE, out);
            assertThat(out[WIND]).isNotNegative();
            sum += out[WIND];
        }
        assertThat(sum / n).isCloseTo(SignalDefaults.gantryCrane().windMeanMs(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void brakeWearRaisesTheMotorTemperatureBeforeTheFailure() {
        GantryCraneSignals healthy = crane(4);
        GantryCraneSignals worn = crane(4);
        worn.degrade(Degradation.accelerating(T0, Duration.ofDays(10)));
        double[] h = new double[6];
        double[] w = new double[6];
        long nineDays = 9 * 86_400L;
        for (long s = 0; s <= nineDays; s += 60) {
            healthy.sample(T0 + s * SECOND, EquipmentState.working(200), h);
            worn.sample(T0 + s * SECOND, EquipmentState.working(200), w);
        }
        // Severity (0.9)^2 = 0.81 of the 25 °C brake-wear rise.
        assertThat(w[MOTOR] - h[MOTOR]).isBetween(15.0, 25.0);
    }
}
