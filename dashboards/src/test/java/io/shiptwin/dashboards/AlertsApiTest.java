package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/alerts} over a real H2 alerts table as the Flink health rules write it. */
class AlertsApiTest {
    static final String GC01 = "88.118.8001/EQ-GC-01";
    static final String GC02 = "88.118.8001/EQ-GC-02";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .alert(GC01, "crane-lift-in-wind", "e1", "2026-03-02T00:00:10.000Z", "2026-03-02T00:00:20.000Z")
                .alert(GC01, "crane-lift-in-wind", "e5", "2026-03-02T00:01:00.000Z", null)
                .alert(GC02, "booth-humidity-over-limit", "e3", "2026-03-02T00:00:30.000Z", null)
                .alert(GC02, "crane-lift-in-wind", "e9", "2026-03-02T00:02:00.000Z", "2026-03-02T00:02:05.000Z");
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
    void openAlertsComeFirstLatestFirstWithTheCountsPerRule() throws Exception {
        JsonNode list = http.getJson("/api/alerts", 200);

        assertThat(list.get("alerts")).extracting(a -> a.get("openingEventId").asText()).containsExactly("e5", "e3", "e9", "e1");
        JsonNode first = list.get("alerts").get(0);
        assertThat(first.get("status").asText()).isEqualTo("OPEN");
        assertThat(first.get("rule").asText()).isEqualTo("crane-lift-in-wind");
        assertThat(first.get("assetId").asText()).isEqualTo(GC01);
        assertThat(first.get("openedAt").asText()).isEqualTo("2026-03-02T00:01:00.000Z");
        assertThat(first.get("clearedAt").isNull()).isTrue();
        assertThat(first.get("offendingValue").asDouble()).isEqualTo(24.5);
        assertThat(list.get("alerts").get(3).get("clearedAt").asText()).isEqualTo("2026-03-02T00:00:20.000Z");
        assertThat(list.get("open").asLong()).isEqualTo(2);
        assertThat(list.get("cleared").asLong()).isEqualTo(2);
        assertThat(list.get("byRule")).hasSize(2);
        JsonNode wind = list.get("byRule").get(1);
        assertThat(wind.get("rule").asText()).isEqualTo("crane-lift-in-wind");
        assertThat(wind.get("open").asLong()).isEqualTo(1);
        assertThat(wind.get("cleared").asLong()).isEqualTo(2);
        assertThat(list.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void statusAndLimitSelect() throws Exception {
        JsonNode open = http.getJson("/api/alerts?status=open", 200);
        JsonNode one = http.getJson("/api/alerts?status=CLEARED&limit=1", 200);

        assertThat(open.get("alerts")).hasSize(2).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("OPEN"));
        assertThat(one.get("alerts")).hasSize(1);
        assertThat(one.get("alerts").get(0).get("openingEventId").asText()).isEqualTo("e9");
        assertThat(one.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void badParametersAreBadRequestsNamingThem() throws Exception {
        assertThat(http.getJson("/api/alerts?status=NEW", 400).get("error").asText())
                .isEqualTo("status: must be OPEN or CLEARED, got 'NEW'");
        assertThat(http.getJson("/api/alerts?limit=0", 400).get("error").asText()).isEqualTo("limit: must be 1..1000, got 0");
        assertThat(http.getJson("/api/alerts?limit=x", 400).get("error").asText()).contains("limit: expected an integer");
    }

    @Test
    void aDatabaseWithoutTheAlertsTableHasNoAlerts(@TempDir Path empty) throws Exception {
        TwinDatabase db = new TwinDatabase(empty);
        try (PipelineStatus s = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer other = new DashboardServer(DashboardConfig.defaults().withPort(0), db.url, s, PipelineProbe.NONE).start()) {
            JsonNode list = new HttpFixture(other.port()).getJson("/api/alerts", 200);
            assertThat(list.get("alerts")).isEmpty();
            assertThat(list.get("byRule")).isEmpty();
        }
    }
}
