package io.shiptwin.sim.scenario;

/**
 * How the streaming mode ({@code io.shiptwin.sim.feed}) turns a run into telemetry: every piece of
 * equipment is sampled every {@code samplePeriodSeconds} of simulated time; each dock has
 * {@code pumpsPerDock} dewatering pumps; a failing machine shows its wear trend for
 * {@code failurePrecursorHours} before it breaks (DOMAIN.md: pump vibration rises over days). Cost bookings
 * carry {@code currency} (ISO 4217), the currency of the scenario's {@code costs}.
 */
public record Streaming(double samplePeriodSeconds, int pumpsPerDock, double failurePrecursorHours, double gatewayUtilisation,
                        String currency) {
}
