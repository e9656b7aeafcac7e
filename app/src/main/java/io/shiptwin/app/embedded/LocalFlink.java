package io.shiptwin.app.embedded;

import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ShipTwin Flink jobs on Flink's MiniCluster in this process, with the Flink web UI on
 * {@code uiPort} (or none when {@code uiPort < 0}). The same job classes run on a real cluster.
 */
public final class LocalFlink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalFlink.class);

    private final String host;
    private final int uiPort;
    private final int parallelism;
    private final Path checkpointDir;
    private JobClient job;

    public LocalFlink(String host, int uiPort, int parallelism, Path checkpointDir) {
        this.host = host;
        this.uiPort = uiPort;
        this.parallelism = parallelism;
        this.checkpointDir = checkpointDir.toAbsolutePath();
    }

    public LocalFlink submit(EquipmentTwinJob.Config config) {
        if (uiPort > 0) {
            Ports.requireFree(host, uiPort, "Flink web UI", "--flink-ui-port");
        }
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, host);
        conf.set(RestOptions.ADDRESS, host);
        conf.set(RestOptions.PORT, Math.max(uiPort, 0));
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        // Small, explicit memory: the whole demo has to fit a laptop next to Kafka.
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("32m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("32m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("32m"));
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toUri().toString());
        StreamExecutionEnvironment env = uiPort >= 0
                ? StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf)
                : StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        EquipmentTwinJob.build(env, config);
        try {
            job = env.executeAsync("shiptwin-equipment-twin");
        } catch (Exception e) {
            throw new IllegalStateException("Flink job did not start: " + e.getMessage(), e);
        }
        LOG.info("Flink job {} submitted to the MiniCluster (parallelism {}){}", job.getJobID(), parallelism,
                uiPort >= 0 ? ", web UI http://" + host + ":" + uiPort : "");
        return this;
    }

    /** RUNNING, RESTARTING, ... or null before submit / when the cluster is gone. */
    public JobStatus status() {
        if (job == null) {
            return null;
        }
        try {
            return job.getJobStatus().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (job == null) {
            return;
        }
        try {
            job.cancel().get(30, TimeUnit.SECONDS);
            LOG.info("Flink job {} cancelled", job.getJobID());
        } catch (Exception e) {
            LOG.warn("cancelling the Flink job: {}", e.toString());
        }
        job = null;
    }
}
