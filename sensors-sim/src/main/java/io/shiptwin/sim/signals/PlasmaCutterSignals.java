package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A CNC plasma cutter. WORKING means cutting (load = fraction of the nominal cutting speed). The torch's
 * consumables (nozzle, electrode) wear with arc hours: the arc voltage climbs and the kerf widens until
 * the bevel and dross defects of DOMAIN.md appear; maintenance fits new consumables. An additional wear
 * process (severity) widens the kerf further, e.g. a damaged nozzle.
 */
public final class PlasmaCutterSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"cutting_speed_m_min", "arc_voltage_v", "consumable_hours_h", "kerf_mm"};

    /**
     * @param cuttingSpeedMpm        nominal cutting speed (m/min; DOMAIN.md: 2-6 on 10-25 mm plate)
     * @param arcVoltageV            arc voltage with new consumables (V)
     * @param voltageRisePerHourV    arc voltage rise per consumable arc hour (V/h)
     * @param kerfMm                 kerf width with new consumables (mm)
     * @param kerfGrowthPerHourMm    kerf growth per consumable arc hour (mm/h)
     * @param wornKerfExtraMm        extra kerf at full severity of the wear process (mm)
     */
    public record Params(double cuttingSpeedMpm, double arcVoltageV, double voltageRisePerHourV, double kerfMm,
                         double kerfGrowthPerHourMm, double wornKerfExtraMm, SensorNoise speedNoise,
                         SensorNoise voltageNoise, SensorNoise kerfNoise) {
        public Params {
            requirePositive("cutter.cuttingSpeedMpm", cuttingSpeedMpm);
            requirePositive("cutter.arcVoltageV", arcVoltageV);
            requireNonNegative("cutter.voltageRisePerHourV", voltageRisePerHourV);
            requirePositive("cutter.kerfMm", kerfMm);
            requireNonNegative("cutter.kerfGrowthPerHourMm", kerfGrowthPerHourMm);
            requireNonNegative("cutter.wornKerfExtraMm", wornKerfExtraMm);
        }
    }

    private final Params p;
    private double consumableHours;

    public PlasmaCutterSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        boolean cutting = state.isWorking() && state.load() > 0;
        if (during.isWorking() && during.load() > 0) {
            consumableHours += dt / 3600;
        }
        out[0] = cutting ? Math.max(0, read(p.speedNoise(), p.cuttingSpeedMpm() * state.load(), t)) : 0;
        out[1] = cutting ? read(p.voltageNoise(), p.arcVoltageV() + p.voltageRisePerHourV() * consumableHours, t) : 0;
        out[2] = consumableHours;
        out[3] = cutting ? Math.max(0, read(p.kerfNoise(),
                p.kerfMm() + p.kerfGrowthPerHourMm() * consumableHours + p.wornKerfExtraMm() * severity, t)) : 0;
    }

    @Override
    protected void onMaintenance() {
        consumableHours = 0;
    }
}
