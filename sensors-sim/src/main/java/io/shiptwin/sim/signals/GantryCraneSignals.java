package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A gantry (Goliath) crane. WORKING means lifting, with the block's weight in tonnes as the load: the
 * load cell reads it (within its noise) only while lifting, the hoist moves only while lifting, the
 * trolley and gantry travel towards the next lift position, and the motor warms with the load. Wind is
 * the weather, independent of the crane. Wear is brake wear: it raises the motor temperature
 * (DOMAIN.md failure modes). Deciding that the wind is over the limit is the caller's job.
 */
public final class GantryCraneSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"load_t", "hoist_speed_m_min", "trolley_position_m", "gantry_position_m",
            "wind_speed_ms", "motor_temp_c"};

    /**
     * @param hoistSpeedMpm      hoist speed while lifting (m/min)
     * @param trolleySpanM       trolley travel across the span (m)
     * @param gantryRunwayM      gantry travel along the runway (m)
     * @param travelSpeedMpm     trolley and gantry travel speed while lifting (m/min)
     * @param windMeanMs         mean wind speed (m/s); a scenario's season shifts it
     * @param windSigmaMs        standard deviation of the wind around its mean (m/s)
     * @param windTauMinutes     how long the wind remembers a gust (min)
     * @param ambientTempC       motor temperature when cold (°C)
     * @param motorRisePerTonneC steady motor temperature rise per tonne lifted (°C/t)
     * @param motorTauMinutes    thermal time constant of the motor (min)
     * @param brakeWearRiseC     extra motor temperature at full brake wear (°C)
     */
    public record Params(double hoistSpeedMpm, double trolleySpanM, double gantryRunwayM, double travelSpeedMpm,
                         double windMeanMs, double windSigmaMs, double windTauMinutes, double ambientTempC,
                         double motorRisePerTonneC, double motorTauMinutes, double brakeWearRiseC,
                         SensorNoise loadNoise, SensorNoise speedNoise, SensorNoise windNoise, SensorNoise tempNoise) {
        public Params {
            requirePositive("crane.hoistSpeedMpm", hoistSpeedMpm);
            requirePositive("crane.trolleySpanM", trolleySpanM);
            requirePositive("crane.gantryRunwayM", gantryRunwayM);
            requirePositive("crane.travelSpeedMpm", travelSpeedMpm);
            requireNonNegative("crane.windMeanMs", windMeanMs);
            requireNonNegative("crane.windSigmaMs", windSigmaMs);
            requirePositive("crane.windTauMinutes", windTauMinutes);
            requireNonNegative("crane.motorRisePerTonneC", motorRisePerTonneC);
            requirePositive("crane.motorTauMinutes", motorTauMinutes);
            requireNonNegative("crane.brakeWearRiseC", brakeWearRiseC);
        }
    }

    private final Params p;
    private double wind;
    private double motorTemp;
    private double trolley;
    private double trolleyTarget;
    private double gantry;
    private double gantryTarget;

    public GantryCraneSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
        this.wind = params.windMeanMs();
        this.motorTemp = params.ambientTempC();
        this.trolley = params.trolleySpanM() / 2;
        this.gantry = params.gantryRunwayM() / 2;
        this.trolleyTarget = trolley;
        this.gantryTarget = gantry;
    }

    /**
     * The true wind at the last sample (no sensor noise): the yard model stops lifts on it, so the stop
     * and the telemetry agree.
     */
    public double windMs() {
        return wind;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        boolean lifting = state.isWorking();
        wind = Math.max(0, ornsteinUhlenbeck(wind, p.windMeanMs(), p.windSigmaMs(), dt, p.windTauMinutes() * 60));
        double step = p.travelSpeedMpm() / 60 * dt;
        if (during.isWorking()) {
            if (trolley == trolleyTarget) {
                trolleyTarget = random.nextDouble() * p.trolleySpanM();
            }
            if (gantry == gantryTarget) {
                gantryTarget = random.nextDouble() * p.gantryRunwayM();
            }
            trolley = towards(trolley, trolleyTarget, step);
            gantry = towards(gantry, gantryTarget, step);
        }
        double target = p.ambientTempC() + p.motorRisePerTonneC() * state.load() + p.brakeWearRiseC() * severity;
        motorTemp = relax(motorTemp, target, dt, p.motorTauMinutes() * 60);
        out[0] = lifting ? Math.max(0, read(p.loadNoise(), state.load(), t)) : 0;
        out[1] = lifting ? Math.max(0, read(p.speedNoise(), p.hoistSpeedMpm(), t)) : 0;
        out[2] = trolley;
        out[3] = gantry;
        out[4] = Math.max(0, read(p.windNoise(), wind, t));
        out[5] = read(p.tempNoise(), motorTemp, t);
    }

    private static double towards(double from, double to, double step) {
        return Math.abs(to - from) <= step ? to : from + Math.signum(to - from) * step;
    }
}
