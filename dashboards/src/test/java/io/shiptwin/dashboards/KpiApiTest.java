package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/kpis}, {@code /api/kpis/catalogue} and {@code /api/event-time} over tables as the Flink KPI windows write them. */
class KpiApiTest {
    static final String SHIP = "ship:88.118.8001/SHIP-H1";
    static final String ROBOTS = "88.118.8001/WC-WELDING-ROBOTS";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        try (Connection c = DriverManager.getConnection(db.url)) {
            kpi(c, "steel_throughput_t", "yard:wenchong", "HOUR", "10:00", 200, 200, 1, 3, 0);
            kpi(c, "steel_throughput_t", "yard:wenchong", "HOUR", "11:00", 50, 50, 1, 1, 1);
            kpi(c, "steel_throughput_t", "yard:wenchong", "DAY", "00:00", 250, 250, 1, 4, 1);
            kpi(c, "steel_throughput_t", SHIP, "HOUR", "10:00", 120, 120, 1, 1, 0);
            kpi(c, "rework_rate", "area:wenchong/paint-shop", "SHIFT", "06:00", 0.25, 1, 4, 4, 0);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO watermarks VALUES ('yard.events.raw', 'kpi windows', 0, TIMESTAMP WITH TIME ZONE '2026-03-02 11:59:55Z',"
                        + " TIMESTAMP WITH TIME ZONE '2026-03-02 12:00:00Z', 42, 1, TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:00Z')");
                s.execute("INSERT INTO dropped_events (source_topic, source_partition, source_offset, kind, event_id, asset_id, reason,"
                        + " recorded_at, watermark_at) VALUES ('yard.events.raw', 1, 7, 'LATE', 'run:dlv:3', '88.118.8001/DLV-H1-B1',"
                        + " 'late: material-delivered', TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:01Z', TIMESTAMP WITH TIME ZONE '2026-03-02 12:00:00Z')");
                String weld = "INSERT INTO weld_quality (block_id, work_centre, area, weld_start, weld_finish, resolved, arc_on_readings,"
                        + " out_of_window_readings, inspections, failed_inspections, dft_inspections, dft_passed, version, updated_at)"
                        + " VALUES (?, ?, 'shop', NULL, NULL, TRUE, ?, ?, ?, ?, ?, ?, 1,"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:00Z')";
                try (PreparedStatement ps = c.prepareStatement(weld)) {
                    Object[][] rows = {
                            {"88.118.8001/BLK-H1-B1", ROBOTS, 10, 3, 2, 1, 1, 1},
                            {"88.118.8001/BLK-H1-B2", ROBOTS, 10, 0, 2, 1, 1, 0},
                            {"88.118.8001/BLK-H1-B3", ROBOTS, 20, 1, 0, 0, 0, 0},
                            {"88.118.8001/BLK-H1-B4", null, 0, 0, 1, 1, 0, 0}};
                    for (Object[] r : rows) {
                        for (int i = 0; i < r.length; i++) {
                            ps.setObject(i + 1, r[i]);
                        }
                        ps.executeUpdate();
                    }
                }
                s.execute("INSERT INTO dropped_events (source_topic, source_partition, source_offset, kind, reason, recorded_at)"
                        + " VALUES ('yard.events.raw', 1, 8, 'DUPLICATE', 'duplicate', TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:01Z')");
            }
        }
        dashboard = RunningDashboard.over(db.url);
        http = dashboard.http;
    }

    private static void kpi(Connection c, String kpi, String scope, String window, String start, double value, double num, double den,
                            long events, long late) throws SQLException {
        long size = switch (window) {
            case "HOUR" -> 1;
            case "SHIFT" -> 8;
            default -> 24;
        };
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kpis VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', ?, ?, ?)")) {
            OffsetDateTime from = OffsetDateTime.parse("2026-03-02T" + start + ":00Z");
            ps.setString(1, kpi);
            ps.setString(2, scope);
            ps.setString(3, window);
            ps.setObject(4, from);
            ps.setObject(5, from.plusHours(size));
            ps.setString(6, scope.substring(0, scope.indexOf(':')));
            ps.setDouble(7, value);
            ps.setDouble(8, num);
            ps.setDouble(9, den);
            ps.setLong(10, events);
            ps.setLong(11, late);
            ps.setObject(12, OffsetDateTime.parse("2026-11-25T10:00:00Z"));
            ps.executeUpdate();
        }
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void theYardsHourlySteelThroughputByDefault() throws Exception {
        JsonNode a = http.getJson("/api/kpis", 200);

        assertThat(a.get("kpi").asText()).isEqualTo("steel_throughput_t");
        assertThat(a.get("unit").asText()).isEqualTo("t");
        assertThat(a.get("window").asText()).isEqualTo("hour");
        assertThat(a.get("series")).hasSize(1);
        JsonNode yard = a.get("series").get(0);
        assertThat(yard.get("scope").asText()).isEqualTo("yard:wenchong");
        assertThat(yard.get("points")).extracting(p -> p.get("windowStart").asText())
                .containsExactly("2026-03-02T10:00:00.000Z", "2026-03-02T11:00:00.000Z");
        assertThat(yard.get("points").get(0).get("value").asDouble()).isEqualTo(200.0);
        assertThat(yard.get("points").get(0).get("windowEnd").asText()).isEqualTo("2026-03-02T11:00:00.000Z");
        assertThat(yard.get("points").get(1).get("lateUpdates").asLong()).isEqualTo(1);
        assertThat(a.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aShipsSeriesAnAreasShiftAndTheLimit() throws Exception {
        JsonNode ship = http.getJson("/api/kpis?kpi=steel_throughput_t&window=hour&scope=" + SHIP, 200);
        assertThat(ship.get("series")).hasSize(1);
        assertThat(ship.get("series").get(0).get("points").get(0).get("value").asDouble()).isEqualTo(120.0);

        JsonNode rework = http.getJson("/api/kpis?kpi=rework_rate&window=SHIFT&scopeKind=area", 200);
        JsonNode p = rework.get("series").get(0).get("points").get(0);
        assertThat(p.get("value").asDouble()).isEqualTo(0.25);
        assertThat(p.get("denominator").asDouble()).isEqualTo(4.0);

        JsonNode last = http.getJson("/api/kpis?limit=1", 200);
        assertThat(last.get("series").get(0).get("points")).hasSize(1);
        assertThat(last.get("series").get(0).get("points").get(0).get("windowStart").asText()).isEqualTo("2026-03-02T11:00:00.000Z");
        assertThat(last.get("truncated").asBoolean()).isTrue();

        assertThat(http.getJson("/api/kpis?kpi=oee", 200).get("series")).as("no OEE written yet").isEmpty();
    }

    @Test
    void unknownKpiOrWindowAndBadScopesAreBadRequestsWithAReason() throws Exception {
        JsonNode kpi = http.getJson("/api/kpis?kpi=happiness", 400);
        assertThat(kpi.get("reason").asText()).isEqualTo("unknown-kpi");
        assertThat(kpi.get("error").asText()).startsWith("kpi: unknown 'happiness', expected one of [steel_throughput_t");
        JsonNode window = http.getJson("/api/kpis?window=week", 400);
        assertThat(window.get("reason").asText()).isEqualTo("unknown-window");
        assertThat(window.get("error").asText()).isEqualTo("window: unknown 'week', expected one of [hour, shift, day]");
        assertThat(http.getJson("/api/kpis?scope=dock-1", 400).get("reason").asText()).isEqualTo("bad-scope");
        assertThat(http.getJson("/api/kpis?scopeKind=crane", 400).get("reason").asText()).isEqualTo("bad-scope");
        assertThat(http.getJson("/api/kpis?limit=0", 400).get("error").asText()).isEqualTo("limit: must be 1..20000, got 0");
    }

    @Test
    void theCatalogueListsKpisWindowsAndTheScopesWithValues() throws Exception {
        JsonNode c = http.getJson("/api/kpis/catalogue", 200);
        assertThat(c.get("kpis")).extracting(k -> k.get("id").asText()).contains("steel_throughput_t", "rework_rate", "oee");
        assertThat(c.get("windows")).extracting(JsonNode::asText).containsExactly("hour", "shift", "day");
        assertThat(c.get("scopes")).extracting(s -> s.get("scope").asText())
                .containsExactly("yard:wenchong", SHIP, "area:wenchong/paint-shop");
    }

    @Test
    void eventTimeShowsTheWatermarkBehindTheSimulatedClockAndWhereLateEventsWent() throws Exception {
        JsonNode e = http.getJson("/api/event-time", 200);
        JsonNode src = e.get("sources").get(0);
        assertThat(src.get("source").asText()).isEqualTo("yard.events.raw");
        assertThat(src.get("watermark").asText()).isEqualTo("2026-03-02T11:59:55.000Z");
        assertThat(src.get("simulatedClock").asText()).isEqualTo("2026-03-02T12:00:00.000Z");
        assertThat(src.get("lagMillis").asLong()).isEqualTo(5000);
        assertThat(e.get("lateEvents").asLong()).as("LATE rows only, not duplicates").isEqualTo(1);
        assertThat(e.get("recentLate").get(0).get("eventId").asText()).isEqualTo("run:dlv:3");
        assertThat(e.get("recentLate").get(0).get("watermark").asText()).isEqualTo("2026-03-02T12:00:00.000Z");
        assertThat(e.get("lateGoesTo")).extracting(JsonNode::asText).anySatisfy(d -> assertThat(d).contains("yard.deadletter"));
    }

    @Test
    void stationsShowDefectRateOutOfWindowWeldingAndTheBlocksThatFailedAfterIt() throws Exception {
        JsonNode a = http.getJson("/api/kpis/stations", 200);
        assertThat(a.get("stations")).as("blocks without a known station are left out").hasSize(1);
        JsonNode st = a.get("stations").get(0);
        assertThat(st.get("workCentre").asText()).isEqualTo(ROBOTS);
        assertThat(st.get("blocks").asLong()).isEqualTo(3);
        assertThat(st.get("arcOnReadings").asLong()).isEqualTo(40);
        assertThat(st.get("outOfWindowReadings").asLong()).isEqualTo(4);
        assertThat(st.get("outOfWindowRate").asDouble()).isEqualTo(0.1);
        assertThat(st.get("inspections").asLong()).isEqualTo(4);
        assertThat(st.get("defectRate").asDouble()).isEqualTo(0.5);
        assertThat(st.get("failedAfterOutOfWindow").asLong()).isEqualTo(1);
        assertThat(st.get("dftCompliance").asDouble()).isEqualTo(0.5);
        assertThat(a.get("failedAfterOutOfWindow")).extracting(b -> b.get("blockId").asText()).containsExactly("88.118.8001/BLK-H1-B1");
    }
}
