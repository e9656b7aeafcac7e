package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WeldingRobotSignalTest {
    private static final int CURRENT = 0;
    private static final int VOLTAGE = 1;
    private static final int TRAVEL = 3;
    private static final int HEAT = 4;

    private static final List<double[]> arcOn = new ArrayList<>();
    private static final List<double[]> arcOff = new ArrayList<>();

    @BeforeAll
    static void sampleManyTimes() {
        SignalModel.WeldingRobot robot = new SignalModel.WeldingRobot(99);
        for (long i = 0; i < 50_000; i++) {
            double[] out = new double[5];
            robot.sample(i * 1_000, out);
            (out[CURRENT] == 0 ? arcOff : arcOn).add(out);
        }
    }

    @Test
    void reportsItsChannelsWithUnits() {
        assertThat(new SignalModel.WeldingRobot(1).channels())
                .containsExactly("current_a", "voltage_v", "wire_feed_m_min", "travel_speed_cm_min", "heat_input_kj_mm");
    }

    @Test
    void switchesTheArcOnAndOff() {
        assertThat(arcOn).hasSizeGreaterThan(1_000);
        assertThat(arcOff).hasSizeGreaterThan(1_000);
    }

    @Test
    void reportsAllChannelsZeroWhileTheArcIsOff() {
        assertThat(arcOff).isNotEmpty().allSatisfy(out -> assertThat(out).containsOnly(0.0));
    }

    @Test
    void keepsCurrentBetween150And350AmpsWhileWelding() {
        assertThat(arcOn).isNotEmpty().allSatisfy(out -> assertThat(out[CURRENT]).isBetween(150.0, 350.0));
    }

    @Test
    void keepsVoltageBetween22And36VoltsWhileWelding() {
        assertThat(arcOn).isNotEmpty().allSatisfy(out -> assertThat(out[VOLTAGE]).isBetween(22.0, 36.0));
    }

    @Test
    void reportsHeatInputFromVoltageCurrentAndTravelSpeed() {
        assertThat(arcOn).isNotEmpty().allSatisfy(out -> {
            double v = out[VOLTAGE];
            double a = out[CURRENT];
            double travelMmPerMin = out[TRAVEL] * 10;
            double expected = v * a * 60 / (1000 * travelMmPerMin);
            // The model computes from unrounded inputs; allow for their rounding (A to 0.1, V to 0.01,
            // cm/min to 0.1) and for the output's rounding to 3 decimals.
            double inputRounding = expected * (0.05 / a + 0.005 / v + 0.05 / out[TRAVEL]) * 1.01;
            assertThat(out[HEAT]).isCloseTo(expected, within(0.0005 + inputRounding));
        });
    }

    @Test
    void roundsHeatInputToThreeDecimals() {
        assertThat(arcOn).isNotEmpty().allSatisfy(out ->
                assertThat(out[HEAT] * 1000).isCloseTo(Math.rint(out[HEAT] * 1000), within(1e-6)));
    }
}
