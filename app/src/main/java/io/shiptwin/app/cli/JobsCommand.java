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
                "Resumes from the last checkpoint under --run-dir (kept when the job is cancelled) unless --no-resume.",
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
    @Mixin
    CheckpointOption checkpoint;
    @Option(names = "--no-resume", description = "Start from the Kafka offsets the job committed instead of resuming from the "
            + "last checkpoint under --run-dir (its state: twin versions, accumulators, seen event ids).")
    boolean noResume;

    @Override
    public Integer call() throws Exception {
        String url = h2 == null || h2.isBlank() ? io.shiptwin.app.embedded.EmbeddedH2.fileUrl(common.runDir.resolve("h2")) : h2;
        YardTopics.ensure(kafka, 2, (short) 1);
        java.nio.file.Path checkpoints = common.runDir.resolve("checkpoints");
        java.nio.file.Path resume = noResume ? null : LocalFlink.latestCheckpoint(checkpoints).orElse(null);
        LocalFlink flink = new LocalFlink(common.host, uiPort, parallelism, checkpoints)
                .submit(EquipmentTwinJob.Config.defaults(kafka, url).withCheckpointInterval(checkpoint.interval), resume);
        System.out.println("  Flink twin job running; H2 at " + url);
        CommonOptions.runUntilInterrupted(flink);
        return 0;
    }
}
