package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A blasting/painting booth's climate and coating thickness. Air temperature follows the day; humidity
 * wanders around its (seasonal) mean; the dew point comes from the Magnus formula (Sonntag 1990
 * constants); steel lags the air. WORKING means coating (the load is ignored): the dehumidifier runs and DFT readings are
 * reported only then (DOMAIN.md: RH <= 85 %, steel >= dew point + 3 °C per ISO 8502-4, ballast-tank
 * DFT nominal 320 µm per IMO PSPC). Wear is a failing dehumidifier: it loses its effect.
 */
public final class PaintBoothSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"air_temp_c", "humidity_pct", "dew_point_c", "steel_temp_c", "dft_um"};
    private static final double MAGNUS_B = 17.62;
    private static final double MAGNUS_C = 243.12;

    /**
     * @param airTempMeanC           daily mean air temperature (°C)
     * @param airTempAmplitudeC      half the day-night swing (°C)
     * @param humidityMeanPct        mean relative humidity (%); a humid season raises it
     * @param humiditySigmaPct       spread of the humidity around its mean (%)
     * @param humidityTauMinutes     how long a humid spell lasts (min)
     * @param dehumidificationPct    humidity the dehumidifier removes while coating (%)
     * @param steelLagC              steel below air temperature (°C)
     * @param dftNominalUm           nominal dry film thickness (µm)
     */
    public record Params(double airTempMeanC, double airTempAmplitudeC, double humidityMeanPct, double humiditySigmaPct,
                         double humidityTauMinutes, double dehumidificationPct, double steelLagC, double dftNominalUm,
                         SensorNoise tempNoise, SensorNoise humidityNoise, SensorNoise dftNoise) {
        public Params {
            requireNonNegative("booth.airTempAmplitudeC", airTempAmplitudeC);
            if (!(humidityMeanPct > 0 && humidityMeanPct <= 100)) {
                throw new IllegalArgumentException("booth.humidityMeanPct: must be in (0, 100], got " + humidityMeanPct);
            }
            requireNonNegative("booth.humiditySigmaPct", humiditySigmaPct);
            requirePositive("booth.humidityTauMinutes", humidityTauMinutes);
            requireNonNegative("booth.dehumidificationPct", dehumidificationPct);
            requirePositive("booth.dftNominalUm", dftNominalUm);
        }
    }

    private final Params p;
    private double humidity;
    private double steelTemp = Double.NaN;

    public PaintBoothSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
        this.humidity = params.humidityMeanPct();
    }

    /** The true ambient humidity at the last sample (before the dehumidifier): the yard model's coating stop reads it. */
    public double ambientHumidityPct() {
        return humidity;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        double hourOfDay = (t / 3_600_000.0) % 24.0;
        // Warmest mid-afternoon: the sine peaks at 15:00.
        double air = p.airTempMeanC() + p.airTempAmplitudeC() * Math.sin((hourOfDay - 9) / 24.0 * 2 * Math.PI);
        humidity = ornsteinUhlenbeck(humidity, p.humidityMeanPct(), p.humiditySigmaPct(), dt, p.humidityTauMinutes() * 60);
        boolean coating = state.isWorking();
        double rh = clamp(humidity - (coating ? p.dehumidificationPct() * (1 - severity) : 0), 5, 100);
        double steelTarget = air - p.steelLagC();
        steelTemp = Double.isNaN(steelTemp) ? steelTarget : relax(steelTemp, steelTarget, dt, 3600);
        double airRead = read(p.tempNoise(), air, t);
        double rhRead = clamp(read(p.humidityNoise(), rh, t), 1, 100);
        double gamma = Math.log(rhRead / 100.0) + MAGNUS_B * airRead / (MAGNUS_C + airRead);
        out[0] = airRead;
        out[1] = rhRead;
        out[2] = MAGNUS_C * gamma / (MAGNUS_B - gamma);
        out[3] = read(p.tempNoise(), steelTemp, t);
        out[4] = coating ? Math.max(0, read(p.dftNoise(), p.dftNominalUm(), t)) : 0;
    }
}
