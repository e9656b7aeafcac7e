package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/service} and {@code /api/service/{identifier}} over real H2 service twin tables. */
class ServiceApiTest {
    static final String SHIP = "88.118.8001/SHIP-H1001";
    static final String NEW_SHIP = "88.118.8001/SHIP-H1002";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    /** Named, so a column added to the table fails here instead of shifting the values into the wrong ones. */
    private static final String SERVICE_COLUMNS = "INSERT INTO ship_service (ship_id, version, delivered_at, reports, reported_hours, hours_at_sea, distance_nm, fuel_t, main_engine_hours,"
                    + " mean_speed_knots, fuel_t_per_nm, fuel_t_per_day_at_sea, last_report_at, annual_surveys, intermediate_surveys,"
                    + " special_surveys, other_surveys, surveys_failed_open, last_survey_id, last_survey_kind, last_survey_at,"
                    + " last_survey_passed, next_survey_kind, next_survey_number, next_survey_due, survey_overdue, last_event_id,"
                    + " last_event_time, updated_at) VALUES (";
    private static final String SURVEY_COLUMNS = "INSERT INTO ship_surveys (survey_id, ship_id, kind, survey_number, society,"
            + " passed, completed_at, due_at, event_id, updated_at) VALUES (";

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            s.execute(SERVICE_COLUMNS + "'" + SHIP + "', 1500, TIMESTAMP WITH TIME ZONE '2026-03-25T13:27:15.000Z',"
                    + " 1460, 8760, 5694, 79716, 5694, 5694, 14, 0.0714, 24, TIMESTAMP WITH TIME ZONE '2027-03-25T13:27:15.000Z',"
                    + " 1, 0, 0, 0, 1, '88.118.8001/SRV-H1001-A1', 'ANNUAL', TIMESTAMP WITH TIME ZONE '2027-03-25T19:27:15.000Z',"
                    + " FALSE, 'ANNUAL', 2, TIMESTAMP WITH TIME ZONE '2028-03-25T01:27:15.000Z', FALSE, 'e1500',"
                    + " TIMESTAMP WITH TIME ZONE '2027-03-25T19:27:15.000Z', TIMESTAMP WITH TIME ZONE '2026-11-26T00:00:00.000Z')");
            // Reports seen before the delivery: no delivery date, no next survey yet.
            s.execute(SERVICE_COLUMNS + "'" + NEW_SHIP + "', 1, NULL, 1, 6, 4, 56, 4, 4, 14, 0.0714, 24,"
                    + " TIMESTAMP WITH TIME ZONE '2026-04-01T06:00:00.000Z', 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " FALSE, 'e1', TIMESTAMP WITH TIME ZONE '2026-04-01T06:00:00.000Z', TIMESTAMP WITH TIME ZONE '2026-11-26T00:00:00.000Z')");
            s.execute(SURVEY_COLUMNS + "'88.118.8001/SRV-H1001-A1', '" + SHIP + "', 'ANNUAL', 1, 'CCS', FALSE,"
                    + " TIMESTAMP WITH TIME ZONE '2027-03-25T19:27:15.000Z', TIMESTAMP WITH TIME ZONE '2027-03-25T19:27:15.000Z', 's1',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-26T00:00:00.000Z')");
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
    void theListHoldsEveryShipInServiceWithItsTotalsAndNextSurveyDue() throws Exception {
        JsonNode ships = http.getJson("/api/service", 200);
        assertThat(ships).extracting(s -> s.get("shipId").asText()).containsExactly(SHIP, NEW_SHIP);
        JsonNode h1001 = ships.get(0);
        assertThat(h1001.get("deliveredAt").asText()).isEqualTo("2026-03-25T13:27:15.000Z");
        assertThat(h1001.get("reports").asLong()).isEqualTo(1460);
        assertThat(h1001.get("distanceNm").asDouble()).isEqualTo(79_716.0);
        assertThat(h1001.get("fuelTonnesPerDayAtSea").asDouble()).isEqualTo(24.0);
        assertThat(h1001.get("annualSurveys").asInt()).isEqualTo(1);
        assertThat(h1001.get("surveysFailedOpen").asInt()).isEqualTo(1);
        assertThat(h1001.get("lastSurveyPassed").asBoolean()).isFalse();
        assertThat(h1001.get("nextSurveyKind").asText()).isEqualTo("ANNUAL");
        assertThat(h1001.get("nextSurveyNumber").asInt()).isEqualTo(2);
        assertThat(h1001.get("nextSurveyDue").asText()).isEqualTo("2028-03-25T01:27:15.000Z");
        JsonNode h1002 = ships.get(1);
        assertThat(h1002.get("deliveredAt").isNull()).isTrue();
        assertThat(h1002.get("nextSurveyKind").isNull()).isTrue();
        assertThat(h1002.get("nextSurveyNumber").isNull()).isTrue();
        assertThat(h1002.get("lastSurveyPassed").isNull()).isTrue();
    }

