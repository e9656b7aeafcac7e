package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiptwin.model.TwinTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/dropped-events} over a real H2 file database. */
class DroppedEventsApiTest {
    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .dropped(TwinTables.DROP_DUPLICATE, 4)
                .dropped(TwinTables.DROP_DEAD_LETTER, 7)
                .dropped(TwinTables.DROP_DUPLICATE, 9);
        dashboard = RunningDashboard.over(db.url);
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void listsBothKindsLatestFirstWithTheReasonAndTheKafkaRecord() throws Exception {
        JsonNode rows = http.getJson("/api/dropped-events", 200);

        assertThat(rows).hasSize(3);
        JsonNode first = rows.get(0);
        assertThat(first.get("sourceOffset").asLong()).as("same recorded_at: the higher offset first").isEqualTo(9);
        assertThat(first.get("kind").asText()).isEqualTo("DUPLICATE");
        assertThat(first.get("sourceTopic").asText()).isEqualTo("yard.telemetry.raw");
        assertThat(first.get("sourcePartition").asInt()).isZero();
        assertThat(first.get("reason").asText()).isEqualTo("test");
        assertThat(first.get("recordedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(first.get("eventId").isNull()).isTrue();
    }

    @Test
    void filtersByKindAndLimits() throws Exception {
        JsonNode deadLetters = http.getJson("/api/dropped-events?kind=dead_letter", 200);
        JsonNode one = http.getJson("/api/dropped-events?kind=DUPLICATE&limit=1", 200);

        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).get("sourceOffset").asLong()).isEqualTo(7);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("kind").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void badParametersAreBadRequestsNamingTheParameter() throws Exception {
        assertThat(http.getJson("/api/dropped-events?kind=LOST", 400).get("error").asText())
                .isEqualTo("kind: must be DEAD_LETTER or DUPLICATE, got 'LOST'");
        assertThat(http.getJson("/api/dropped-events?limit=1001", 400).get("error").asText())
                .isEqualTo("limit: must be 1..1000, got 1001");
        assertThat(http.getJson("/api/dropped-events?limit=x", 400).get("error").asText())
                .isEqualTo("limit: expected an integer 1..1000, got 'x'");
    }
}
