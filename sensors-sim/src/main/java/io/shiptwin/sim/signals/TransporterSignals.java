package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A block transporter or AGV. WORKING means driving with a load in tonnes (0 = driving empty): it
 * moves along its route and drains its battery faster the heavier the block. IDLE means parked at a
 * charger. Wear is battery ageing: the battery drains faster. A breakdown (DOWN) blocks the route —
 * the caller's concern; the transporter just stops.
 */
public final class TransporterSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"position_m", "speed_m_min", "load_t", "battery_pct"};

    /**
     * @param speedEmptyMpm       driving speed empty (m/min)
     * @param speedLossPerTonne   fraction of the speed lost per tonne carried
     * @param routeLengthM        the route's length; the position wraps around it (m)
     * @param drainPctPerHour     battery drain driving empty (%/h)
     * @param drainPctPerTonneHour extra drain per tonne carried (%/(t·h))
     * @param chargePctPerHour    charging rate while parked (%/h)
     * @param ageingDrainFactor   drain multiplier at full battery wear (1 = no effect)
     */
    public record Params(double speedEmptyMpm, double speedLossPerTonne, double routeLengthM, double drainPctPerHour,
                         double drainPctPerTonneHour, double chargePctPerHour, double ageingDrainFactor,
                         SensorNoise speedNoise, SensorNoise loadNoise) {
        public Params {
            requirePositive("transporter.speedEmptyMpm", speedEmptyMpm);
            requireFraction("transporter.speedLossPerTonne", speedLossPerTonne);
            requirePositive("transporter.routeLengthM", routeLengthM);
            requireNonNegative("transporter.drainPctPerHour", drainPctPerHour);
            requireNonNegative("transporter.drainPctPerTonneHour", drainPctPerTonneHour);
            requireNonNegative("transporter.chargePctPerHour", chargePctPerHour);
            if (!(ageingDrainFactor >= 1)) {
                throw new IllegalArgumentException("transporter.ageingDrainFactor: must be >= 1, got " + ageingDrainFactor);
            }
        }
    }

    private final Params p;
    private double position;
    private double battery = 100;

    public TransporterSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        double hours = dt / 3600;
        if (during.isWorking() && battery > 0) {
            position = (position + speed(during) / 60 * dt) % p.routeLengthM();
            double ageing = 1 + (p.ageingDrainFactor() - 1) * severity;
            battery = Math.max(0, battery - (p.drainPctPerHour() + p.drainPctPerTonneHour() * during.load()) * ageing * hours);
        } else if (during.mode() == EquipmentState.Mode.IDLE) {
            battery = Math.min(100, battery + p.chargePctPerHour() * hours);
        }
        boolean driving = state.isWorking() && battery > 0;
        double speed = driving ? speed(state) : 0;
        out[0] = position;
        out[1] = driving ? Math.max(0, read(p.speedNoise(), speed, t)) : 0;
        out[2] = state.isWorking() && state.load() > 0 ? Math.max(0, read(p.loadNoise(), state.load(), t)) : 0;
        out[3] = battery;
    }

    private double speed(EquipmentState s) {
        return p.speedEmptyMpm() * Math.max(0.1, 1 - p.speedLossPerTonne() * s.load());
    }

    @Override
    protected void onMaintenance() {
        battery = 100;
    }
}
