package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle twin over HTTP: planned beside actual dates, the seven flows, the predicted delivery, the docks. */
class ShipScheduleApiTest {
    static final String SHIP = "88.118.8001/SHIP-H1234";
    static final String B101 = "88.118.8001/BLK-H1234-B101";
    static final String LAUNCHED = "88.118.8001/SHIP-H1000";
    static final String DOCK_1 = "88.118.8001/WC-DOCK-1";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .hull(SHIP, "ship", SHIP, "ERECTION", 4, 10, 1_000, 0, 0, 0, "2026-06-05T00:00:00.000Z")
                .hull(B101, "block", SHIP, "BLOCK_ASSEMBLY", 7, 120.5, 45_000, 3, 1, 2, "2026-03-15T12:00:00.000Z")
                .hull(LAUNCHED, "ship", LAUNCHED, "QUAY_OUTFITTING", 9, 0, 0, 0, 0, 0, "2026-05-01T00:00:00.000Z")
                .stageDates(B101, "BLOCK_ASSEMBLY", "2026-03-15T00:00:00.000Z", null, 7)
                .plan(B101, "BLOCK_ASSEMBLY", "2026-03-10T00:00:00.000Z", "2026-03-12T00:00:00.000Z")
                .plan(B101, "PAINTING", "2026-03-14T00:00:00.000Z", "2026-03-16T00:00:00.000Z")
                .plan(SHIP, "DELIVERED", "2026-09-01T00:00:00.000Z", "2026-09-01T00:00:00.000Z")
                .flows(B101, SHIP, "block", 1, 55.5, 14, 36, 2, 1, 120.0)
                .schedule(SHIP, "2026-09-01T00:00:00.000Z", "2026-09-06T00:00:00.000Z", 5, B101, DOCK_1,
                        "2026-06-01T00:00:00.000Z", null)
                .schedule(LAUNCHED, "2026-08-01T00:00:00.000Z", "2026-08-01T00:00:00.000Z", 0, null, DOCK_1,
                        "2026-02-01T00:00:00.000Z", "2026-04-20T00:00:00.000Z");
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
    void stagesCarryTheirPlanBesideTheActualDatesAndPlannedOnlyStagesAreListed() throws Exception {
        JsonNode life = http.getJson("/api/ships/" + SHIP + "/lifecycle", 200);

        JsonNode b101 = life.get("blocks").get(0);
        assertThat(b101.get("stages")).extracting(s -> s.get("stage").asText()).containsExactly("BLOCK_ASSEMBLY", "PAINTING");
        JsonNode assembly = b101.get("stages").get(0);
        assertThat(assembly.get("plannedStart").asText()).isEqualTo("2026-03-10T00:00:00.000Z");
        assertThat(assembly.get("plannedFinish").asText()).isEqualTo("2026-03-12T00:00:00.000Z");
        assertThat(assembly.get("startedAt").asText()).isEqualTo("2026-03-15T00:00:00.000Z");
        JsonNode painting = b101.get("stages").get(1);
        assertThat(painting.get("startedAt").isNull()).isTrue();
        assertThat(painting.get("plannedStart").asText()).isEqualTo("2026-03-14T00:00:00.000Z");
        assertThat(life.get("stages")).extracting(s -> s.get("plannedStart").asText()).containsExactly("2026-09-01T00:00:00.000Z");
    }

    @Test
    void aBlockHasItsSevenFlowsQualityStatusAndSlip() throws Exception {
        JsonNode flows = http.getJson("/api/ships/" + SHIP + "/lifecycle", 200).get("blocks").get(0).get("flows");

        assertThat(flows.get("designRevisions").asLong()).isEqualTo(1);
        assertThat(flows.get("manHours").asDouble()).isEqualTo(120.5);
        assertThat(flows.get("materialDeliveredTonnes").asDouble()).isEqualTo(55.5);
        assertThat(flows.get("costMinorUnits").asLong()).isEqualTo(45_000);
        assertThat(flows.get("energyKwh").asDouble()).isEqualTo(60.25);
        assertThat(flows.get("equipmentHours").asDouble()).isEqualTo(14.0);
        assertThat(flows.get("crewHours").asDouble()).isEqualTo(36.0);
        assertThat(flows.get("openNonConformances").asLong()).isEqualTo(1);
        assertThat(flows.get("slipHours").asDouble()).isEqualTo(120.0);
        assertThat(flows.get("stagesDone").asInt()).isEqualTo(4);
    }

    @Test
    void theShipHasItsPlannedAndPredictedDeliveryProgressAndDock() throws Exception {
        JsonNode ships = http.getJson("/api/ships", 200);
        JsonNode schedule = ships.get(1).get("schedule");

        assertThat(ships.get(1).get("shipId").asText()).isEqualTo(SHIP);
        assertThat(schedule.get("plannedDelivery").asText()).isEqualTo("2026-09-01T00:00:00.000Z");
        assertThat(schedule.get("predictedDelivery").asText()).isEqualTo("2026-09-06T00:00:00.000Z");
        assertThat(schedule.get("slipDays").asDouble()).isEqualTo(5.0);
        assertThat(schedule.get("criticalEntity").asText()).isEqualTo(B101);
        assertThat(schedule.get("progressPct").asDouble()).isEqualTo(25.0);
        assertThat(schedule.get("dock").asText()).isEqualTo(DOCK_1);
        assertThat(schedule.get("inDock").asBoolean()).isTrue();
        assertThat(schedule.get("openNonConformances").asLong()).isEqualTo(2);
    }

    @Test
    void docksListWhoIsAndWasInEachDock() throws Exception {
        JsonNode docks = http.getJson("/api/docks", 200);

        assertThat(docks).extracting(d -> d.get("shipId").asText()).containsExactly(LAUNCHED, SHIP);
        assertThat(docks.get(0).get("inDock").asBoolean()).isFalse();
        assertThat(docks.get(0).get("dockOut").asText()).isEqualTo("2026-04-20T00:00:00.000Z");
        assertThat(docks.get(1).get("inDock").asBoolean()).isTrue();
        assertThat(docks.get(1).get("dockOut").isNull()).isTrue();
    }

    @Test
    void unknownShipIs404AndMalformedIdentifierIs400() throws Exception {
        assertThat(http.getJson("/api/ships/88.118.8001/SHIP-H9999/lifecycle", 404).get("error").asText()).contains("no ship");
        assertThat(http.getJson("/api/ships/not-an-identifier/lifecycle", 400).get("shipId").asText()).isEqualTo("not-an-identifier");
    }
}
