package io.shiptwin.app.cli;

import io.shiptwin.sim.GatewayBatching;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the simulator publishes and how: the options {@code sim} and {@code demo} share. */
public final class SimOptions {
    @Option(names = "--rate", defaultValue = "1000",
            description = "Telemetry messages per second over all equipment; 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate;
    @Option(names = "--events", defaultValue = "0", description = "Stop after this many events; 0 = no limit (default: ${DEFAULT-VALUE}).")
    long events;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation's random streams (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--network", defaultValue = "none",
            description = "Network between the equipment and the broker: none, wired, wifi, 5g, congested (default: ${DEFAULT-VALUE}).")
    String network;
    @Option(names = "--pacing",
            description = "rate (use --rate), realtime, a speed-up like 60x, or max (default: rate).")
    String pacing;
    @Option(names = "--speed",
            description = "Same as --pacing, as issue 5 spells it: max, realtime, 60x or a number (60 = 60x); not both with a different --pacing.")
    String speed;
    @Option(names = "--record", description = "Keep exactly what was published in FILE, for `shiptwin replay FILE`.")
    Path record;
    @Option(names = "--scenario", description = "Stream a yard scenario (a shipped name like teaching or baseline, or a YAML file) "
            + "instead of the minimal yard: its ships, blocks, equipment telemetry and business events.")
    String scenario;
    @Option(names = "--sim-days", defaultValue = "0",
            description = "Stop after this many simulated days; 0 = the scenario's horizon (default: ${DEFAULT-VALUE}).")
    double simDays;
    @Option(names = "--gateway-batch", defaultValue = "1",
            description = "Edge gateways send up to N telemetry readings of a topic in one MQTT message (a JSON array of "
                    + "envelopes, 1..1000); 1 = one reading per message (default: ${DEFAULT-VALUE}).")
    int gatewayBatch;
    @Option(names = "--gateway-linger", defaultValue = "5ms", converter = DurationConverter.class,
            description = "With --gateway-batch > 1: the longest a reading waits at its gateway for the batch to fill "
                    + "(default: ${DEFAULT-VALUE}).")
    java.time.Duration gatewayLinger;
    @Option(names = "--gateway-scope", defaultValue = "machine",
            description = "With --gateway-batch > 1: machine = a gateway per machine batches its own topic; area = a gateway "
                    + "per area batches all its machines on shipyard/{site}/{area}/gateway/GW-{area}/telemetry "
                    + "(default: ${DEFAULT-VALUE}).")
    String gatewayScope;
    @Option(names = "--truth", description = "With --scenario: write the simulation's ground truth (stages, incidents, totals) "
            + "to this directory at the end.")
    Path truth;

    /** The simulator's configuration for a broker at {@code mqttUri}. */
    SimConfig config(String mqttUri) {
        return SimConfig.defaults(mqttUri).withRate(rate).withMaxEvents(events).withSeed(seed)
                .withNetwork(LinkProfile.named(network))
                .withPacing(pacing())
                .withRecordFile(record)
                .withScenario(scenario)
                .withSimDays(simDays)
                .withGateway(GatewayBatching.of(gatewayBatch, gatewayLinger.toMillis())
                        .withScope(GatewayBatching.Scope.parse(gatewayScope)));
    }

    /** {@code --speed} is an alias of {@code --pacing}; both given must say the same. */
    Pacing pacing() {
        Pacing byPacing = pacing == null ? null : Pacing.parse(pacing);
        Pacing bySpeed = speed == null ? null : Pacing.parse(speed);
        if (byPacing != null && bySpeed != null && !byPacing.equals(bySpeed)) {
            throw new IllegalArgumentException("--speed " + speed + " and --pacing " + pacing
                    + " disagree: --speed is another name for --pacing, give one of them");
        }
        return bySpeed != null ? bySpeed : byPacing != null ? byPacing : Pacing.RATE;
    }

    /** A run that ends by itself: bounded by events or by a scenario's horizon. */
    boolean bounded() {
        return events > 0 || scenario != null;
    }
}
