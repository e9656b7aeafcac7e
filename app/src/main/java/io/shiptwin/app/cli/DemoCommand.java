package io.shiptwin.app.cli;

import io.shiptwin.app.DemoRun;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.Reconciliation;
import io.shiptwin.app.fidelity.FidelityReport;
import io.shiptwin.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole data path in one process on embedded, real components: MQTT broker, Kafka (KRaft),",
                "Flink MiniCluster, H2, the bridge, the dashboard and the simulator. Ends on Ctrl-C or after --duration,",
                "then prints the reconciliation of every message. With --scenario, also compares the twin with the",
                "simulation's ground truth (fidelity report, docs/fidelity.md).",
                "Exit code: 0 when nothing was lost, the pipeline drained and (with --scenario) the twin matches the truth; 1 otherwise."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--mqtt-port", defaultValue = "1883", description = "MQTT broker port (default: ${DEFAULT-VALUE}).")
    int mqttPort;
    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka broker port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;
    @Option(names = "--kafka-controller-port", defaultValue = "9093", description = "Kafka KRaft controller port (default: ${DEFAULT-VALUE}).")
    int kafkaControllerPort;
    @Option(names = "--dashboard-port", defaultValue = "8080", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int dashboardPort;
    @Option(names = "--flink-ui-port", defaultValue = "8081", description = "Flink web UI port; -1 for none (default: ${DEFAULT-VALUE}).")
    int flinkUiPort;
    @Option(names = "--h2-port", defaultValue = "9094", description = "H2 TCP server port for other processes (H2 shell); -1 for none (default: ${DEFAULT-VALUE}).")
    int h2Port;
    @Option(names = "--parallelism", defaultValue = "1", description = "Flink parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;
    @Option(names = "--kafka-heap", defaultValue = "512m", description = "Heap of the Kafka broker JVM (default: ${DEFAULT-VALUE}).")
    String kafkaHeap;
    @Mixin
    CheckpointOption checkpoint;

    @Option(names = "--duration", description = "Stop by itself after this long, e.g. 60s, 5m. Default: run until Ctrl-C.")
    Duration duration;
    @Mixin
    SimOptions simOptions;
    @Option(names = "--report", description = "Also write the reconciliation (with --scenario: the fidelity report with `lost`, "
            + "`mismatches` and every check) as JSON to this file.")
    Path report;
    @Option(names = "--fresh", description = "Delete the run directory first (twin, Kafka logs, checkpoints).")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        if (fresh) {
            deleteRecursively(common.runDir);
        }
        PipelineSettings settings = new PipelineSettings(common.host, mqttPort, kafkaPort, kafkaControllerPort, dashboardPort,
                flinkUiPort, h2Port, common.runDir, parallelism, kafkaHeap).withApiToken(common.apiToken)
                .withCheckpointInterval(checkpoint.interval);
        SimConfig sim = simOptions.config("tcp://" + common.host + ":" + mqttPort);
        DemoRun run = new DemoRun(settings, sim, duration, report).withTruth(simOptions.truth);
        Reconciliation r = run.run();
        FidelityReport f = run.fidelity();
        boolean faithful = f == null || (f.mismatches() == 0 && f.lost() == 0);
        return r.lost() == 0 && r.drained() && faithful ? 0 : 1;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
