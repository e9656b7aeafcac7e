package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.app.embedded.EmbeddedH2;
import io.shiptwin.app.embedded.EmbeddedKafka;
import io.shiptwin.app.embedded.LocalFlink;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.dashboards.PipelineStatus;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.streams.kafka.YardTopics;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer lag the dashboard shows is the twin job's own (Flink's {@code pendingRecords} of the Kafka source,
 * read through the REST API of the MiniCluster), not the offsets a checkpoint commits: with checkpoints ten minutes
 * apart nothing is committed during the test, yet the lag rises while the job works through a backlog and falls to
 * zero once the twin holds every event.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class ConsumerLagIT {
    private static final int EVENTS = 150_000;
    private static final int ASSETS = 50;

    @TempDir
    Path dir;

    @Test
    void theLagIsTheJobsOwnPositionNotTheOffsetsOfTheLastCheckpoint() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), dir.resolve("kafka"), "384m")
                .start();
             EmbeddedH2 h2 = new EmbeddedH2(dir.resolve("h2"), PipelineSettings.LOOPBACK, -1).start()) {
            YardTopics.ensure(kafka.bootstrap(), 2, (short) 1);
            publish(kafka.bootstrap(), EVENTS);
            try (LocalFlink flink = new LocalFlink(PipelineSettings.LOOPBACK, -1, 1, dir.resolve("checkpoints"));
                 PipelineStatus status = new PipelineStatus(kafka.bootstrap(), h2.url(), Duration.ofSeconds(2), flink.restUrl())) {
                flink.submit(EquipmentTwinJob.Config.defaults(kafka.bootstrap(), h2.url()).withCheckpointInterval(Duration.ofMinutes(10)));

                AtomicLong highestJobLag = new AtomicLong(-1);
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    PipelineSnapshot s = status.snapshot();
                    if (PipelineSnapshot.LAG_FROM_JOB.equals(s.consumerLagFrom())) {
                        highestJobLag.accumulateAndGet(s.flinkConsumerLag(), Math::max);
                    }
                    assertThat(s.twinEvents()).isEqualTo(EVENTS);
                });
                assertThat(highestJobLag.get()).as("the lag the job reported while it read the backlog")
                        .isPositive().isLessThanOrEqualTo(EVENTS);

                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    PipelineSnapshot s = status.snapshot();
                    assertThat(s.consumerLagFrom()).isEqualTo(PipelineSnapshot.LAG_FROM_JOB);
                    assertThat(s.flinkConsumerLag()).as("every record read").isZero();
                });
                PipelineSnapshot done = status.snapshot();
                assertThat(done.flinkCommittedTelemetry()).as("no checkpoint has committed an offset").isZero();
                assertThat(done.telemetryRawInKafka()).isEqualTo(EVENTS);
            }
        }
    }

    @Test
    void withoutFlinkTheLagIsCountedFromCommittedOffsetsAndSaysSo() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), dir.resolve("kafka"), "384m")
                .start();
             EmbeddedH2 h2 = new EmbeddedH2(dir.resolve("h2"), PipelineSettings.LOOPBACK, -1).start();
             PipelineStatus status = new PipelineStatus(kafka.bootstrap(), h2.url(), Duration.ofSeconds(2),
                     "http://127.0.0.1:" + Ports.free())) {
            YardTopics.ensure(kafka.bootstrap(), 2, (short) 1);
            publish(kafka.bootstrap(), 1_000);

            PipelineSnapshot s = status.snapshot();
            assertThat(s.consumerLagFrom()).isEqualTo(PipelineSnapshot.LAG_FROM_COMMITTED_OFFSETS);
            assertThat(s.flinkConsumerLag()).as("no group has committed: everything from the beginning").isEqualTo(1_000);
        }
    }

    /** {@code n} valid readings spread over {@link #ASSETS} cranes, keyed by asset tag as the bridge keys them. */
    private static void publish(String bootstrap, int n) {
        String[] channels = {"load_t", "wind_speed_ms"};
        try (RawTopicWriter raw = RawTopicWriter.open(bootstrap)) { // fails here unless every record is written
            for (int i = 0; i < n; i++) {
                String tag = "LAG-GC-" + (i % ASSETS);
                long sequence = i / ASSETS + 1;
                TelemetryReading r = new TelemetryReading("lag-it:" + tag + ":" + sequence, "88.118.8001/EQ-" + tag, sequence,
                        1_772_409_600_000L + sequence * 1000L, "wenchong", "dock-9", "crane", channels,
                        new double[] {100 + sequence % 50, sequence % 7});
                raw.send(Topics.TELEMETRY_RAW, tag, EnvelopeCodec.encode(r));
            }
        }
    }
}
