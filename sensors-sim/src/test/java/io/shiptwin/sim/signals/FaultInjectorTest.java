package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long SECOND = 1_000;

    private static WeldingRobotSignals robot() {
        return new WeldingRobotSignals(SignalDefaults.weldingRobotFcaw(), new SplittableRandom(1), T0);
    }

    @Test
    void lowGasFlowScalesOnlyTheGasChannelOnlyDuringTheFault() {
        FaultInjector faulty = new FaultInjector(robot())
                .inject(new SensorFault("gas_flow_l_min", SensorFault.Kind.SCALE, T0 + 100 * SECOND, T0 + 200 * SECOND, 0.3));
        WeldingRobotSignals clean = robot();
        double[] f = new double[7];
        double[] c = new double[7];
        for (int i = 0; i < 300; i++) {
            faulty.sample(T0 + i * SECOND, EquipmentState.WORKING, f);
            clean.sample(T0 + i * SECOND, EquipmentState.WORKING, c);
            boolean during = i >= 100 && i < 200;
            assertThat(f[5]).as("gas at %d", i).isEqualTo(during ? c[5] * 0.3 : c[5]);
            assertThat(f[0]).as("current at %d", i).isEqualTo(c[0]);
        }
    }

    @Test
    void aStuckSensorRepeatsItsLastValueBeforeTheFault() {
        FaultInjector faulty = new FaultInjector(robot())
                .inject(new SensorFault("current_a", SensorFault.Kind.STUCK, T0 + 10 * SECOND, T0 + 20 * SECOND, 0));
        double[] out = new double[7];
        double before = 0;
        for (int i = 0; i < 30; i++) {
            faulty.sample(T0 + i * SECOND, EquipmentState.WORKING, out);
            if (i == 9) {
                before = out[0];
            }
            if (i >= 10 && i < 20) {
                assertThat(out[0]).as("current at %d", i).isEqualTo(before);
            }
        }
        assertThat(out[0]).isNotEqualTo(before);
    }

    @Test
    void offsetAndDropoutReplaceOrShiftTheReading() {
        FaultInjector faulty = new FaultInjector(robot())
                .inject(new SensorFault("voltage_v", SensorFault.Kind.OFFSET, T0, T0 + SECOND, 5))
                .inject(new SensorFault("travel_speed_cm_min", SensorFault.Kind.DROPOUT, T0, T0 + SECOND, -1));
        WeldingRobotSignals clean = robot();
        double[] f = new double[7];
        double[] c = new double[7];
        faulty.sample(T0, EquipmentState.WORKING, f);
        clean.sample(T0, EquipmentState.WORKING, c);
        assertThat(f[1]).isEqualTo(c[1] + 5);
        assertThat(f[3]).isEqualTo(-1);
    }

    @Test
    void rejectsAFaultOnAChannelTheEquipmentDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FaultInjector(robot())
                        .inject(new SensorFault("load_t", SensorFault.Kind.OFFSET, T0, T0 + 1, 1)))
                .withMessageStartingWith("channel 'load_t': not one of current_a, voltage_v");
    }

    @Test
    void rejectsAFaultThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SensorFault("current_a", SensorFault.Kind.OFFSET, 10, 10, 1))
                .withMessage("fault.toMillis: must be after fromMillis (10), got 10");
    }
}
