package io.shiptwin.sim.scenario;

/**
 * Hourly weather: temperature with a daily swing, relative humidity and wind as first-order
 * autoregressive series ({@code hourlyPersistence} in [0, 1)). Paint booths dehumidify by
 * {@code boothHumidityReductionPct}. Painting is allowed while RH <= {@code maxHumidityPct} and the steel
 * is at least {@code minDewPointMarginC} above the dew point (ISO 8502-4, IMO PSPC).
 */
public record Climate(double meanTemperatureC, double dailyTemperatureSwingC, double meanHumidityPct, double humiditySdPct,
                      double meanWindMs, double windSdMs, double hourlyPersistence, double steelLagC,
                      double boothHumidityReductionPct, double maxHumidityPct, double minDewPointMarginC) {
}
