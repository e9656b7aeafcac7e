package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PipelineStatusTest {

    @Test
    void unreachableKafkaReportsMinusOneQuicklyInsteadOfHanging(@TempDir Path dir) throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url)) {
            PipelineSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(6), status::snapshot);

            assertThat(snapshot.kafkaReachable()).isFalse();
            assertThat(snapshot.telemetryRawInKafka()).isEqualTo(-1);
            assertThat(snapshot.flinkCommittedTelemetry()).isEqualTo(-1);
            assertThat(snapshot.flinkConsumerLag()).isEqualTo(-1);
            assertThat(snapshot.consumerLagFrom()).isEqualTo(PipelineSnapshot.LAG_UNKNOWN);
            assertThat(snapshot.h2Reachable()).isTrue();
        }
    }

    @Test
    void aFlinkRestAddressThatDoesNotAnswerLeavesTheLagToKafkaQuickly(@TempDir Path dir) throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url, Duration.ofMillis(500), "http://127.0.0.1:1")) {
            PipelineSnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(6), status::snapshot);

            assertThat(snapshot.flinkConsumerLag()).isEqualTo(-1);
            assertThat(snapshot.consumerLagFrom()).isEqualTo(PipelineSnapshot.LAG_UNKNOWN);
        }
    }

    @Test
    void aFlinkRestAddressThatIsNoHttpUrlIsRefusedWithWhatWasGiven(@TempDir Path dir) {
        TwinDatabase db = new TwinDatabase(dir);
        assertThatThrownBy(() -> new PipelineStatus("127.0.0.1:1", db.url, Duration.ofMillis(500), "flink-jobmanager:8081"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'flink-jobmanager:8081'").hasMessageContaining("http");
    }

    @Test
    void missingTwinTablesCountAsZero(@TempDir Path dir) {
        TwinDatabase empty = new TwinDatabase(dir);
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", empty.url, Duration.ofMillis(200))) {
            PipelineSnapshot snapshot = status.snapshot();

            assertThat(snapshot.h2Reachable()).isTrue();
            assertThat(snapshot.twinEntities()).isZero();
            assertThat(snapshot.twinEvents()).isZero();
            assertThat(snapshot.duplicatesDropped()).isZero();
            assertThat(snapshot.deadLettered()).isZero();
        }
    }

    @Test
    void countsTwinsEventsDuplicatesAndDeadLettersFromH2(@TempDir Path dir) throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin("88.118.8001/EQ-GC-01", "crane", "dock-1", 40, "2025-03-01T08:00:00.000Z")
                .twin("88.118.8001/EQ-GC-02", "crane", "dock-1", 2, "2025-03-01T08:00:00.000Z")
                .twin("88.118.8001/EQ-PB-01", "paint-booth", "paint-1", 5, "2025-03-01T08:00:00.000Z")
                .dropped(TwinTables.DROP_DUPLICATE, 10)
                .dropped(TwinTables.DROP_DEAD_LETTER, 11)
                .dropped(TwinTables.DROP_DEAD_LETTER, 12);
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url, Duration.ofMillis(200))) {
            PipelineSnapshot snapshot = status.snapshot();

            assertThat(snapshot.twinEntities()).isEqualTo(3);
            assertThat(snapshot.twinEvents()).isEqualTo(47);
            assertThat(status.twinEvents()).as("the same figure from H2 alone").isEqualTo(47);
            assertThat(snapshot.duplicatesDropped()).isEqualTo(1);
            assertThat(snapshot.deadLettered()).isEqualTo(2);
        }
    }

    @Test
    void unreachableH2ReportsMinusOne() {
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1",
                "jdbc:h2:file:/nonexistent-dir/twin;IFEXISTS=TRUE", Duration.ofMillis(200))) {
            PipelineSnapshot snapshot = status.snapshot();

            assertThat(snapshot.h2Reachable()).isFalse();
            assertThat(snapshot.twinEntities()).isEqualTo(-1);
        }
    }
}
