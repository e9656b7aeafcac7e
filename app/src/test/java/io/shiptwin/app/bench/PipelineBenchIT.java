package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.sim.GatewayBatching;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bench itself, small: both entry points, and the MQTT entry with gateway batches, bring every event into the twin, and the latency phase reads
 * back exactly the events it sent (no figure is asserted: speed is the bench's output, not a test).
 */
@ExtendWith(NoFlinkTaskFailures.class)
class PipelineBenchIT {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}, gateway batches of {1} per {2}")
    // 100 readings make a message of about 30 KB: more than an MQTT broker takes by default (Moquette: 8 KB).
    @CsvSource({"MQTT, 1, MACHINE", "KAFKA, 1, MACHINE", "MQTT, 100, AREA"})
    void everyEventReachesTheTwinAndEveryLatencyEventIsMeasured(BenchEntry.Point entry, int gatewayBatch,
                                                               GatewayBatching.Scope scope) throws Exception {
        GatewayBatching gateway = GatewayBatching.of(gatewayBatch, 5).withScope(scope);
        PipelineBench.Result r = PipelineBench.run(tmp.resolve("run"), entry, gateway, Duration.ofSeconds(1), 3_000, 200, Duration.ofSeconds(1),
                Duration.ofSeconds(2));

        assertThat(r.entry()).isEqualTo(entry.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(r.gatewayBatch()).isEqualTo(gatewayBatch);
        assertThat(r.gatewayScope()).isEqualTo(scope.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(r.checkpointIntervalMs()).isEqualTo(1_000);
        assertThat(r.lost()).isZero();
        assertThat(r.throughputEvents()).isEqualTo(3_000);
        assertThat(r.eventsPerSecond()).isPositive();
        // Publishing ends before the last twin update; the rate while publishing comes from the sampled timeline.
        assertThat(r.publishedEventsPerSecond()).isPositive().isGreaterThanOrEqualTo(r.eventsPerSecond());
        assertThat(r.twinEventsPerSecondWhilePublishing()).isNotNegative().isFinite();
        // The warm-up's 200 events are published but not measured.
        assertThat(r.latencyWarmupSeconds()).isEqualTo(1.0);
        assertThat(r.latencyEvents()).isEqualTo(400);
        assertThat(r.latencyP50Ms()).isPositive().isLessThanOrEqualTo(r.latencyP99Ms());
        assertThat(r.latencyP99Ms()).isLessThanOrEqualTo(r.latencyMaxMs());
        assertThat(r.kafkaRssMegabytes()).isPositive();
        // Both processes worked for every event; the total is their sum, and it cannot keep more cores busy than there are.
        assertThat(r.shiptwinCpuMicrosPerEvent()).isPositive().isFinite();
        assertThat(r.kafkaCpuMicrosPerEvent()).isPositive().isFinite();
        assertThat(r.cpuMicrosPerEvent()).isCloseTo(r.shiptwinCpuMicrosPerEvent() + r.kafkaCpuMicrosPerEvent(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.coresBusy()).isPositive().isLessThanOrEqualTo(r.cores() + 0.05);
        // Every event passes through ShipTwin's heap (the bench's publisher, the broker, the bridge, Flink, H2): never free.
        assertThat(r.allocatedKilobytesPerEvent()).isPositive().isFinite();
        assertThat(r.latencyAllocatedKilobytesPerEvent()).isPositive().isFinite();
        assertThat(r.latencyYoungCollections()).isNotNegative();
        assertThat(r.latencyYoungPauseMeanMs()).isNotNegative().isFinite();
        assertThat(r.latencyFullCollections()).isNotNegative();
        // Hop by hop, from the twin's history: every measured event, and each hop no longer than the whole way's worst.
        HopLatency hops = r.latencyHops();
        assertThat(hops.events()).isEqualTo(400);
        assertThat(r.latencyP99Ms()).isEqualTo(hops.publishToTwinP99Ms());
        // Second by second: every measured event in exactly one second, in order, none slower than the whole way's worst.
        assertThat(hops.bySecond()).isNotEmpty();
        assertThat(hops.bySecond().stream().mapToLong(LatencySeconds.Second::events).sum()).isEqualTo(400);
        assertThat(hops.bySecond()).isSortedAccordingTo(java.util.Comparator.comparingLong(LatencySeconds.Second::epochSecond));
        assertThat(hops.bySecond()).allSatisfy(s -> assertThat(s.maxMs()).isLessThanOrEqualTo((long) r.latencyMaxMs() + 1));
        assertThat(hops.kafkaToTwinP50Ms()).isNotNull().isBetween(0.0, hops.kafkaToTwinP99Ms());
        assertThat(hops.kafkaToTwinP99Ms()).isLessThanOrEqualTo(r.latencyMaxMs() + 1);
        if (entry == BenchEntry.Point.MQTT) {
            assertThat(hops.publishToBridgeP50Ms()).isNotNull().isBetween(0.0, hops.publishToBridgeP99Ms());
            assertThat(hops.publishToBridgeP99Ms()).isLessThanOrEqualTo(r.latencyMaxMs() + 1);
            assertThat(hops.bridgeToKafkaP50Ms()).isNotNull();
        } else {
            assertThat(hops.publishToBridgeP50Ms()).as("no bridge on the kafka entry").isNull();
        }
    }
}
