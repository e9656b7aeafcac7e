package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge must come back by itself when its connection to the MQTT broker breaks: the network between them (a
 * {@link LoopbackRelay}) resets the bridge's connection three times during a run; each time the bridge reconnects to
 * its persistent session, the broker redelivers what the bridge had not yet acknowledged, and every message the
 * bridge received is in the twin once.
 *
 * <p>The simulator's connection is not dropped here: when a publisher reconnects and sends its unacknowledged
 * messages again, Moquette 0.17 fails routing one now and then ("increment : 0" in PostOffice, one run in about
 * nine) and the broker's session executor that serves it stops (README, known limits).
 *
 * <p>A restart of the embedded Moquette 0.17 itself is not tested here: after a restart with persisted sessions it
 * fails routing the publisher's first message ("increment : 0" in PostOffice) and the publisher's session stalls,
 * with Paho's client and HiveMQ's alike (README, known limits).
 */
class MqttBrokerOutageIT {
    private static final long EVENTS = 4_000;

    @TempDir
    static Path tempDir;
    private static LoopbackRelay network;
    private static EmbeddedPipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        PipelineSettings settings = TestPipelines.onFreePorts(tempDir.resolve("run"));
        network = new LoopbackRelay(settings.mqttPort());
        pipeline = new EmbeddedPipeline(settings).bridgeConnectsThrough(network.mqttUri()).start();
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void theBridgeReconnectsAfterItsConnectionDropsAndEveryEventReachesTheTwinOnce() throws Exception {
        TelemetrySimulator sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri())
                .withRunId("mqtt-outage").withRate(400).withMaxEvents(EVENTS));

        for (long bridged = 600; bridged <= 2_400; bridged += 900) {
            long threshold = bridged;
            await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.bridge().sentToKafka() >= threshold);
            long connections = pipeline.bridge().connections();
            assertThat(network.cutAll()).as("the bridge's connection, cut").isEqualTo(1);
            // The connected listener counts the connection a moment before the client's state says connected.
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> pipeline.bridge().connections() == connections + 1 && pipeline.bridge().isConnected());
        }

        assertThat(sim.awaitDone(Duration.ofSeconds(60))).as("the simulator finished").isTrue();
        assertThat(sim.publishFailures()).as("publishes the broker never acknowledged").isZero();
        assertThat(sim.published()).isEqualTo(EVENTS);
        // Dropped by Moquette's own disconnectClient, the broker lost 1 of 4,000 in about one run of eight (README, known
        // limits); cut in the network, none in seven runs. Tolerated still: all events but at most one per cut in the
        // twin, and everything the bridge received accounted for, in the twin once or dropped as a redelivered duplicate.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PipelineSnapshot s = pipeline.status().snapshot();
            // Which side lost an event, if one is missing: the broker (the bridge received fewer) or the pipeline behind it.
            assertThat(s.twinEvents()).as("events in the twin (the bridge received %d, %d dropped as duplicates)",
                    pipeline.bridge().received(), s.duplicatesDropped()).isBetween(EVENTS - 3, EVENTS);
            assertThat(s.twinEvents() + s.duplicatesDropped()).as("twin + duplicates").isEqualTo(pipeline.bridge().received());
        });
        long inTwin = pipeline.status().snapshot().twinEvents();
        assertThat(PipelineTestBase.distinctEventIdsInHistory(pipeline.h2Url())).as("every event id at most once in the twin's history").isEqualTo(inTwin);
        assertThat(pipeline.status().snapshot().deadLettered()).isZero();
        assertThat(pipeline.bridge().pending()).as("nothing left waiting for Kafka").isZero();
        assertThat(pipeline.bridge().connections()).as("the first connection and three reconnects").isEqualTo(4);
        assertThat(pipeline.bridge().acknowledged()).as("each message acknowledged on the connection that last delivered it")
                .isBetween(inTwin, pipeline.bridge().received());
    }
}
