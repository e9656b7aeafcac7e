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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/yard/map} over real H2 twin tables: areas in flow order, live and quiet machines, stages, ships. */
class YardMapApiTest {
    static final String CUTTER = "88.118.8001/EQ-CNC-CUTTING-01";
    static final String CRANE = "88.118.8001/EQ-GC-01";
    static final String PUMP = "88.118.8001/EQ-DOCK-1-PUMP-1";
    static final String BOOTH = "88.118.8001/EQ-PAINT-SHOP-01";
    static final String SHIP = "88.118.8001/SHIP-H1234";
    static final String DELIVERED = "88.118.8001/SHIP-H1000";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "GANTRY_CRANE", "dock-1", 10, "2026-03-02T00:00:00.000Z")
                .twin(PUMP, "DOCK_PUMP", "dock-1", 4, "2026-03-02T00:00:00.000Z")
                .twin(BOOTH, "PAINT_BOOTH", "paint-shop", 3, "2026-03-02T00:00:00.000Z")
                .twin(CUTTER, "CNC_CUTTER", "cutting-shop", 7, "2026-03-02T00:00:00.000Z")
                .alert(CRANE, "crane-lift-in-wind", "e1", "2026-03-02T00:00:10.000Z", null)
                .alert(CRANE, "crane-overload", "e2", "2026-03-02T00:00:20.000Z", null)
                .alert(BOOTH, "booth-humidity-over-limit", "e3", "2026-03-02T00:00:30.000Z", "2026-03-02T00:00:40.000Z")
                .hull(SHIP, "ship", SHIP, "ERECTION", 4, 10, 1_000, 0, 0, 0, "2026-03-05T00:00:00.000Z")
                .hull(DELIVERED, "ship", DELIVERED, "DELIVERED", 9, 10, 1_000, 0, 0, 0, "2026-03-05T00:00:00.000Z")
                .hull("88.118.8001/GB-H1234-G01", "grand-block", SHIP, "PRE_ERECTION", 3, 20, 2_000, 1, 0, 0, "2026-03-04T00:00:00.000Z")
                .hull("88.118.8001/BLK-H1234-B101", "block", SHIP, "PAINTING", 7, 1, 1, 0, 0, 0, "2026-03-03T12:00:00.000Z")
                .hull("88.118.8001/BLK-H1234-B102", "block", SHIP, "PAINTING", 7, 1, 1, 0, 0, 0, "2026-03-03T12:00:00.000Z")
                .hull("88.118.8001/BLK-H1234-B103", "block", SHIP, "CUTTING", 2, 1, 1, 0, 0, 0, "2026-03-03T12:00:00.000Z")
                .hull("88.118.8001/BLK-H1234-B104", "block", SHIP, null, 1, 1, 1, 0, 0, 0, "2026-03-03T12:00:00.000Z")
                .stageDates(SHIP, "ERECTION", "2026-03-05T00:00:00.000Z", null, 4)
                .schedule(SHIP, "2026-09-01T00:00:00.000Z", "2026-09-03T00:00:00.000Z", 2, null, "dock-1",
                        "2026-03-05T00:00:00.000Z", null);
        try (Connection c = DriverManager.getConnection(db.url);
             PreparedStatement ps = c.prepareStatement("UPDATE equipment_twin SET updated_at = ?, status = 'WORKING' WHERE asset_id = ?");
             PreparedStatement down = c.prepareStatement("UPDATE equipment_twin SET status = 'DOWN' WHERE asset_id = ?")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(2, CRANE);
            ps.executeUpdate();
            down.setString(1, PUMP);
            down.executeUpdate();
        }
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
    void areasFollowTheMaterialFlowWithTheirEquipment() throws Exception {
        JsonNode map = http.getJson("/api/yard/map", 200);

        assertThat(names(map.get("areas"), "name")).containsExactly("cutting-shop", "paint-shop", "dock-1");
        assertThat(map.get("equipment").asLong()).isEqualTo(4);
        JsonNode dock = map.get("areas").get(2);
        assertThat(names(dock.get("equipment"), "assetId")).containsExactly(PUMP, CRANE);
        JsonNode crane = dock.get("equipment").get(1);
        assertThat(crane.get("tag").asText()).isEqualTo("EQ-GC-01");
        assertThat(crane.get("assetType").asText()).isEqualTo("GANTRY_CRANE");
        assertThat(crane.get("live").asBoolean()).as("updated just now").isTrue();
        assertThat(dock.get("equipment").get(0).get("live").asBoolean()).as("updated a year ago").isFalse();
        assertThat(crane.get("openAlerts").asLong()).isEqualTo(2);
        assertThat(crane.get("status").asText()).isEqualTo("WORKING");
        assertThat(dock.get("equipment").get(0).get("status").asText()).isEqualTo("DOWN");
        assertThat(map.get("areas").get(0).get("equipment").get(0).get("status").isNull()).as("not judged yet").isTrue();
        assertThat(dock.get("openAlerts").asLong()).isEqualTo(2);
        assertThat(map.get("areas").get(1).get("openAlerts").asLong()).as("the booth's alert is cleared").isZero();
        assertThat(map.get("live").asLong()).isEqualTo(1);
        assertThat(map.get("openAlerts").asLong()).isEqualTo(2);
    }

    @Test
    void blocksInProgressAreCountedByStageAndShipsFromErectionOn() throws Exception {
        JsonNode map = http.getJson("/api/yard/map", 200);

        JsonNode stages = map.get("stages");
        assertThat(names(stages, "stage")).startsWith("DESIGN", "MATERIAL", "CUTTING").endsWith("PAINTING", "PRE_ERECTION");
        assertThat(stage(stages, "PAINTING").get("blocks").asLong()).isEqualTo(2);
        assertThat(names(stage(stages, "PAINTING").get("sample"), null))
                .containsExactly("88.118.8001/BLK-H1234-B101", "88.118.8001/BLK-H1234-B102");
        assertThat(stage(stages, "CUTTING").get("blocks").asLong()).isEqualTo(1);
        assertThat(stage(stages, "PRE_ERECTION").get("grandBlocks").asLong()).isEqualTo(1);
        assertThat(stage(stages, "PRE_ERECTION").get("blocks").asLong()).isZero();
        long counted = 0;
        for (JsonNode s : stages) {
            counted += s.get("blocks").asLong();
        }
        assertThat(counted).as("a block without a stage yet is not drawn").isEqualTo(3);

        assertThat(map.get("ships")).hasSize(1);
        JsonNode ship = map.get("ships").get(0);
        assertThat(ship.get("shipId").asText()).isEqualTo(SHIP);
        assertThat(ship.get("stage").asText()).isEqualTo("ERECTION");
        assertThat(ship.get("since").asText()).isEqualTo("2026-03-05T00:00:00.000Z");
        assertThat(ship.get("dock").asText()).as("from the lifecycle twin's dock occupancy").isEqualTo("dock-1");
    }

    @Test
    void flowOrderPlacesKnownAreaNamesAlongTheFlowAndOthersLast() {
        assertThat(YardMap.flowOrder("steel-stockyard")).isLessThan(YardMap.flowOrder("cutting-shop"));
        assertThat(YardMap.flowOrder("cutting-shop")).isLessThan(YardMap.flowOrder("panel-line"));
        assertThat(YardMap.flowOrder("panel-line")).isLessThan(YardMap.flowOrder("assembly-hall"));
        assertThat(YardMap.flowOrder("assembly-hall")).isLessThan(YardMap.flowOrder("outfitting-hall"));
        assertThat(YardMap.flowOrder("outfitting-hall")).isLessThan(YardMap.flowOrder("paint-shop"));
        assertThat(YardMap.flowOrder("paint-shop")).isLessThan(YardMap.flowOrder("pre-erection"));
        assertThat(YardMap.flowOrder("pre-erection")).isLessThan(YardMap.flowOrder("dock-2"));
        assertThat(YardMap.flowOrder("dock-2")).isLessThan(YardMap.flowOrder("quay"));
        assertThat(YardMap.flowOrder("outfitting-quay")).isEqualTo(YardMap.flowOrder("quay"));
        assertThat(YardMap.flowOrder("quay")).isLessThan(YardMap.flowOrder("sea-trials"));
        assertThat(YardMap.flowOrder("sea-trials")).isLessThan(YardMap.flowOrder("fleet"));
        assertThat(YardMap.flowOrder("fleet")).isLessThan(YardMap.flowOrder("yard-office"));
        assertThat(YardMap.flowOrder("shop")).as("a generic workshop sits with fabrication")
                .isEqualTo(YardMap.flowOrder("cutting-shop")).isLessThan(YardMap.flowOrder("network"));
    }

    private static JsonNode stage(JsonNode stages, String name) {
        for (JsonNode s : stages) {
            if (s.get("stage").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }
}