    @Test
    void oneShipComesWithItsSurveys() throws Exception {
        JsonNode d = http.getJson("/api/service/" + SHIP, 200);
        assertThat(d.get("ship").get("shipId").asText()).isEqualTo(SHIP);
        assertThat(d.get("surveys")).hasSize(1);
        JsonNode a1 = d.get("surveys").get(0);
        assertThat(a1.get("surveyId").asText()).isEqualTo("88.118.8001/SRV-H1001-A1");
        assertThat(a1.get("kind").asText()).isEqualTo("ANNUAL");
        assertThat(a1.get("number").asInt()).isEqualTo(1);
        assertThat(a1.get("passed").asBoolean()).isFalse();
        assertThat(a1.get("dueAt").asText()).isEqualTo("2027-03-25T19:27:15.000Z");
        // The '/' of the identifier may be encoded too.
        assertThat(http.getJson("/api/service/88.118.8001%2FSHIP-H1001", 200).get("ship").get("reports").asLong()).isEqualTo(1460);
        assertThat(http.getJson("/api/service/" + NEW_SHIP, 200).get("surveys")).isEmpty();
    }

    @Test
    void csvHasAHeaderAndOneRowPerShipOrSurvey() throws Exception {
        HttpResponse<String> list = http.get("/api/service.csv");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] rows = list.body().split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("ship_id,delivered_at,reports,").endsWith("next_survey_due,survey_overdue");
        assertThat(rows[1]).startsWith(SHIP + ",2026-03-25T13:27:15.000Z,1460,8760.0,5694.0,79716.0,")
                .contains(",ANNUAL,2,2028-03-25T01:27:15.000Z,false");
        assertThat(rows[2]).startsWith(NEW_SHIP + ",,1,");

        HttpResponse<String> surveys = http.get("/api/service/" + SHIP + "/surveys.csv");
        assertThat(surveys.statusCode()).isEqualTo(200);
        assertThat(surveys.body().split("\r\n")).containsExactly(
                "ship_id,survey_id,kind,survey_number,society,passed,completed_at,due_at",
                SHIP + ",88.118.8001/SRV-H1001-A1,ANNUAL,1,CCS,false,2027-03-25T19:27:15.000Z,2027-03-25T19:27:15.000Z");
    }

    @Test
    void aMalformedIdentifierIsA400NamingTheProblem() throws Exception {
        JsonNode noSlash = http.getJson("/api/service/SHIP-H1001", 400);
        assertThat(noSlash.get("error").asText()).contains("SHIP-H1001").contains("'/'");
        assertThat(noSlash.get("shipId").asText()).isEqualTo("SHIP-H1001");

        JsonNode block = http.getJson("/api/service/88.118.8001/BLK-H1001-B101", 400);
        assertThat(block.get("error").asText()).isEqualTo("identifier '88.118.8001/BLK-H1001-B101' is not a ship: expected"
                + " {prefix}/SHIP-{hull}, e.g. 88.118.8001/SHIP-H1234");
        assertThat(http.getJson("/api/service/88.118.8001/BLK-H1001-B101/surveys.csv", 400).get("error").asText())
                .contains("is not a ship");
    }

    @Test
    void anUnknownShipIsA404WithTheReason() throws Exception {
        JsonNode unknown = http.getJson("/api/service/88.118.8001/SHIP-H9999", 404);
        assertThat(unknown.get("error").asText()).isEqualTo("no ship in service with identifier '88.118.8001/SHIP-H9999' in"
                + " ship_service (not delivered yet, or unknown)");
        assertThat(unknown.get("shipId").asText()).isEqualTo("88.118.8001/SHIP-H9999");
        assertThat(http.getJson("/api/service/88.118.8001/SHIP-H9999/surveys.csv", 404).get("error").asText())
                .contains("SHIP-H9999");
    }
}
