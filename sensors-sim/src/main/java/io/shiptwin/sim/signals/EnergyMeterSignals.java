package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * An area's energy meter. The area's activity is the state: WORKING with load = the fraction of the
 * connected production load drawn; IDLE draws the base load (lights, HVAC, compressors on standby);
 * DOWN is a meter outage (power reads 0, the counter holds). Energy integrates the true power.
 */
public final class EnergyMeterSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"power_kw", "energy_kwh"};

    /**
     * @param baseKw       base load of the area (kW)
     * @param productionKw connected production load at load 1 (kW)
     */
    public record Params(double baseKw, double productionKw, SensorNoise powerNoise) {
        public Params {
            requireNonNegative("energy.baseKw", baseKw);
            requireNonNegative("energy.productionKw", productionKw);
        }
    }

    private final Params p;
    private double energyKwh;
    private double lastPowerKw = Double.NaN;

    public EnergyMeterSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        if (state.mode() == EquipmentState.Mode.DOWN) {
            lastPowerKw = Double.NaN;
            out[0] = 0;
            out[1] = energyKwh;
            return;
        }
        double power = p.baseKw() + (state.isWorking() ? p.productionKw() * state.load() : 0);
        // The counter integrates the true power that held since the last sample; the reading is noisy.
        energyKwh += (Double.isNaN(lastPowerKw) ? 0 : lastPowerKw) * dt / 3600;
        lastPowerKw = power;
        out[0] = Math.max(0, read(p.powerNoise(), power, t));
        out[1] = energyKwh;
    }
}
