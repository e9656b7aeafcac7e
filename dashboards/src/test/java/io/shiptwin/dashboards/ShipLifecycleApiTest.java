package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/ships} and {@code /api/ships/{identifier}/lifecycle} over real H2 hull twin tables. */
class ShipLifecycleApiTest {
    static final String SHIP = "88.118.8001/SHIP-H1234";
    static final String GB = "88.118.8001/GB-H1234-G01";
    static final String B101 = "88.118.8001/BLK-H1234-B101";
    static final String B102 = "88.118.8001/BLK-H1234-B102";
    static final String OTHER_SHIP = "88.118.8001/SHIP-H2000";
    static final String OTHER_BLOCK = "88.118.8001/BLK-H2000-B001";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .hull(SHIP, "ship", SHIP, "ERECTION", 4, 10, 1_000, 0, 0, 0, "2026-03-05T00:00:00.000Z")
                .hull(GB, "grand-block", SHIP, "PRE_ERECTION", 3, 20, 2_000, 1, 0, 0, "2026-03-04T00:00:00.000Z")
                .hull(B101, "block", SHIP, "PAINTING", 7, 120.5, 45_000, 3, 1, 2, "2026-03-03T12:00:00.000Z")
                .hull(B102, "block", SHIP, null, 1, 8, 500, 0, 0, 0, "2026-03-01T01:00:00.000Z")
                .hull(OTHER_BLOCK, "block", OTHER_SHIP, "CUTTING", 1, 5, 100, 0, 0, 0, "2026-03-01T00:00:00.000Z")
                .stageDates(B101, "PAINTING", "2026-03-03T00:00:00.000Z", null, 7)
                .stageDates(B101, "CUTTING", "2026-03-01T00:00:00.000Z", "2026-03-01T08:00:00.000Z", 2)
                .stageDates(B101, "BLOCK_ASSEMBLY", "2026-03-01T08:00:00.000Z", "2026-03-02T20:00:00.000Z", 5)
                .stageDates(GB, "PRE_ERECTION", "2026-03-04T00:00:00.000Z", null, 3)
                .stageDates(SHIP, "ERECTION", "2026-03-05T00:00:00.000Z", null, 4)
                .stageDates(OTHER_BLOCK, "CUTTING", "2026-03-01T00:00:00.000Z", null, 1)
                .shipTotals(SHIP, 10, 148.5, 1_000, 47_500);
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
    void shipsListEveryShipWithItsStageCountsAndTotals() throws Exception {
        JsonNode ships = http.getJson("/api/ships", 200);

        assertThat(ships).extracting(s -> s.get("shipId").asText()).containsExactly(SHIP, OTHER_SHIP);
        JsonNode h1234 = ships.get(0);
        assertThat(h1234.get("stage").asText()).isEqualTo("ERECTION");
        assertThat(h1234.get("blocks").asInt()).isEqualTo(2);
        assertThat(h1234.get("grandBlocks").asInt()).isEqualTo(1);
        assertThat(h1234.get("manHours").asDouble()).isEqualTo(158.5);
        assertThat(h1234.get("costMinorUnits").asLong()).isEqualTo(48_500);
        assertThat(h1234.get("currency").asText()).isEqualTo("CNY");
        assertThat(h1234.get("lastEventTime").asText()).isEqualTo("2026-03-05T00:00:00.000Z");
        // No ship row and no totals yet: the ship is still known from its block, with the block's own flows.
        JsonNode h2000 = ships.get(1);
        assertThat(h2000.get("stage").isNull()).isTrue();
        assertThat(h2000.get("blocks").asInt()).isEqualTo(1);
        assertThat(h2000.get("manHours").asDouble()).isEqualTo(5.0);
    }

    @Test
    void lifecycleGivesBlocksWithStagesInLifecycleOrderAndTheirFlows() throws Exception {
        JsonNode life = http.getJson("/api/ships/" + SHIP + "/lifecycle", 200);

        assertThat(life.get("ship").get("shipId").asText()).isEqualTo(SHIP);
        assertThat(life.get("stages")).extracting(s -> s.get("stage").asText()).containsExactly("ERECTION");
        assertThat(life.get("blocks")).extracting(b -> b.get("entityId").asText()).containsExactly(GB, B101, B102);
        JsonNode b101 = life.get("blocks").get(1);
        assertThat(b101.get("kind").asText()).isEqualTo("block");
        assertThat(b101.get("stage").asText()).isEqualTo("PAINTING");
        assertThat(b101.get("stages")).extracting(s -> s.get("stage").asText())
                .containsExactly("CUTTING", "BLOCK_ASSEMBLY", "PAINTING");
        JsonNode cutting = b101.get("stages").get(0);
        assertThat(cutting.get("label").asText()).isEqualTo("cutting");
        assertThat(cutting.get("startedAt").asText()).isEqualTo("2026-03-01T00:00:00.000Z");
        assertThat(cutting.get("finishedAt").asText()).isEqualTo("2026-03-01T08:00:00.000Z");
        assertThat(b101.get("stages").get(1).get("label").asText()).isEqualTo("block assembly");
        assertThat(b101.get("stages").get(2).get("finishedAt").isNull()).isTrue();
        JsonNode flows = b101.get("flows");
        assertThat(flows.get("manHours").asDouble()).isEqualTo(120.5);
        assertThat(flows.get("costMinorUnits").asLong()).isEqualTo(45_000);
        assertThat(flows.get("currency").asText()).isEqualTo("CNY");
        assertThat(flows.get("inspectionsPassed").asLong()).isEqualTo(3);
        assertThat(flows.get("inspectionsFailed").asLong()).isEqualTo(1);
        assertThat(flows.get("nonConformancesOpened").asLong()).isEqualTo(2);
        JsonNode b102 = life.get("blocks").get(2);
        assertThat(b102.get("stage").isNull()).isTrue();
        assertThat(b102.get("stages")).isEmpty();
    }

    @Test
    void encodedSlashIsTheSameShip() throws Exception {
        JsonNode life = http.getJson("/api/ships/88.118.8001%2FSHIP-H2000/lifecycle", 200);

        assertThat(life.get("blocks")).extracting(b -> b.get("entityId").asText()).containsExactly(OTHER_BLOCK);
    }

    @Test
    void unknownShipIs404WithAReason() throws Exception {
        JsonNode body = http.getJson("/api/ships/88.118.8001/SHIP-H9999/lifecycle", 404);

        assertThat(body.get("error").asText()).contains("no ship", "88.118.8001/SHIP-H9999");
        assertThat(body.get("shipId").asText()).isEqualTo("88.118.8001/SHIP-H9999");
    }

    @Test
    void malformedIdentifierIs400NamingTheProblem() throws Exception {
        JsonNode body = http.getJson("/api/ships/SHIP-H1234/lifecycle", 400);

        assertThat(body.get("error").asText()).contains("SHIP-H1234");
        assertThat(body.get("shipId").asText()).isEqualTo("SHIP-H1234");
    }
}
