package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A dock pump or compressor. WORKING means running (load = fraction of rated flow). Bearing wear is the
 * failure mode (DOMAIN.md: vibration rises over days before a bearing failure): the vibration's trend
 * rises with the wear's severity from its healthy level to {@code failureVibrationMmS} at the failure
 * time, crossing {@code alarmVibrationMmS} on the way, and the bearing runs hotter.
 */
public final class PumpSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"flow_m3_h", "pressure_bar", "vibration_mm_s", "bearing_temp_c"};

    /**
     * @param ratedFlowM3h         flow at load 1 (m³/h)
     * @param ratedPressureBar     discharge pressure at load 1 (bar)
     * @param healthyVibrationMmS  vibration velocity (RMS) of a healthy pump running (mm/s)
     * @param standstillVibrationMmS background vibration while stopped (mm/s)
     * @param alarmVibrationMmS    alarm limit (mm/s; ISO 10816-3 zone boundaries are the usual source)
     * @param failureVibrationMmS  vibration reached at the failure time (mm/s)
     * @param ambientTempC         bearing temperature at standstill (°C)
     * @param bearingRiseC         bearing temperature rise running at load 1 (°C)
     * @param wornBearingRiseC     extra bearing temperature at full wear (°C)
     * @param bearingTauMinutes    bearing thermal time constant (min)
     */
    public record Params(double ratedFlowM3h, double ratedPressureBar, double healthyVibrationMmS,
                         double standstillVibrationMmS, double alarmVibrationMmS, double failureVibrationMmS,
                         double ambientTempC, double bearingRiseC, double wornBearingRiseC, double bearingTauMinutes,
                         SensorNoise flowNoise, SensorNoise pressureNoise, SensorNoise vibrationNoise,
                         SensorNoise tempNoise) {
        public Params {
            requirePositive("pump.ratedFlowM3h", ratedFlowM3h);
            requirePositive("pump.ratedPressureBar", ratedPressureBar);
            requirePositive("pump.healthyVibrationMmS", healthyVibrationMmS);
            requireNonNegative("pump.standstillVibrationMmS", standstillVibrationMmS);
            if (!(alarmVibrationMmS > healthyVibrationMmS && failureVibrationMmS > alarmVibrationMmS)) {
                throw new IllegalArgumentException("pump.alarmVibrationMmS: must lie between healthyVibrationMmS ("
                        + healthyVibrationMmS + ") and failureVibrationMmS (" + failureVibrationMmS + "), got " + alarmVibrationMmS);
            }
            requireNonNegative("pump.bearingRiseC", bearingRiseC);
            requireNonNegative("pump.wornBearingRiseC", wornBearingRiseC);
            requirePositive("pump.bearingTauMinutes", bearingTauMinutes);
        }
    }

    private final Params p;
    private double bearingTemp;

    public PumpSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
        this.bearingTemp = params.ambientTempC();
    }

    public Params params() {
        return p;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    /** The vibration trend (no noise) of the running pump at this wear severity. */
    public double vibrationTrend(double severity) {
        return p.healthyVibrationMmS() + (p.failureVibrationMmS() - p.healthyVibrationMmS()) * severity;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        boolean running = state.isWorking() && state.load() > 0;
        double target = p.ambientTempC() + (running ? p.bearingRiseC() * state.load() + p.wornBearingRiseC() * severity : 0);
        bearingTemp = relax(bearingTemp, target, dt, p.bearingTauMinutes() * 60);
        out[0] = running ? Math.max(0, read(p.flowNoise(), p.ratedFlowM3h() * state.load(), t)) : 0;
        out[1] = running ? Math.max(0, read(p.pressureNoise(), p.ratedPressureBar() * state.load() * state.load(), t)) : 0;
        out[2] = Math.max(0, read(p.vibrationNoise(), running ? vibrationTrend(severity) : p.standstillVibrationMmS(), t));
        out[3] = read(p.tempNoise(), bearingTemp, t);
    }
}
