package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiptwin.model.TwinTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/trace?eventId=}: one event at every hop, over a real H2 file database. */
class MessageTraceApiTest {
    static final long PUBLISHED_MS = java.time.Instant.parse("2026-11-25T10:00:01.050Z").toEpochMilli();
    static final String CRANE = "88.118.8001/EQ-GC-01";
    static final String APPLIED_TWICE = "run-1:GC-01:41";
    static final String APPLIED = "run-1:GC-01:42";
    static final String DEAD = "run-1:GC-01:43";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "crane", "dock-1", 2, "2026-03-02T00:00:42.000Z")
                .tracedHistory(CRANE, 1, APPLIED_TWICE, "2026-03-02T00:00:41.000Z", 40,
                        "2026-11-25T10:00:00.100Z", "2026-11-25T10:00:00.130Z", "2026-11-25T10:00:00.900Z")
                .tracedHistory(CRANE, 2, APPLIED, "2026-03-02T00:00:42.000Z", 41,
                        "2026-11-25T10:00:01.100Z", "2026-11-25T10:00:01.120Z", "2026-11-25T10:00:01.400Z")
                .droppedEvent(TwinTables.DROP_DUPLICATE, 57, APPLIED_TWICE, CRANE, "duplicate of event run-1:GC-01:41")
                .droppedEvent(TwinTables.DROP_DEAD_LETTER, 58, DEAD, CRANE, "$.body.readings.load_t: expected number, got string 'x'");
        // The launcher's probe knows when the simulator published and the broker received the applied event.
        dashboard = RunningDashboard.over(db.url, new PipelineProbe() {
            @Override
            public Map<String, Long> inProcessCounts() {
                return Map.of();
            }

            @Override
            public Map<String, Boolean> componentHealth() {
                return Map.of();
            }

            @Override
            public Map<String, Long> hopTimes(String eventId) {
                return eventId.equals(APPLIED) ? Map.of("published", PUBLISHED_MS, "broker", PUBLISHED_MS + 7) : Map.of();
            }
        });
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void anAppliedEventShowsItsTimeAtTheBridgeKafkaAndTheTwinWithItsOffset() throws Exception {
        JsonNode trace = http.getJson("/api/trace?eventId=" + APPLIED, 200);

        assertThat(trace.get("eventId").asText()).isEqualTo(APPLIED);
        assertThat(trace.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(trace.get("dropped")).isEmpty();
        JsonNode a = trace.get("applied").get(0);
        assertThat(a.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(a.get("version").asLong()).isEqualTo(2);
        assertThat(a.get("eventTime").asText()).isEqualTo("2026-03-02T00:00:42.000Z");
        assertThat(a.get("sourceTopic").asText()).isEqualTo("yard.telemetry.raw");
        assertThat(a.get("sourcePartition").asInt()).isEqualTo(1);
        assertThat(a.get("sourceOffset").asLong()).isEqualTo(41);
        assertThat(a.get("bridgeReceivedAt").asText()).isEqualTo("2026-11-25T10:00:01.100Z");
        assertThat(a.get("kafkaAppendedAt").asText()).isEqualTo("2026-11-25T10:00:01.120Z");
        assertThat(a.get("twinUpdatedAt").asText()).isEqualTo("2026-11-25T10:00:01.400Z");
        assertThat(trace.get("publishedAt").asText()).isEqualTo("2026-11-25T10:00:01.050Z");
        assertThat(trace.get("brokerReceivedAt").asText()).isEqualTo("2026-11-25T10:00:01.057Z");
    }

    @Test
    void hopsTheLaunchersProcessDidNotSeeAreNull() throws Exception {
        JsonNode trace = http.getJson("/api/trace?eventId=" + DEAD, 200);

        assertThat(trace.get("publishedAt").isNull()).isTrue();
        assertThat(trace.get("brokerReceivedAt").isNull()).isTrue();
    }

    @Test
    void anEventDeliveredTwiceShowsTheDroppedDuplicateWithItsOffset() throws Exception {
        JsonNode trace = http.getJson("/api/trace?eventId=" + APPLIED_TWICE, 200);

        assertThat(trace.get("outcome").asText()).isEqualTo("APPLIED, DUPLICATES DROPPED");
        assertThat(trace.get("applied")).hasSize(1);
        JsonNode duplicate = trace.get("dropped").get(0);
        assertThat(duplicate.get("kind").asText()).isEqualTo("DUPLICATE");
        assertThat(duplicate.get("sourceOffset").asLong()).isEqualTo(57);
        assertThat(duplicate.get("recordedAt").asText()).isEqualTo("2026-11-25T10:00:01.500Z");
    }

    @Test
    void aDeadLetteredEventShowsTheReason() throws Exception {
        JsonNode trace = http.getJson("/api/trace?eventId=" + DEAD, 200);

        assertThat(trace.get("outcome").asText()).isEqualTo("DEAD-LETTERED");
        assertThat(trace.get("applied")).isEmpty();
        assertThat(trace.get("dropped").get(0).get("reason").asText()).isEqualTo("$.body.readings.load_t: expected number, got string 'x'");
    }

    @Test
    void anUnknownEventIsNotFoundWithTheReason() throws Exception {
        JsonNode error = http.getJson("/api/trace?eventId=run-1:GC-01:999", 404);

        assertThat(error.get("error").asText())
                .isEqualTo("no event with id 'run-1:GC-01:999' in the twin history or among the dropped events");
        assertThat(error.get("eventId").asText()).isEqualTo("run-1:GC-01:999");
    }

    @Test
    void aMissingOrOverlongEventIdIsABadRequestNamingTheParameter() throws Exception {
        assertThat(http.getJson("/api/trace", 400).get("error").asText()).isEqualTo("eventId: required, missing");
        assertThat(http.getJson("/api/trace?eventId=%20", 400).get("error").asText()).isEqualTo("eventId: required, missing");
        assertThat(http.getJson("/api/trace?eventId=" + "x".repeat(201), 400).get("error").asText())
                .isEqualTo("eventId: must be 1-200 characters, got 201");
    }
}
