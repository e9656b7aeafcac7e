package io.shiptwin.sim;

import io.shiptwin.model.Identifier;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Path;
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
 * @param network       the publishing hop's behaviour; {@link LinkProfile#NONE} (the default) changes nothing
 * @param pacing        how simulated time maps to wall time; {@link Pacing#RATE} (the default) paces by
 *                      {@code ratePerSecond} as before, the other modes by the simulated clock
 * @param recordFile    where to record exactly what was published (see io.shiptwin.sim.replay); null = no recording
 * @param scenario      a shipped scenario's name or a scenario YAML file: the events come from its yard
 *                      ({@code io.shiptwin.sim.feed.ScenarioFeed}, sampled every {@code streaming.samplePeriodSeconds} of
 *                      the scenario, seeded with {@code seed}); null (the default) = the minimal yard, sampled every
 *                      {@code samplePeriod}
 * @param simDays       stop when the simulated clock has advanced this many days; 0 (the default) = no bound (with a
 *                      scenario: its {@code horizonDays})
 * @param gateway       how the edge gateways batch telemetry; {@link GatewayBatching#NONE} (the default) sends each
 *                      reading as its own message
 */
public record SimConfig(String brokerUri, String yardPrefix, long seed, String runId, double ratePerSecond,
                        long maxEvents, Instant simStart, Duration samplePeriod, int maxInFlight,
                        LinkProfile network, Pacing pacing, Path recordFile, String scenario, double simDays,
                        GatewayBatching gateway) {

    /** The configuration with gateways that do not batch. */
    public SimConfig(String brokerUri, String yardPrefix, long seed, String runId, double ratePerSecond,
                     long maxEvents, Instant simStart, Duration samplePeriod, int maxInFlight,
                     LinkProfile network, Pacing pacing, Path recordFile, String scenario, double simDays) {
        this(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, GatewayBatching.NONE);
    }

    /** The configuration without scenario and simulated-time bound. */
    public SimConfig(String brokerUri, String yardPrefix, long seed, String runId, double ratePerSecond,
                     long maxEvents, Instant simStart, Duration samplePeriod, int maxInFlight,
                     LinkProfile network, Pacing pacing, Path recordFile) {
        this(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, null, 0);
    }

    /** The configuration without network model, with rate pacing and no recording: the original shape. */
    public SimConfig(String brokerUri, String yardPrefix, long seed, String runId, double ratePerSecond,
                     long maxEvents, Instant simStart, Duration samplePeriod, int maxInFlight) {
        this(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                LinkProfile.NONE, Pacing.RATE, null);
    }

    public SimConfig {
        Objects.requireNonNull(network, "sim.network");
        Objects.requireNonNull(pacing, "sim.pacing");
        Objects.requireNonNull(gateway, "sim.gateway");
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
        if (scenario != null && scenario.isBlank()) {
            throw new IllegalArgumentException("sim.scenario: must name a shipped scenario or a YAML file, got a blank name");
        }
        if (!(simDays >= 0) || Double.isInfinite(simDays)) {
            throw new IllegalArgumentException("sim.simDays: must be >= 0 (0 = no bound), got " + simDays);
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
        return new SimConfig(brokerUri, yardPrefix, seed, runId, rate, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, gateway);
    }

    public SimConfig withMaxEvents(long max) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, max, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, gateway);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(brokerUri, yardPrefix, newSeed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, gateway);
    }

    public SimConfig withRunId(String id) {
        return new SimConfig(brokerUri, yardPrefix, seed, id, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, gateway);
    }

    /** The publishing hop's profile: {@link LinkProfile#named(String)} gives none, wired, wifi, 5g, congested. */
    public SimConfig withNetwork(LinkProfile profile) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                profile, pacing, recordFile, scenario, simDays, gateway);
    }

    /** The pacing mode; {@link Pacing#parse(String)} reads rate, realtime, max or a factor like 60x. */
    public SimConfig withPacing(Pacing newPacing) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, newPacing, recordFile, scenario, simDays, gateway);
    }

    /** Records what is published to {@code file} (null = no recording). */
    public SimConfig withRecordFile(Path file) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, file, scenario, simDays, gateway);
    }

    /**
     * Streams the yard of a scenario instead of the minimal yard: a shipped scenario's name
     * ({@code baseline}, {@code teaching}...) or a YAML file's path; null = the minimal yard.
     */
    public SimConfig withScenario(String nameOrPath) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, nameOrPath, simDays, gateway);
    }

    /** Stops after {@code days} of simulated time (fractions allowed); 0 = no bound. */
    public SimConfig withSimDays(double days) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, days, gateway);
    }

    /** Identifiers under another enterprise prefix (e.g. {@code 88.118.8002}): runs side by side in one twin stay apart. */
    public SimConfig withYardPrefix(String prefix) {
        return new SimConfig(brokerUri, prefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, gateway);
    }

    /** How the edge gateways batch telemetry; {@link GatewayBatching#NONE} sends each reading as its own message. */
    public SimConfig withGateway(GatewayBatching batching) {
        return new SimConfig(brokerUri, yardPrefix, seed, runId, ratePerSecond, maxEvents, simStart, samplePeriod, maxInFlight,
                network, pacing, recordFile, scenario, simDays, batching);
    }
}
