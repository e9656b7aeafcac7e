package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A plate bending press. WORKING means pressing (load = fraction of the rated force): the ram strokes
 * down and up with the stroke period and the force follows the stroke. The hydraulic pressure is the
 * failure channel: wear (a leaking seal or pump) lowers it (DOMAIN.md: hydraulic pressure loss).
 */
public final class BendingPressSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"force_kn", "stroke_mm", "hydraulic_pressure_bar"};

    /**
     * @param ratedForceKn          rated force (kN)
     * @param strokeMm              full stroke (mm)
     * @param strokePeriodSeconds   one stroke down and up (s)
     * @param pressureBar           hydraulic pressure, healthy (bar)
     * @param pressureLossAtFailure fraction of the pressure lost at full wear (0..1)
     */
    public record Params(double ratedForceKn, double strokeMm, double strokePeriodSeconds, double pressureBar,
                         double pressureLossAtFailure, SensorNoise forceNoise, SensorNoise strokeNoise,
                         SensorNoise pressureNoise) {
        public Params {
            requirePositive("press.ratedForceKn", ratedForceKn);
            requirePositive("press.strokeMm", strokeMm);
            requirePositive("press.strokePeriodSeconds", strokePeriodSeconds);
            requirePositive("press.pressureBar", pressureBar);
            requireFraction("press.pressureLossAtFailure", pressureLossAtFailure);
        }
    }

    private final Params p;
    private double phase;

    public BendingPressSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        boolean pressing = state.isWorking() && state.load() > 0;
        double pressure = p.pressureBar() * (1 - p.pressureLossAtFailure() * severity);
        if (!pressing) {
            phase = 0;
            out[0] = 0;
            out[1] = 0;
            out[2] = state.isOut() ? 0 : read(p.pressureNoise(), pressure, t);
            return;
        }
        phase = (phase + dt / p.strokePeriodSeconds()) % 1.0;
        double depth = Math.sin(Math.PI * phase);
        // Force builds with the stroke, and a weak hydraulic circuit cannot deliver the rated force.
        double force = p.ratedForceKn() * state.load() * depth * depth * (pressure / p.pressureBar());
        out[0] = Math.max(0, read(p.forceNoise(), force, t));
        out[1] = clamp(read(p.strokeNoise(), p.strokeMm() * depth, t), 0, p.strokeMm());
        out[2] = read(p.pressureNoise(), pressure, t);
    }
}
