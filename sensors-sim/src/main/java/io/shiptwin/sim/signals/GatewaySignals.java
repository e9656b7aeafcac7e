package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * A 5G or Wi-Fi gateway's own health report. WORKING with load = the utilisation of its capacity
 * (0..1, above 1 = offered more than it can carry): latency grows like a single-server queue's,
 * 1/(1 - rho), capped at {@code maxLatencyFactor}; loss starts once the queue overflows (congestion in
 * DOMAIN.md). IDLE means no traffic. DOWN is an outage: nothing goes through (loss 100 %, latency 0,
 * throughput 0).
 */
public final class GatewaySignals extends AbstractSignals {
    private static final String[] CHANNELS = {"latency_ms", "loss_pct", "throughput_mbps"};

    /**
     * @param baseLatencyMs     latency of an unloaded link (ms)
     * @param baseLossPct       loss of an unloaded link (%)
     * @param capacityMbps      what the link carries at utilisation 1 (Mbit/s)
     * @param maxLatencyFactor  cap on the queueing factor 1/(1 - rho)
     * @param congestionLossPct extra loss per 0.1 utilisation above 0.9 (%)
     */
    public record Params(double baseLatencyMs, double baseLossPct, double capacityMbps, double maxLatencyFactor,
                         double congestionLossPct, SensorNoise latencyNoise, SensorNoise throughputNoise) {
        public Params {
            requirePositive("gateway.baseLatencyMs", baseLatencyMs);
            requireNonNegative("gateway.baseLossPct", baseLossPct);
            requirePositive("gateway.capacityMbps", capacityMbps);
            if (!(maxLatencyFactor >= 1)) {
                throw new IllegalArgumentException("gateway.maxLatencyFactor: must be >= 1, got " + maxLatencyFactor);
            }
            requireNonNegative("gateway.congestionLossPct", congestionLossPct);
        }
    }

    private final Params p;

    public GatewaySignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        if (state.isOut()) {
            out[0] = 0;
            out[1] = 100;
            out[2] = 0;
            return;
        }
        double rho = state.isWorking() ? state.load() : 0;
        double factor = rho < 1 ? Math.min(p.maxLatencyFactor(), 1 / (1 - rho)) : p.maxLatencyFactor();
        double loss = p.baseLossPct() + Math.max(0, rho - 0.9) * 10 * p.congestionLossPct();
        out[0] = Math.max(0, read(p.latencyNoise(), p.baseLatencyMs() * factor, t));
        out[1] = clamp(loss, 0, 100);
        out[2] = Math.max(0, read(p.throughputNoise(), p.capacityMbps() * Math.min(rho, 1), t));
    }
}
