package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/sql} over a real H2: queries answer, and the database itself refuses every change. */
class AnalystSqlApiTest {
    static final String TOKEN = "yard-token-0123456789abcdef";

    @TempDir
    static Path dir;
    static TwinDatabase db;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        db = new TwinDatabase(dir).createTables()
                .hull("88.118.8001/SHIP-H1", "ship", "88.118.8001/SHIP-H1", "ERECTION", 9, 100, 5000, 0, 0, 0, "2026-03-04T10:00:00.000Z")
                .hull("88.118.8001/BLK-H1-B1", "block", "88.118.8001/SHIP-H1", "PAINTING", 4, 40, 2000, 1, 1, 1, "2026-03-03T10:00:00.000Z")
                .hull("88.118.8001/BLK-H1-B2", "block", "88.118.8001/SHIP-H1", "BLOCK_ASSEMBLY", 2, 20, 1000, 0, 0, 0, "2026-03-02T10:00:00.000Z");
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
    void aSelectAnswersColumnsAndRows() throws Exception {
        JsonNode r = json(sql("{\"sql\": \"SELECT entity_id, stage, man_hours FROM hull_twin WHERE kind = 'block' ORDER BY entity_id\"}",
                "application/json", ""), 200);

        assertThat(r.get("columns")).extracting(c -> c.get("name").asText()).containsExactly("ENTITY_ID", "STAGE", "MAN_HOURS");
        assertThat(r.get("columns").get(2).get("type").asText()).isEqualTo("DOUBLE PRECISION");
        assertThat(r.get("rows")).hasSize(2);
        assertThat(r.get("rows").get(0).get(0).asText()).isEqualTo("88.118.8001/BLK-H1-B1");
        assertThat(r.get("rows").get(0).get(1).asText()).isEqualTo("PAINTING");
        assertThat(r.get("rows").get(0).get(2).asDouble()).isEqualTo(40.0);
        assertThat(r.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void plainTextBodyLimitAndCsv() throws Exception {
        JsonNode one = json(sql("SELECT entity_id FROM hull_twin ORDER BY entity_id", "text/plain", "?limit=1"), 200);
        HttpResponse<String> csv = sql("SELECT stage, COUNT(*) AS n FROM hull_twin GROUP BY stage ORDER BY stage", "text/plain",
                "?format=csv");

        assertThat(one.get("rows")).hasSize(1);
        assertThat(one.get("truncated").asBoolean()).as("3 rows, limit 1").isTrue();
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("X-ShipTwin-Truncated")).hasValue("false");
        assertThat(csv.body()).isEqualTo("STAGE,N\r\nBLOCK_ASSEMBLY,1\r\nERECTION,1\r\nPAINTING,1\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO hull_twin (entity_id, kind, ship_id, version, man_hours, cost_minor_units, energy_kwh, inspections_passed,"
                    + " inspections_failed, non_conformances_opened, delivered, last_event_id, last_event_time, updated_at) VALUES"
                    + " ('88.118.8001/BLK-H1-B9', 'block', '88.118.8001/SHIP-H1', 1, 0, 0, 0, 0, 0, 0, FALSE, 'e', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)",
            "UPDATE hull_twin SET man_hours = 0",
            "DELETE FROM hull_twin",
            "DROP TABLE hull_twin",
            "CREATE TABLE analyst_notes (id INT)",
            "SELECT 1; DROP TABLE hull_twin",
            "CALL CSVWRITE('notes.csv', 'SELECT * FROM hull_twin')"})
    void theDatabaseRefusesEveryChangeAndTheTwinStaysAsItWas(String statement) throws Exception {
        String before = snapshot();

        JsonNode refused = json(sql(statement, "text/plain", ""), 400);

        assertThat(refused.get("reason").asText()).isEqualTo("read-only");
        assertThat(refused.get("error").asText()).startsWith("refused: the ad-hoc SQL connection may only read (H2 user ANALYST has"
                + " SELECT rights only): ");
        assertThat(snapshot()).as("hull_twin unchanged").isEqualTo(before);
        assertThat(tables()).doesNotContain("ANALYST_NOTES");
        assertThat(Files.exists(Path.of("notes.csv"))).isFalse();
    }

    @Test
    void aSyntaxErrorIsABadRequestWithH2sMessage() throws Exception {
        JsonNode r = json(sql("SELEC entity_id FROM hull_twin", "text/plain", ""), 400);
        JsonNode unknown = json(sql("SELECT * FROM no_such_table", "text/plain", ""), 400);

        assertThat(r.get("reason").asText()).isEqualTo("syntax-error");
        assertThat(r.get("error").asText()).contains("Syntax error in SQL statement", "SELEC");
        assertThat(unknown.get("reason").asText()).isEqualTo("unknown-name");
        assertThat(unknown.get("error").asText()).contains("NO_SUCH_TABLE");
    }

    @Test
    void badRequestsNameTheProblem() throws Exception {
        assertThat(json(sql("", "text/plain", ""), 400).get("error").asText()).isEqualTo("sql: no statement given");
        assertThat(json(sql("{\"query\": \"SELECT 1\"}", "application/json", ""), 400).get("reason").asText()).isEqualTo("bad-body");
        assertThat(json(sql("SELECT 1", "text/plain", "?format=xlsx"), 400).get("error").asText())
                .isEqualTo("format: must be json or csv, got 'xlsx'");
        assertThat(json(sql("SELECT 1", "text/plain", "?limit=1001"), 400).get("error").asText()).isEqualTo("limit: must be 1..1000, got 1001");
    }

    @Test
    void beyondLoopbackItNeedsTheTokenLikeTheChangingEndpoints() throws Exception {
        DashboardConfig config = DashboardConfig.defaults().withHost("0.0.0.0").withPort(0).withApiToken(TOKEN);
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer server = new DashboardServer(config, db.url, status, PipelineProbe.NONE).start()) {
            HttpFixture remote = new HttpFixture(server.port());
            HttpRequest.Builder without = HttpRequest.newBuilder(remote.uri("/api/sql")).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT 1"));
            HttpRequest.Builder with = HttpRequest.newBuilder(remote.uri("/api/sql")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("SELECT 1 AS one"));

            assertThat(remote.send(without.build()).statusCode()).isEqualTo(401);
            HttpResponse<String> ok = remote.send(with.build());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(HttpFixture.JSON.readTree(ok.body()).get("rows").get(0).get(0).asInt()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> sql(String body, String contentType, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri("/api/sql" + query)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as("status: %s", response.body()).isEqualTo(status);
        return HttpFixture.JSON.readTree(response.body());
    }

    private static String snapshot() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity_id, stage, man_hours FROM hull_twin ORDER BY entity_id")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getDouble(3)).append('\n');
            }
            return out.toString();
        }
    }

    private static List<String> tables() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
