package io.shiptwin.app.embedded;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.RecoveryClaimMode;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ShipTwin Flink jobs on Flink's MiniCluster in this process, with the Flink web UI on
 * {@code uiPort} (or none when {@code uiPort < 0}). The same job classes run on a real cluster.
 *
 * <p>Checkpoints go to {@code checkpointDir} ({@code <job id>/chk-<n>}) and the last one is kept when the
 * job is cancelled, so that the next submission can resume from it ({@link #submit(EquipmentTwinJob.Config, Path)}
 * with {@link #latestCheckpoint(Path)}): the twin's state (accumulators, versions, seen event ids) and the Kafka
 * offsets then continue where they were, and what was processed after that checkpoint is processed again, with
 * the same effect (ADR 0002).
 */
public final class LocalFlink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalFlink.class);

    /** How long {@link #close()} waits for a cancelled job's tasks to stop. */
    private static final Duration TERMINATION_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final int uiPort;
    private final int parallelism;
    private final Path checkpointDir;
    private final int restPort;
    private JobClient job;

    public LocalFlink(String host, int uiPort, int parallelism, Path checkpointDir) {
        this.host = host;
        this.uiPort = uiPort;
        this.parallelism = parallelism;
        this.checkpointDir = checkpointDir.toAbsolutePath();
        // The MiniCluster serves Flink's REST API with or without the web UI; a known port lets the dashboard read
        // the job's metrics (its source lag) there.
        this.restPort = uiPort > 0 ? uiPort : Ports.free();
    }

    /** Flink's REST API of this MiniCluster (the web UI's address when there is one). */
    public String restUrl() {
        return "http://" + host + ":" + restPort;
    }

    public LocalFlink submit(EquipmentTwinJob.Config config) {
        return submit(config, null);
    }

    /** Submits the twin job, restoring its state from {@code checkpoint} (a {@code chk-<n>} directory) unless null. */
    public LocalFlink submit(EquipmentTwinJob.Config config, Path checkpoint) {
        if (job != null) {
            throw new IllegalStateException("the Flink job " + job.getJobID() + " is still running; cancel it first");
        }
        if (uiPort > 0) {
            Ports.requireFree(host, uiPort, "Flink web UI", "--flink-ui-port");
        }
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, host);
        conf.set(RestOptions.ADDRESS, host);
        conf.set(RestOptions.PORT, restPort);
        // Metrics in the REST API (the dashboard's consumer lag) at most a second old instead of the default ten.
        conf.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofSeconds(1));
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        // Small, explicit memory: the whole demo has to fit a laptop next to Kafka.
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("32m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("32m"));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("32m"));
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toUri().toString());
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (checkpoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
            // The new job owns the checkpoint and deletes it once its own checkpoints subsume it.
            conf.set(StateRecoveryOptions.RESTORE_MODE, RecoveryClaimMode.CLAIM);
        }
        StreamExecutionEnvironment env = uiPort >= 0
                ? StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf)
                : StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        EquipmentTwinJob.build(env, config);
        try {
            job = env.executeAsync(Topics.EQUIPMENT_TWIN_JOB);
        } catch (Exception e) {
            throw new IllegalStateException("Flink job did not start: " + e.getMessage(), e);
        }
        LOG.info("Flink job {} submitted to the MiniCluster (parallelism {}){}{}", job.getJobID(), parallelism,
                uiPort >= 0 ? ", web UI http://" + host + ":" + restPort : "", checkpoint != null ? ", resuming from " + checkpoint : "");
        return this;
    }

    /** The running job's id, or null. */
    public JobID jobId() {
        return job == null ? null : job.getJobID();
    }

    /** The directory the checkpoints of every job go to. */
    public Path checkpointDir() {
        return checkpointDir;
    }

    /**
     * The newest completed checkpoint under {@code checkpointDir}: a {@code <job id>/chk-<n>} directory with its
     * {@code _metadata} written (Flink writes it last), the newest by that file's time, then by {@code n}.
     */
    public static Optional<Path> latestCheckpoint(Path checkpointDir) {
        if (!Files.isDirectory(checkpointDir)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(checkpointDir)) {
            return jobs.filter(Files::isDirectory).flatMap(LocalFlink::completedCheckpoints)
                    .max(Comparator.comparingLong(LocalFlink::metadataTime).thenComparingLong(LocalFlink::checkpointNumber));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + checkpointDir, e);
        }
    }

    private static Stream<Path> completedCheckpoints(Path jobDir) {
        try (Stream<Path> s = Files.list(jobDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-") && Files.isRegularFile(p.resolve("_metadata")))
                    .toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static long metadataTime(Path chk) {
        try {
            return Files.getLastModifiedTime(chk.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static long checkpointNumber(Path chk) {
        try {
            return Long.parseLong(chk.getFileName().toString().substring("chk-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Cancels the job; its last checkpoint stays for a later {@link #submit(EquipmentTwinJob.Config, Path)}. */
    public void cancel() {
        close();
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

    /**
     * Cancels the job and returns once it has terminated. Flink acknowledges a cancel request at once, while the
     * tasks still run, flush on timers and close their H2 connections for a moment longer; returning then let a
     * resubmitted job (a restore) write the same rows next to the old job's last writers, and let the database be
     * shut down under sinks that were still closing.
     */
    @Override
    public void close() {
        if (job == null) {
            return;
        }
        JobID id = job.getJobID();
        try {
            job.cancel().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("cancelling the Flink job {}: {}", id, e.toString());
        }
        try {
            job.getJobExecutionResult().get(TERMINATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LOG.info("Flink job {} finished", id);
        } catch (ExecutionException e) {
            // The usual end of a cancelled job: its result is a JobCancellationException.
            LOG.info("Flink job {} cancelled", id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while waiting for the Flink job {} to terminate", id);
        } catch (TimeoutException e) {
            LOG.warn("the Flink job {} did not terminate within {} s of its cancel", id, TERMINATION_TIMEOUT.toSeconds());
        }
        job = null;
    }
}
