package io.shiptwin.sim.feed;

import io.shiptwin.model.Identifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a scenario is streamed.
 *
 * @param yardPrefix   the enterprise prefix of every identifier, e.g. {@code 88.118.8001}
 * @param runId        first part of every event id (ids are {@code runId:source:sequence})
 * @param seed         master seed of the yard model and of the signal noise (replaces the scenario's seed)
 * @param simStart     the instant simulated time 0 maps to
 * @param samplePeriod simulated time between two samples of one piece of equipment; null = the scenario's
 *                     {@code streaming.samplePeriodSeconds}
 * @param simDays      stop after this many simulated days; 0 = the scenario's {@code horizonDays}
 */
public record FeedOptions(String yardPrefix, String runId, long seed, Instant simStart, Duration samplePeriod, double simDays) {

    public FeedOptions {
        Objects.requireNonNull(runId, "feed.runId");
        Objects.requireNonNull(simStart, "feed.simStart");
        try {
            new Identifier(yardPrefix, "X");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("feed.yardPrefix: " + e.getMessage(), e);
        }
        if (samplePeriod != null && (samplePeriod.isNegative() || samplePeriod.isZero())) {
            throw new IllegalArgumentException("feed.samplePeriod: must be > 0, got " + samplePeriod);
        }
        if (!(simDays >= 0) || Double.isInfinite(simDays)) {
            throw new IllegalArgumentException("feed.simDays: must be >= 0 (0 = the scenario's horizon), got " + simDays);
        }
    }

    /** The default prefix, run id {@code run}, the given seed, 2026-03-02 as day 0, the scenario's period and horizon. */
    public static FeedOptions defaults(long seed) {
        return new FeedOptions(Identifier.DEFAULT_YARD_PREFIX, "run", seed, Instant.parse("2026-03-02T00:00:00Z"), null, 0);
    }

    public FeedOptions withSimDays(double days) {
        return new FeedOptions(yardPrefix, runId, seed, simStart, samplePeriod, days);
    }

    public FeedOptions withSamplePeriod(Duration period) {
        return new FeedOptions(yardPrefix, runId, seed, simStart, period, simDays);
    }

    public FeedOptions withRunId(String id) {
        return new FeedOptions(yardPrefix, id, seed, simStart, samplePeriod, simDays);
    }
}
