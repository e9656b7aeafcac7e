package io.shiptwin.sim;

import io.shiptwin.model.Identifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the minimal simulator runs. Defaults live in {@link #defaults(String)}.
 *
 * @param ratePerSecond messages per wall-clock second over all equipment; 0 = as fast as possible
 * @param maxEvents     stop after this many events; 0 = unbounded
 * @param simStart      the simulated clock's start
 * @param samplePeriod  simulated time between two samples of one piece of equipment
 */
public record SimConfig(String brokerUri, String yardPrefix, long seed, String runId, double ratePerSecond,
                        long maxEvents, Instant simStart, Duration samplePeriod, int maxInFlight) {

    public SimConfig {
        Objects.requireNonNull(brokerUri, "brokerUri");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(yardPrefix, "sim.yardPrefix");
        Objects.requireNonNull(simStart, "sim.simStart");
        Objects.requireNonNull(samplePeriod, "sim.samplePeriod");
        if (!(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("sim.rate: must be >= 0 (0 = as fast as possible), got " + ratePerSecond);
        }
        if (maxEvents < 0) {
            throw new IllegalArgumentException("sim.maxEvents: must be >= 0, got " + maxEvents);
        }
        if (samplePeriod.isNegative() || samplePeriod.isZero()) {
            throw new IllegalArgumentException("sim.samplePeriod: must be > 0, got " + samplePeriod);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("sim.maxInFlight: must be >= 1, got " + maxInFlight);
        }
        try {
            new Identifier(yardPrefix, "X");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sim.yardPrefix: " + e.getMessage(), e);
        }
    }

    public static SimConfig defaults(String brokerUri) {
        return new SimConfig(brokerUri, Identifier.DEFAULT_YARD_PREFIX, 42L, "run-" + Long.toString(System.nanoTime(), 36),
                1000, 0, Instant.parse("2026-03-02T00:00:00Z"), Duration.ofSeconds(1), 1000);
    }

    public SimConfig withRate(double rate) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, rate, maxEvents, simStart, samplePeriod, maxInFlight);
    }

    public SimConfig withMaxEvents(long max) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, max, simStart, samplePeriod, maxInFlight);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(brokerUri, yardPrefix, newSeed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight);
    }

    public SimConfig withRunId(String id) {
        return new SimConfig(brokerUri, yardPrefix, seed, id, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight);
    }
}
