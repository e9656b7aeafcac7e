package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeldingRobotSignalsTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long SECOND = 1_000;
    private static final long DAY = 86_400_000L;
    private final WeldingRobotSignals.Params fcaw = SignalDefaults.weldingRobotFcaw();

    private WeldingRobotSignals robot(long seed) {
        return new WeldingRobotSignals(fcaw, new SplittableRandom(seed), T0);
    }

    @Test
    void currentVoltageAndWireFeedAreExactlyZeroWheneverTheArcIsOff() {
        WeldingRobotSignals robot = robot(1);
        SplittableRandom states = new SplittableRandom(99);
        double[] out = new double[7];
        int arcOffSamples = 0;
        for (int i = 0; i < 50_000; i++) {
            EquipmentState state = switch (states.nextInt(4)) {
                case 0 -> EquipmentState.IDLE;
                case 1 -> EquipmentState.DOWN;
                case 2 -> EquipmentState.MAINTENANCE;
                default -> EquipmentState.WORKING;
            };
            robot.sample(T0 + i * SECOND, state, out);
            if (!state.isWorking()) {
                arcOffSamples++;
                assertThat(out).as("sample %d while %s", i, state.mode()).startsWith(0, 0, 0, 0, 0, 0);
            }
        }
        assertThat(arcOffSamples).isGreaterThan(30_000);
    }

    @Test
    void currentStaysInTheFcawWindowWhileTheArcIsOn() {
        WeldingRobotSignals robot = robot(2);
        double[] out = new double[7];
        for (int i = 0; i < 20_000; i++) {
            robot.sample(T0 + i * SECOND, EquipmentState.WORKING, out);
            assertThat(out[0]).as("current at %d", i).isBetween(150.0, 350.0);
            assertThat(out[1]).as("voltage at %d", i).isBetween(22.0, 36.0);
            assertThat(out[4]).as("heat input at %d", i).isBetween(0.5, 3.0);
        }
    }

    @Test
    void heatInputIsVoltageTimesCurrentOverTravelSpeed() {
        WeldingRobotSignals robot = robot(3);
        double[] out = new double[7];
        robot.sample(T0, EquipmentState.WORKING, out);
        double travelMmPerMin = out[3] * 10;
        assertThat(out[4]).isCloseTo(out[1] * out[0] * 60 / (1000 * travelMmPerMin), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void arcOnTimeAccumulatesOnlyWhileWelding() {
        WeldingRobotSignals robot = robot(4);
        double[] out = new double[7];
        robot.sample(T0, EquipmentState.IDLE, out);
        robot.sample(T0 + 60 * SECOND, EquipmentState.WORKING, out);
        robot.sample(T0 + 90 * SECOND, EquipmentState.WORKING, out);
        robot.sample(T0 + 200 * SECOND, EquipmentState.IDLE, out);
        robot.sample(T0 + 500 * SECOND, EquipmentState.IDLE, out);
        // Welding from 60 s (the state holds until the next sample) to 200 s.
        assertThat(out[6]).isEqualTo(140.0);
    }

    @Test
    void currentDriftsAwayFromItsSetPointDayByDayUntilRecalibrated() {
        WeldingRobotSignals robot = robot(5);
        double meanDay0 = meanCurrent(robot, T0);
        double meanDay20 = meanCurrent(robot, T0 + 20 * DAY);
        robot.maintain(T0 + 21 * DAY);
        double meanAfterCalibration = meanCurrent(robot, T0 + 21 * DAY);

        assertThat(meanDay20 - meanDay0).isCloseTo(20 * fcaw.currentNoise().driftPerDay(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(meanAfterCalibration).isCloseTo(fcaw.currentA(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void contactTipWearWidensTheCurrentScatter() {
        WeldingRobotSignals healthy = robot(6);
        WeldingRobotSignals worn = robot(6);
        worn.degrade(new Degradation(T0 - DAY, java.time.Duration.ofDays(2), 1));

        assertThat(currentSpread(worn)).isGreaterThan(2 * currentSpread(healthy));
    }

    private static double meanCurrent(WeldingRobotSignals robot, long from) {
        double[] out = new double[7];
        double sum = 0;
        for (int i = 0; i < 2_000; i++) {
            robot.sample(from + i * SECOND, EquipmentState.WORKING, out);
            sum += out[0];
        }
        return sum / 2_000;
    }

    private static double currentSpread(WeldingRobotSignals robot) {
        double[] out = new double[7];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < 5_000; i++) {
            robot.sample(T0 + i * SECOND, EquipmentState.WORKING, out);
            sum += out[0];
            sumSq += out[0] * out[0];
        }
        double mean = sum / 5_000;
        return Math.sqrt(sumSq / 5_000 - mean * mean);
    }
}
