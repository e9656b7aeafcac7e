package io.shiptwin.app.cli;

import io.shiptwin.app.embedded.LocalFlink;
import io.shiptwin.streams.kafka.YardTopics;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"Runs only the Flink twin jobs on a local MiniCluster (with the Flink web UI) until Ctrl-C.",
                "On a real Flink cluster submit the same job class instead: io.shiptwin.streams.twin.EquipmentTwinJob."})
public final class JobsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Option(names = "--kafka", defaultValue = "${env:SHIPTWIN_KAFKA:-127.0.0.1:9092}", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env SHIPTWIN_KAFKA).")
    String kafka;
    @Option(names = "--h2", defaultValue = "${env:SHIPTWIN_H2:-}", description = "H2 JDBC URL (default: a file database under --run-dir; env SHIPTWIN_H2).")
    String h2;
    @Option(names = "--flink-ui-port", defaultValue = "8081", description = "Flink web UI port; -1 for none (default: ${DEFAULT-VALUE}).")
    int uiPort;
    @Option(names = "--parallelism", defaultValue = "1", description = "Parallelism (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Override
    public Integer call() throws Exception {
        String url = h2 == null || h2.isBlank() ? io.shiptwin.app.embedded.EmbeddedH2.fileUrl(common.runDir.resolve("h2")) : h2;
        YardTopics.ensure(kafka, 2, (short) 1);
        LocalFlink flink = new LocalFlink(common.host, uiPort, parallelism, common.runDir.resolve("checkpoints"))
                .submit(EquipmentTwinJob.Config.defaults(kafka, url));
        System.out.println("  Flink twin job running; H2 at " + url);
        CommonOptions.runUntilInterrupted(flink);
        return 0;
    }
}
