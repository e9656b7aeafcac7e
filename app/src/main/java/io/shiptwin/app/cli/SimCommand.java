package io.shiptwin.app.cli;

import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Runs only the yard simulator, publishing telemetry to an MQTT broker, until Ctrl-C, --events or --duration.")
public final class SimCommand implements Callable<Integer> {
    @Option(names = "--mqtt", defaultValue = "${env:SHIPTWIN_MQTT:-tcp://127.0.0.1:1883}", description = "MQTT broker URI (default: ${DEFAULT-VALUE}; env SHIPTWIN_MQTT).")
    String mqtt;
    @Option(names = "--rate", defaultValue = "1000", description = "Messages per second; 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate;
    @Option(names = "--events", defaultValue = "0", description = "Stop after this many events; 0 = no limit (default: ${DEFAULT-VALUE}).")
    long events;
    @Option(names = "--duration", description = "Stop after this long, e.g. 60s.")
    Duration duration;
    @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--network", defaultValue = "none",
            description = "Network between the equipment and the broker: none, wired, wifi, 5g, congested (default: ${DEFAULT-VALUE}).")
    String network;
    @Option(names = "--pacing", defaultValue = "rate",
            description = "rate (use --rate), realtime, a speed-up like 60x, or max (default: ${DEFAULT-VALUE}).")
    String pacing;
    @Option(names = "--record", description = "Keep exactly what was published in FILE, for `shiptwin replay FILE`.")
    java.nio.file.Path record;
    @Option(names = "--scenario", description = "Stream a yard scenario (shipped name or YAML file) instead of the minimal yard.")
    String scenario;
    @Option(names = "--sim-days", defaultValue = "0", description = "Stop after this many simulated days; 0 = the scenario's horizon (default: ${DEFAULT-VALUE}).")
    double simDays;
    @Option(names = "--truth", description = "With --scenario: write the simulation's ground truth to this directory at the end.")
    java.nio.file.Path truth;

    @Override
    public Integer call() throws Exception {
        TelemetrySimulator sim = new TelemetrySimulator(config(SimConfig.defaults(mqtt).withRate(rate).withMaxEvents(events)
                .withSeed(seed), network, pacing, record).withScenario(scenario).withSimDays(simDays)).start();
        if (events > 0 || duration != null || scenario != null) {
            long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            while (!sim.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            sim.close();
            System.out.println("  published " + sim.published() + " messages (acknowledged by the broker); "
                    + sim.networkStats());
            if (truth != null && sim.scenarioFeed() != null) {
                System.out.println("  ground truth written to " + sim.scenarioFeed().writeTruth(truth));
            }
            return sim.failure() == null ? 0 : 1;
        }
        CommonOptions.runUntilInterrupted(sim);
        return 0;
    }

    /** The publishing hop's options, shared with {@code demo}. */
    static SimConfig config(SimConfig base, String network, String pacing, java.nio.file.Path record) {
        return base.withNetwork(io.shiptwin.sim.network.LinkProfile.named(network))
                .withPacing(io.shiptwin.sim.pacing.Pacing.parse(pacing))
                .withRecordFile(record);
    }
}
