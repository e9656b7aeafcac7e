package io.shiptwin.app;

import io.shiptwin.app.embedded.EmbeddedKafka;
import io.shiptwin.app.embedded.EmbeddedMqttBroker;
import io.shiptwin.app.embedded.EmbeddedH2;
import io.shiptwin.app.embedded.LocalFlink;
import io.shiptwin.app.whatif.WhatIfRunner;
import io.shiptwin.dashboards.DashboardConfig;
import io.shiptwin.dashboards.DashboardServer;
import io.shiptwin.dashboards.PipelineProbe;
import io.shiptwin.dashboards.PipelineStatus;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.streams.bridge.BridgeConfig;
import io.shiptwin.streams.bridge.MqttKafkaBridge;
import io.shiptwin.streams.kafka.YardTopics;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole data path on embedded, real components, in one process (Kafka in a child JVM):
 * MQTT broker, Kafka (KRaft), the Flink twin job on a MiniCluster, H2, the bridge and the
 * dashboard. Used by {@code ./shiptwin demo} and by the end-to-end tests.
 */
public final class EmbeddedPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);

    private final PipelineSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedMqttBroker broker;
    private EmbeddedKafka kafka;
    private LocalFlink flink;
    private MqttKafkaBridge bridge;
    private PipelineStatus status;
    private DashboardServer dashboard;
    private TelemetrySimulator sim;
    private EmbeddedH2 h2;
    private String h2Url;
    /** Where the bridge connects to the broker: the broker itself, unless a test puts a relay between them. */
    private String bridgeMqttUri;

    /** Names of the in-process hops in {@link PipelineProbe#hopTimes}. */
    public static final String PUBLISHED_HOP = "published";
    public static final String BROKER_HOP = "broker";

    public EmbeddedPipeline(PipelineSettings settings) {
        this.settings = settings;
    }

    /**
     * Lets the bridge reach the broker through {@code mqttUri} (a TCP relay in front of the broker's port), so that a
     * test can break the bridge's connection as a network does. Call before {@link #start()}.
     */
    EmbeddedPipeline bridgeConnectsThrough(String mqttUri) {
        this.bridgeMqttUri = mqttUri;
        return this;
    }

    /** Starts every part in data-path order; on failure stops what already started and rethrows. */
    public EmbeddedPipeline start() {
        try {
            broker = track(new EmbeddedMqttBroker(settings.host(), settings.mqttPort(), settings.mqttDir()).start());
            kafka = track(new EmbeddedKafka(settings.host(), settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.kafkaDir(), settings.kafkaHeap()).start());
            YardTopics.ensure(kafka.bootstrap(), 2, (short) 1);
            h2 = track(new EmbeddedH2(settings.h2Dir(), settings.host(), settings.h2Port()).start());
            h2Url = h2.url();
            // A run directory used before holds the twin job's last checkpoint: resume from it, so that the twin's state
            // (versions, accumulators, seen ids) goes on from the rows already in H2 (--fresh starts from nothing).
            java.nio.file.Path resume = LocalFlink.latestCheckpoint(settings.checkpointDir()).orElse(null);
            flink = track(new LocalFlink(settings.host(), settings.flinkUiPort(), settings.parallelism(), settings.checkpointDir())
                    .submit(EquipmentTwinJob.Config.defaults(kafka.bootstrap(), h2Url)
                            .withCheckpointInterval(settings.checkpointInterval()), resume));
            bridge = track(new MqttKafkaBridge(BridgeConfig.defaults(
                    bridgeMqttUri == null ? broker.uri() : bridgeMqttUri, kafka.bootstrap())).start());
            status = track(new PipelineStatus(kafka.bootstrap(), h2Url, PipelineStatus.DEFAULT_KAFKA_TIMEOUT, flink.restUrl()));
            if (settings.dashboardPort() >= 0) {
                DashboardConfig config = new DashboardConfig(settings.host(), settings.dashboardPort(), "--dashboard-port");
                if (settings.apiToken() != null && !settings.apiToken().isBlank()) {
                    config = config.withApiToken(settings.apiToken());
                }
                WhatIfRunner whatIf = track(new WhatIfRunner(h2Url, settings.runDir().resolve("whatif"), 0));
                dashboard = track(new DashboardServer(config, h2Url, status, probe(), whatIf).start());
            }
            return this;
        } catch (RuntimeException | Error e) {
            close(); // never leave a Kafka child process or a bound port behind
            throw e;
        }
    }

    /** Starts the simulator publishing into the broker. */
    public TelemetrySimulator startSimulator(SimConfig config) {
        if (sim != null) {
            throw new IllegalStateException("the simulator is already running");
        }
        sim = track(new TelemetrySimulator(config).start());
        return sim;
    }

    /** Stops the simulator (waiting for the broker to acknowledge what is in flight); idempotent. */
    public void stopSimulator() {
        if (sim != null) {
            sim.close();
        }
    }

    private <T extends AutoCloseable> T track(T part) {
        started.push(part);
        return part;
    }

    /** In-process counters and health for the dashboard's data-flow view. */
    public PipelineProbe probe() {
        return new PipelineProbe() {
            @Override
            public Map<String, Long> inProcessCounts() {
                Map<String, Long> m = new LinkedHashMap<>();
                m.put("sim.published", sim == null ? 0 : sim.published());
                m.put("broker.received", broker == null ? 0 : broker.received());
                m.put("bridge.in", bridge == null ? 0 : bridge.received());
                m.put("bridge.out", bridge == null ? 0 : bridge.sentToKafka());
                return m;
            }

            @Override
            public Map<String, Long> hopTimes(String eventId) {
                Map<String, Long> m = new LinkedHashMap<>();
                TelemetrySimulator s = sim;
                if (s != null) {
                    s.publishLog().timeOf(eventId).ifPresent(t -> m.put(PUBLISHED_HOP, t));
                }
                if (broker != null) {
                    broker.receivedLog().timeOf(eventId).ifPresent(t -> m.put(BROKER_HOP, t));
                }
                return m;
            }

            @Override
            public Map<String, Boolean> componentHealth() {
                Map<String, Boolean> m = new LinkedHashMap<>();
                m.put("simulator", sim != null && sim.isConnected());
                m.put("mqtt", broker != null && broker.isRunning());
                m.put("bridge", bridge != null && bridge.isConnected());
                m.put("kafka-process", kafka != null && kafka.isRunning());
                m.put("flink", flink != null && flink.status() == JobStatus.RUNNING);
                return m;
            }
        };
    }

    public EmbeddedMqttBroker broker() {
        return broker;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public MqttKafkaBridge bridge() {
        return bridge;
    }

    public LocalFlink flink() {
        return flink;
    }

    public PipelineStatus status() {
        return status;
    }

    public DashboardServer dashboard() {
        return dashboard;
    }

    public TelemetrySimulator simulator() {
        return sim;
    }

    public String h2Url() {
        return h2Url;
    }

    public EmbeddedH2 h2() {
        return h2;
    }

    public PipelineSettings settings() {
        return settings;
    }

    /** Stops every part in reverse start order; safe to call twice. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {}: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
