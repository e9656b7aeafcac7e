package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maintenance endpoints over real H2 tables as the Flink equipment care writes them. */
class MaintenanceApiTest {
    static final String P1 = "88.118.8001/EQ-DOCK-1-P1";
    static final String P2 = "88.118.8001/EQ-DOCK-1-P2";
    static final String GC01 = "88.118.8001/EQ-GC-01";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(P1, "pump", "dock-1", 900, "2026-03-08T10:00:00.000Z")
                .twin(P2, "pump", "dock-1", 900, "2026-03-08T10:00:00.000Z")
                .twin(GC01, "crane", "dock-1", 900, "2026-03-08T10:00:00.000Z")
                .twin("88.118.8001/EQ-PB-01", "paint-booth", "paint-shop", 10, "2026-03-08T10:00:00.000Z")
                .condition(P1, "WORKING", "2026-03-02T06:00:00.000Z", 31.5, "vibration_mm_s")
                .condition(P2, "IDLE", "2026-03-02T06:00:00.000Z", null, null)
                .condition(GC01, "DOWN", "2026-03-08T09:00:00.000Z", null, null)
                .workOrder("88.118.8001/WO-DOCK-1-P1-D1", P1, "2026-03-01T12:00:00.000Z", 40.0, "2026-03-01T20:00:00.000Z")
                .workOrder("88.118.8001/WO-DOCK-1-P1-D2", P1, "2026-03-08T08:00:00.000Z", 31.5, null)
                .shift(P1, "2026-03-07T14:00:00.000Z", 8, 8, 0)
                .shift(P1, "2026-03-08T06:00:00.000Z", 4, 3, 1)
                .shift(GC01, "2026-03-08T06:00:00.000Z", 8, 4, 1);
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
    void workOrdersOpenFirstWithTheirReasonRulAndClosure() throws Exception {
        JsonNode list = http.getJson("/api/maintenance/work-orders", 200);

        assertThat(list.get("workOrders")).extracting(w -> w.get("workOrderId").asText())
                .containsExactly("88.118.8001/WO-DOCK-1-P1-D2", "88.118.8001/WO-DOCK-1-P1-D1");
        JsonNode open = list.get("workOrders").get(0);
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(open.get("assetId").asText()).isEqualTo(P1);
        assertThat(open.get("rulHours").asDouble()).isEqualTo(31.5);
        assertThat(open.get("closedAt").isNull()).isTrue();
        assertThat(open.get("reasonAlertId").asText()).startsWith(P1 + "/pump-bearing-vibration-drift/");
        JsonNode closed = list.get("workOrders").get(1);
        assertThat(closed.get("closedAt").asText()).isEqualTo("2026-03-01T20:00:00.000Z");
        assertThat(closed.get("closedBy").asText()).isEqualTo("equipment-repaired");
        assertThat(list.get("open").asLong()).isEqualTo(1);
        assertThat(list.get("closed").asLong()).isEqualTo(1);

        JsonNode onlyClosed = http.getJson("/api/maintenance/work-orders?status=closed&limit=5", 200);
        assertThat(onlyClosed.get("workOrders")).singleElement()
                .satisfies(w -> assertThat(w.get("status").asText()).isEqualTo("CLOSED"));
    }

    @Test
    void machinesWithAStatusShortestRemainingLifeFirstWithOpenOrderAndLastShift() throws Exception {
        JsonNode list = http.getJson("/api/maintenance/equipment", 200);

        assertThat(list.get("machines")).extracting(m -> m.get("assetId").asText()).containsExactly(P1, GC01, P2);
        JsonNode p1 = list.get("machines").get(0);
        assertThat(p1.get("status").asText()).isEqualTo("WORKING");
        assertThat(p1.get("rulHours").asDouble()).isEqualTo(31.5);
        assertThat(p1.get("driftChannel").asText()).isEqualTo("vibration_mm_s");
        assertThat(p1.get("openWorkOrder").asText()).isEqualTo("88.118.8001/WO-DOCK-1-P1-D2");
        assertThat(p1.get("lastShift").get("shiftStart").asText()).isEqualTo("2026-03-08T06:00:00.000Z");
        assertThat(p1.get("lastShift").get("availability").asDouble()).isEqualTo(0.75);
        assertThat(p1.get("lastShift").get("oee").asDouble()).isEqualTo(0.75);
        JsonNode crane = list.get("machines").get(1);
        assertThat(crane.get("status").asText()).isEqualTo("DOWN");
        assertThat(crane.get("rulHours").isNull()).isTrue();
        assertThat(crane.get("openWorkOrder").isNull()).isTrue();
        assertThat(list.get("byStatus").get("WORKING").asLong()).isEqualTo(1);
        assertThat(list.get("byStatus").get("DOWN").asLong()).isEqualTo(1);
        assertThat(list.get("byStatus").get("MAINTENANCE").asLong()).isZero();
    }

    @Test
    void shiftsLatestFirstForOneMachineOrAll() throws Exception {
        JsonNode p1 = http.getJson("/api/maintenance/shifts?assetId=" + P1, 200);
        JsonNode all = http.getJson("/api/maintenance/shifts?limit=2", 200);

        assertThat(p1.get("shifts")).extracting(s -> s.get("shiftStart").asText())
                .containsExactly("2026-03-08T06:00:00.000Z", "2026-03-07T14:00:00.000Z");
        assertThat(p1.get("shifts").get(1).get("oee").asDouble()).isEqualTo(1.0);
        assertThat(all.get("shifts")).hasSize(2);
        assertThat(all.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void badParametersAreBadRequestsNamingThem() throws Exception {
        assertThat(http.getJson("/api/maintenance/work-orders?status=DONE", 400).get("error").asText())
                .isEqualTo("status: must be OPEN or CLOSED, got 'DONE'");
        assertThat(http.getJson("/api/maintenance/work-orders?limit=1001", 400).get("error").asText())
                .isEqualTo("limit: must be 1..1000, got 1001");
        assertThat(http.getJson("/api/maintenance/shifts?limit=ten", 400).get("error").asText())
                .isEqualTo("limit: expected an integer 1..1000, got 'ten'");
        assertThat(http.getJson("/api/maintenance/shifts?assetId=no-prefix", 400).get("error").asText()).startsWith("assetId: ");
    }
}
