package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/equipment/{id}/history}, its CSV and {@code /api/equipment.csv} over a real H2 file database. */
class EquipmentHistoryApiTest {
    static final String CRANE = "88.118.8001/EQ-GC-01";
    static final String ROBOT = "88.118.8001/EQ-WR-03";
    static final String IDLE = "88.118.8001/EQ-PB-01";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "crane", "dock-1", 3, "2026-03-02T00:00:03.000Z")
                .channel(CRANE, "load_t", 242.0, 240.0, 242.0, 241.0, 3)
                .channel(CRANE, "wind_speed_ms", 6.5, 6.0, 6.5, 6.2, 3)
                .history(CRANE, 1, "2026-03-02T00:00:01.000Z", "{\"load_t\":240.0,\"wind_speed_ms\":6.0}")
                .history(CRANE, 2, "2026-03-02T00:00:02.000Z", "{\"load_t\":241.0,\"wind_speed_ms\":6.1}")
                .history(CRANE, 3, "2026-03-02T00:00:03.000Z", "{\"load_t\":242.0}")
                .twin(ROBOT, "welding-robot, \"line 2\"", "panel-line", 1, "2026-03-02T00:00:01.000Z")
                .channel(ROBOT, "current_a", 180.0, 180.0, 180.0, 180.0, 1)
                .twin(IDLE, "paint-booth", "paint-shop", 0, "2026-03-02T00:00:00.000Z");
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
    void historyListsEveryVersionOldestFirstWithItsEventTimeAndReadings() throws Exception {
        JsonNode h = http.getJson("/api/equipment/" + CRANE + "/history", 200);

        assertThat(h.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(h.get("truncated").asBoolean()).isFalse();
        assertThat(h.get("limit").asInt()).isEqualTo(HistoryQuery.DEFAULT_LIMIT);
        assertThat(texts(h.get("channels"))).containsExactly("load_t", "wind_speed_ms");
        JsonNode points = h.get("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(points.get(0).get("eventId").asText()).isEqualTo("evt-" + CRANE + "-1");
        assertThat(points.get(0).get("eventTime").asText()).isEqualTo("2026-03-02T00:00:01.000Z");
        assertThat(points.get(0).get("readings").get("load_t").asDouble()).isEqualTo(240.0);
        assertThat(points.get(2).get("readings").has("wind_speed_ms")).isFalse();
    }

    @Test
    void historyKeepsTheLatestPointsWhenTheLimitCutsAndSaysSo() throws Exception {
        JsonNode h = http.getJson("/api/equipment/" + CRANE + "/history?limit=2", 200);

        assertThat(h.get("truncated").asBoolean()).isTrue();
        assertThat(h.get("points")).hasSize(2);
        assertThat(h.get("points").get(0).get("version").asLong()).isEqualTo(2);
        assertThat(h.get("points").get(1).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void historyBetweenFromAndToIncludesBothBounds() throws Exception {
        JsonNode h = http.getJson("/api/equipment/" + CRANE + "/history?from=2026-03-02T00:00:02Z&to=2026-03-02T00:00:03Z", 200);

        assertThat(h.get("points")).hasSize(2);
        assertThat(h.get("points").get(0).get("version").asLong()).isEqualTo(2);
        assertThat(h.get("from").asText()).isEqualTo("2026-03-02T00:00:02Z");
    }

    @Test
    void historyOfATwinWithoutEventsIsEmptyNotMissing() throws Exception {
        JsonNode h = http.getJson("/api/equipment/" + IDLE + "/history", 200);

        assertThat(h.get("points")).isEmpty();
        assertThat(h.get("channels")).isEmpty();
    }

    @Test
    void historyOfAnUnknownIdentifierIsNotFoundWithTheReason() throws Exception {
        JsonNode error = http.getJson("/api/equipment/88.118.8001/EQ-NOPE-99/history", 404);

        assertThat(error.get("error").asText()).isEqualTo("no equipment twin with identifier '88.118.8001/EQ-NOPE-99'");
        assertThat(error.get("assetId").asText()).isEqualTo("88.118.8001/EQ-NOPE-99");
    }

    @Test
    void historyOfAMalformedIdentifierIsABadRequestNamingTheProblem() throws Exception {
        JsonNode error = http.getJson("/api/equipment/77.1.2/EQ-GC-01/history", 400);

        assertThat(error.get("error").asText()).contains("prefix must be '88.{industry}.{enterprise}'", "'77.1.2'");
    }

    @Test
    void badHistoryParametersAreBadRequestsNamingTheParameter() throws Exception {
        String base = "/api/equipment/" + CRANE + "/history";

        assertThat(http.getJson(base + "?from=yesterday", 400).get("error").asText())
                .isEqualTo("from: expected an ISO-8601 instant such as 2026-03-02T00:00:00Z, got 'yesterday'");
        assertThat(http.getJson(base + "?to=2026-13-01T00:00:00Z", 400).get("error").asText()).startsWith("to: expected");
        assertThat(http.getJson(base + "?limit=0", 400).get("error").asText()).isEqualTo("limit: must be 1..10000, got 0");
        assertThat(http.getJson(base + "?limit=ten", 400).get("error").asText())
                .isEqualTo("limit: expected an integer 1..10000, got 'ten'");
        assertThat(http.getJson(base + "?from=2026-03-02T00:00:05Z&to=2026-03-02T00:00:01Z", 400).get("error").asText())
                .startsWith("from: must not be after to");
    }

    @Test
    void historyCsvHasAColumnPerChannelAndAnEmptyCellForAMissingReading() throws Exception {
        HttpResponse<String> csv = http.get("/api/equipment/" + CRANE + "/history.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"EQ-GC-01-history.csv\"");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "version,event_id,event_time,load_t,wind_speed_ms",
                "1,evt-" + CRANE + "-1,2026-03-02T00:00:01.000Z,240.0,6.0",
                "2,evt-" + CRANE + "-2,2026-03-02T00:00:02.000Z,241.0,6.1",
                "3,evt-" + CRANE + "-3,2026-03-02T00:00:03.000Z,242.0,");
    }

    @Test
    void historyCsvAnswersBadInputLikeTheJsonHistory() throws Exception {
        assertThat(http.getJson("/api/equipment/88.118.8001/EQ-NOPE-99/history.csv", 404).get("error").asText())
                .contains("no equipment twin");
        assertThat(http.getJson("/api/equipment/" + CRANE + "/history.csv?limit=-1", 400).get("error").asText())
                .startsWith("limit:");
    }

    @Test
    void equipmentCsvHasOneRowPerChannelAndQuotesCellsWithCommasOrQuotes() throws Exception {
        HttpResponse<String> csv = http.get("/api/equipment.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("asset_id,asset_type,site,area,version,event_count,last_event_id,last_sequence,"
                + "last_event_time,updated_at,channel,unit,last,min,max,mean,samples");
        assertThat(lines).hasSize(1 + 2 + 1 + 1);
        assertThat(lines[1]).startsWith(CRANE + ",crane,wenchong,dock-1,3,3,").contains(",load_t,t,242.0,240.0,242.0,241.0,3");
        assertThat(lines[3]).as("the paint booth has no channels: one row with empty channel cells")
                .startsWith(IDLE + ",paint-booth,").endsWith(",,,,,,,");
        assertThat(lines[4]).startsWith(ROBOT + ",\"welding-robot, \"\"line 2\"\"\",wenchong,panel-line,");
    }

    @Test
    void anIdentifierWithItsSlashPercentEncodedIsFoundToo() throws Exception {
        // Swagger UI's "try it out" encodes the path parameter's '/' as %2F.
        JsonNode h = http.getJson("/api/equipment/88.118.8001%2FEQ-GC-01/history?limit=1", 200);
        JsonNode twin = http.getJson("/api/equipment/88.118.8001%2FEQ-GC-01", 200);

        assertThat(h.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(h.get("points")).hasSize(1);
        assertThat(twin.get("assetId").asText()).isEqualTo(CRANE);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
