package io.shiptwin.app;

import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the embedded data path runs: host, ports (0 = any free port) and the run directory that
 * holds MQTT sessions, Kafka logs, Flink checkpoints and the H2 file.
 *
 * @param dashboardPort -1 = no dashboard
 * @param flinkUiPort   -1 = no Flink web UI
 * @param h2Port        H2 TCP server for other processes; -1 = none
 * @param apiToken      token the dashboard asks for on changing requests when bound beyond loopback; null = none
 * @param checkpointInterval how often the Flink job checkpoints: what a restore replays at most
 */
public record PipelineSettings(String host, int mqttPort, int kafkaPort, int kafkaControllerPort, int dashboardPort,
                               int flinkUiPort, int h2Port, Path runDir, int parallelism, String kafkaHeap, String apiToken,
                               Duration checkpointInterval) {

    public static final String LOOPBACK = "127.0.0.1";

    public PipelineSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("--parallelism: must be >= 1, got " + parallelism);
        }
        if (checkpointInterval == null || checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("--checkpoint-interval: must be at least 10ms, got " + checkpointInterval);
        }
    }

    public PipelineSettings(String host, int mqttPort, int kafkaPort, int kafkaControllerPort, int dashboardPort,
                            int flinkUiPort, int h2Port, Path runDir, int parallelism, String kafkaHeap) {
        this(host, mqttPort, kafkaPort, kafkaControllerPort, dashboardPort, flinkUiPort, h2Port, runDir, parallelism, kafkaHeap, null,
                EquipmentTwinJob.Config.DEFAULT_CHECKPOINT_INTERVAL);
    }

    public PipelineSettings withApiToken(String token) {
        return new PipelineSettings(host, mqttPort, kafkaPort, kafkaControllerPort, dashboardPort, flinkUiPort, h2Port, runDir,
                parallelism, kafkaHeap, token, checkpointInterval);
    }

    public PipelineSettings withCheckpointInterval(Duration interval) {
        return new PipelineSettings(host, mqttPort, kafkaPort, kafkaControllerPort, dashboardPort, flinkUiPort, h2Port, runDir,
                parallelism, kafkaHeap, apiToken, interval);
    }

    public static PipelineSettings defaults(Path runDir) {
        return new PipelineSettings(LOOPBACK, 1883, 9092, 9093, 8080, 8081, 9094, runDir, 1, "512m");
    }

    public Path mqttDir() {
        return runDir.resolve("mqtt");
    }

    public Path kafkaDir() {
        return runDir.resolve("kafka");
    }

    public Path h2Dir() {
        return runDir.resolve("h2");
    }

    public Path checkpointDir() {
        return runDir.resolve("checkpoints");
    }
}
