package io.shiptwin.app.cli;

import io.shiptwin.sim.TelemetrySimulator;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Runs only the yard simulator, publishing telemetry to an MQTT broker, until Ctrl-C, --events or --duration.")
public final class SimCommand implements Callable<Integer> {
    @Option(names = "--mqtt", defaultValue = "${env:SHIPTWIN_MQTT:-tcp://127.0.0.1:1883}", description = "MQTT broker URI (default: ${DEFAULT-VALUE}; env SHIPTWIN_MQTT).")
    String mqtt;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(120);

    @Option(names = "--duration", description = "Stop after this long, e.g. 60s.")
    Duration duration;
    @Mixin
    SimOptions options;

    @Override
    public Integer call() throws Exception {
        TelemetrySimulator sim = new TelemetrySimulator(options.config(mqtt)).start();
        if (options.bounded() || duration != null) {
            long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            while (!sim.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            // A busy broker may acknowledge the last messages seconds later: wait for them before counting.
            if (sim.isDone() && !sim.awaitDone(ACK_TIMEOUT)) {
                System.err.println("  the broker did not acknowledge every message within " + ACK_TIMEOUT.toSeconds() + " s;"
                        + " the count below is what it acknowledged");
            }
            sim.close();
            System.out.println("  published " + sim.published() + " events in " + sim.publishedMessages() + " messages (acknowledged by the broker); "
                    + sim.networkStats());
            if (options.truth != null && sim.scenarioFeed() != null) {
                System.out.println("  ground truth written to " + sim.scenarioFeed().writeTruth(options.truth));
            }
            return sim.failure() == null ? 0 : 1;
        }
        CommonOptions.runUntilInterrupted(sim);
        return 0;
    }

}
