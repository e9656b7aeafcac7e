package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A welding robot (FCAW or SAW by its parameters). WORKING means the arc is on: current, voltage, wire
 * feed, travel speed, heat input and shielding gas flow are reported only then and are exactly 0 with
 * the arc off. Arc-on time accumulates. The current drifts (DOMAIN.md: current drift leads to porosity
 * and lack of fusion) through its {@link SensorNoise#driftPerDay()}; contact-tip wear, the wear
 * process, makes the current and voltage unsteady. Heat input = V * I * 60 / (1000 * v[mm/min]) kJ/mm
 * (arc efficiency left to the procedure).
 */
public final class WeldingRobotSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"current_a", "voltage_v", "wire_feed_m_min", "travel_speed_cm_min",
            "heat_input_kj_mm", "gas_flow_l_min", "arc_on_s"};

    /**
     * @param currentA          nominal current (A); the load scales it (a load of 1 = the procedure's value)
     * @param voltageV          nominal arc voltage (V)
     * @param wireFeedMpm       wire feed speed (m/min)
     * @param travelSpeedCmMin  travel speed (cm/min)
     * @param gasFlowLMin       shielding gas flow (l/min)
     * @param tipWearSigmaA     extra current scatter at full contact-tip wear (A); voltage scatters a tenth of it
     */
    public record Params(double currentA, double voltageV, double wireFeedMpm, double travelSpeedCmMin, double gasFlowLMin,
                         double tipWearSigmaA, SensorNoise currentNoise, SensorNoise voltageNoise, SensorNoise wireFeedNoise,
                         SensorNoise travelNoise, SensorNoise gasNoise) {
        public Params {
            requirePositive("welding.currentA", currentA);
            requirePositive("welding.voltageV", voltageV);
            requirePositive("welding.wireFeedMpm", wireFeedMpm);
            requirePositive("welding.travelSpeedCmMin", travelSpeedCmMin);
            requireNonNegative("welding.gasFlowLMin", gasFlowLMin);
            requireNonNegative("welding.tipWearSigmaA", tipWearSigmaA);
        }
    }

    private final Params p;
    private double arcOnSeconds;

    public WeldingRobotSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        if (during.isWorking() && during.load() > 0) {
            arcOnSeconds += dt;
        }
        out[6] = arcOnSeconds;
        if (!state.isWorking() || state.load() == 0) {
            for (int i = 0; i < 6; i++) {
                out[i] = 0;
            }
            return;
        }
        double wear = p.tipWearSigmaA() * severity * random.nextGaussian();
        double current = Math.max(0, read(p.currentNoise(), p.currentA() * state.load(), t) + wear);
        double voltage = Math.max(0, read(p.voltageNoise(), p.voltageV(), t) + wear / 10);
        double travel = Math.max(1e-3, read(p.travelNoise(), p.travelSpeedCmMin(), t));
        out[0] = current;
        out[1] = voltage;
        out[2] = Math.max(0, read(p.wireFeedNoise(), p.wireFeedMpm() * state.load(), t));
        out[3] = travel;
        out[4] = voltage * current * 60 / (1000 * travel * 10);
        out[5] = Math.max(0, read(p.gasNoise(), p.gasFlowLMin(), t));
    }
}
