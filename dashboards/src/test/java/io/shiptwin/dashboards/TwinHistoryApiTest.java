package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/twin/{id}}, {@code .../asof}, {@code .../diff} and {@code .../lineage} over real H2 history tables
 * written the way the twin job writes them: as-of by event time (an event that arrived late still counts at its own
 * time), roll-ups of a ship over its blocks and of an area over its equipment, lineage newest first, bad input.
 */
class TwinHistoryApiTest {
    static final String SHIP = "88.118.8001/SHIP-H1234";
    static final String GB = "88.118.8001/GB-H1234-G01";
    static final String B101 = "88.118.8001/BLK-H1234-B101";
    static final String B102 = "88.118.8001/BLK-H1234-B102";
    static final String INSP = "88.118.8001/INSP-I1";
    static final String METER_1 = "88.118.8001/EQ-EM-01";
    static final String METER_2 = "88.118.8001/EQ-EM-02";
    static final String CRANE = "88.118.8001/EQ-GC-01";
    static final String HALL = "88.118.8001/AREA-ASSEMBLY-HALL";
    static final String DAY = "2026-03-02T";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .hull(B101, "block", SHIP, "PRE_ERECTION", 8, 17, 0, 0, 1, 0, DAY + "06:00:00.000Z")
                .hull(B102, "block", SHIP, null, 1, 7, 0, 0, 0, 0, DAY + "03:30:00.000Z")
                .hull(GB, "grand-block", SHIP, "PRE_ERECTION", 1, 0, 0, 0, 0, 0, DAY + "06:00:00.000Z")
                .hull(SHIP, "ship", SHIP, null, 1, 3, 0, 0, 0, 0, DAY + "02:30:00.000Z")
                .hullEvent(B101, 1, "stage-started", null, DAY + "01:00:00.000Z", "stage", "CUTTING", 0, 0, 0)
                .hullEvent(B101, 2, "man-hours-booked", "88.118.8001/CREW-WELD-A", DAY + "02:00:00.000Z", "man_hours", null, 10, 0, 0)
                .hullEvent(B101, 3, "stage-finished", null, DAY + "03:00:00.000Z", "stage_finished", "CUTTING", 0, 0, 0)
                .hullEvent(B101, 4, "stage-started", null, DAY + "04:00:00.000Z", "stage", "FORMING", 0, 0, 0)
                .hullEvent(B101, 5, "man-hours-booked", "88.118.8001/CREW-WELD-A", DAY + "05:00:00.000Z", "man_hours", null, 5, 0, 0)
                .hullEvent(B101, 6, "inspection-recorded", INSP, DAY + "05:30:00.000Z", "inspections_failed", null, 0, 0, 1)
                // Arrived last, happened early: counts as of its own event time.
                .hullEvent(B101, 7, "man-hours-booked", "88.118.8001/CREW-WELD-A", DAY + "01:30:00.000Z", "man_hours", null, 2, 0, 0)
                .hullEvent(B101, 8, "stage-started", null, DAY + "06:00:00.000Z", "stage", "PRE_ERECTION", 0, 0, 0)
                .hullEvent(B102, 1, "man-hours-booked", "88.118.8001/CREW-WELD-A", DAY + "03:30:00.000Z", "man_hours", null, 7, 0, 0)
                .hullEvent(GB, 1, "stage-started", null, DAY + "06:00:00.000Z", "stage", "PRE_ERECTION", 0, 0, 0)
                .hullEvent(SHIP, 1, "man-hours-booked", "88.118.8001/CREW-WELD-A", DAY + "02:30:00.000Z", "man_hours", null, 3, 0, 0)
                .lineage(B101, 6, 3, "inspection-recorded", DAY + "05:30:00.000Z", "inspections_failed", "+1 (" + INSP + ")", 1006)
                .lineage(B101, 7, 3, "man-hours-booked", DAY + "01:30:00.000Z", "man_hours", "+2.00", 1007)
                .lineage(B101, 8, 3, "stage-started", DAY + "06:00:00.000Z", "stage", "PRE_ERECTION", 1008)
                .twin(METER_1, "energy-meter", "assembly-hall", 2, DAY + "02:00:00.000Z")
                .twin(METER_2, "energy-meter", "assembly-hall", 1, DAY + "01:30:00.000Z")
                .twin(CRANE, "crane", "dock-1", 2, DAY + "02:00:00.000Z")
                .channel(METER_1, "energy_kwh", 112, 100, 112, 106, 2)
                .channel(METER_1, "power_kw", 12, 10, 12, 11, 2)
                .channel(METER_2, "energy_kwh", 50, 50, 50, 50, 1)
                .channel(CRANE, "load_t", 40, 20, 40, 30, 2)
                .history(METER_1, 1, DAY + "01:00:00.000Z", "{\"power_kw\":10.0,\"energy_kwh\":100.0}")
                .history(METER_1, 2, DAY + "02:00:00.000Z", "{\"power_kw\":12.0,\"energy_kwh\":112.0}")
                .history(METER_2, 1, DAY + "01:30:00.000Z", "{\"energy_kwh\":50.0}")
                .history(CRANE, 1, DAY + "01:00:00.000Z", "{\"load_t\":20.0}")
                .history(CRANE, 2, DAY + "02:00:00.000Z", "{\"load_t\":40.0}");
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
    void aBlockAsOfATimeSumsTheEventsThatHappenedByThenWhateverOrderTheyArrivedIn() throws Exception {
        JsonNode early = http.getJson("/api/twin/" + B101 + "/asof?t=" + DAY + "01:45:00Z", 200);

        assertThat(early.get("existed").asBoolean()).isTrue();
        assertThat(early.get("kind").asText()).isEqualTo("block");
        assertThat(early.get("t").asText()).isEqualTo(DAY + "01:45:00.000Z");
        assertThat(early.get("eventsApplied").asLong()).isEqualTo(2);
        assertThat(early.get("lastEventId").asText()).isEqualTo("evt-BLK-H1234-B101-7");
        JsonNode s = early.get("state");
        assertThat(s.get("stage").asText()).isEqualTo("CUTTING");
        assertThat(s.get("manHours").asDouble()).isEqualTo(2.0);
        assertThat(s.get("stages").get("CUTTING").get("startedAt").asText()).isEqualTo(DAY + "01:00:00.000Z");
        assertThat(s.get("stages").get("CUTTING").get("finishedAt").isNull()).isTrue();

        JsonNode later = http.getJson("/api/twin/" + B101 + "/asof?t=" + DAY + "05:45:00Z", 200).get("state");
        assertThat(later.get("stage").asText()).isEqualTo("FORMING");
        assertThat(later.get("manHours").asDouble()).isEqualTo(17.0);
        assertThat(later.get("inspectionsFailed").asLong()).isEqualTo(1);
        assertThat(later.get("stages").get("CUTTING").get("finishedAt").asText()).isEqualTo(DAY + "03:00:00.000Z");
        assertThat(later.get("stages").fieldNames()).toIterable().containsExactly("CUTTING", "FORMING");
    }

    @Test
    void timeIsAnIsoInstantOrEpochMillisAndTheAnswersAgree() throws Exception {
        long millis = java.time.Instant.parse(DAY + "04:00:00Z").toEpochMilli();
        JsonNode iso = http.getJson("/api/twin/" + B101 + "/asof?t=" + DAY + "04:00:00Z", 200);
        JsonNode epoch = http.getJson("/api/twin/" + B101 + "/asof?t=" + millis, 200);

        assertThat(epoch.get("state")).isEqualTo(iso.get("state"));
        assertThat(epoch.get("state").get("stage").asText()).isEqualTo("FORMING");
    }

    @Test
    void beforeItsFirstEventTheEntityDidNotExistYetAndTheAnswerSaysWhenItBegins() throws Exception {
        JsonNode before = http.getJson("/api/twin/" + B101 + "/asof?t=2026-03-01T00:00:00Z", 200);

        assertThat(before.get("existed").asBoolean()).isFalse();
        assertThat(before.get("state").isNull()).isTrue();
        assertThat(before.get("firstEventTime").asText()).isEqualTo(DAY + "01:00:00.000Z");
        assertThat(before.get("reason").asText()).contains("did not exist yet", DAY + "01:00:00.000Z");
    }

    @Test
    void aShipAsOfATimeRollsUpItsOwnAndItsBlocksFlowsAsOfThatTime() throws Exception {
        JsonNode at2 = http.getJson("/api/twin/" + SHIP + "/asof?t=" + DAY + "02:00:00Z", 200);
        assertThat(at2.get("existed").asBoolean()).as("known through its block before its own first event").isTrue();
        JsonNode totals2 = at2.get("state").get("totals");
        assertThat(totals2.get("manHours").asDouble()).isEqualTo(12.0); // B101: 10 + the late 2
        assertThat(totals2.get("blocks").asLong()).isEqualTo(1);
        assertThat(at2.get("state").get("manHours").asDouble()).as("booked against the ship itself").isEqualTo(0.0);

        JsonNode totals4 = http.getJson("/api/twin/" + SHIP + "/asof?t=" + DAY + "04:00:00Z", 200).get("state").get("totals");
        assertThat(totals4.get("manHours").asDouble()).isEqualTo(22.0); // ship 3 + B101 12 + B102 7
        assertThat(totals4.get("blocksManHours").asDouble()).isEqualTo(19.0);
        assertThat(totals4.get("blocks").asLong()).isEqualTo(2);
        assertThat(totals4.get("blocksByStage").get("FORMING").asLong()).isEqualTo(1);

        JsonNode now = http.getJson("/api/twin/" + SHIP + "/asof?t=" + DAY + "23:00:00Z", 200).get("state").get("totals");
        assertThat(now.get("manHours").asDouble()).isEqualTo(27.0);
        assertThat(now.get("grandBlocks").asLong()).isEqualTo(1);
        assertThat(now.get("blocksByStage").get("PRE_ERECTION").asLong()).isEqualTo(1);
    }

    @Test
    void anAreasEnergyAsOfATimeIsTheSumOfItsEquipmentsEnergyAsOfThatTime() throws Exception {
        JsonNode early = http.getJson("/api/twin/" + HALL + "/asof?t=" + DAY + "01:45:00Z", 200).get("state");
        assertThat(early.get("energyKwh").asDouble()).isEqualTo(150.0);
        assertThat(early.get("meteredEquipment").asInt()).isEqualTo(2);

        JsonNode later = http.getJson("/api/twin/" + HALL + "/asof?t=" + DAY + "03:00:00Z", 200).get("state");
        assertThat(later.get("energyKwh").asDouble()).isEqualTo(162.0);
        assertThat(later.get("equipment").get(METER_1).get("energyKwh").asDouble()).isEqualTo(112.0);

        JsonNode first = http.getJson("/api/twin/" + HALL + "/asof?t=" + DAY + "01:15:00Z", 200).get("state");
        assertThat(first.get("energyKwh").asDouble()).as("the second meter had not reported yet").isEqualTo(100.0);
        assertThat(first.get("equipment").has(METER_2)).isFalse();
    }

    @Test
    void equipmentAsOfGivesEachChannelsLastReadingByThen() throws Exception {
        JsonNode s = http.getJson("/api/twin/" + METER_1 + "/asof?t=" + DAY + "01:59:59.999Z", 200);

        assertThat(s.get("eventsApplied").asLong()).isEqualTo(1);
        assertThat(s.get("state").get("channels").get("energy_kwh").asDouble()).isEqualTo(100.0);
        assertThat(s.get("state").get("channels").get("power_kw").asDouble()).isEqualTo(10.0);
        assertThat(s.get("state").get("area").asText()).isEqualTo("assembly-hall");
    }

    @Test
    void diffListsEveryChangedFieldOldAndNewAndTheEventsBetween() throws Exception {
        JsonNode d = http.getJson("/api/twin/" + B101 + "/diff?from=" + DAY + "01:45:00Z&to=" + DAY + "05:45:00Z", 200);

        List<String> changes = new ArrayList<>();
        d.get("changes").forEach(c -> changes.add(c.get("field").asText() + ":" + c.get("from").asText() + "->"
                + c.get("to").asText()));
        assertThat(changes).contains("stage:CUTTING->FORMING", "manHours:2.0->17.0", "inspectionsFailed:0->1",
                "stages.CUTTING.finishedAt:null->" + DAY + "03:00:00.000Z", "stages.FORMING.startedAt:null->" + DAY + "04:00:00.000Z");
        assertThat(changes).noneMatch(c -> c.startsWith("inspectionsPassed") || c.startsWith("costMinorUnits"));
        assertThat(d.get("eventsBetween").asLong()).isEqualTo(5);
        List<String> events = new ArrayList<>();
        d.get("events").forEach(e -> events.add(e.get("eventType").asText()));
        assertThat(events).containsExactly("man-hours-booked", "stage-finished", "stage-started", "man-hours-booked",
                "inspection-recorded");

        JsonNode crane = http.getJson("/api/twin/" + CRANE + "/diff?from=" + DAY + "01:00:00Z&to=" + DAY + "02:00:00Z", 200);
        assertThat(crane.get("changes")).hasSize(1);
        assertThat(crane.get("changes").get(0).get("field").asText()).isEqualTo("channels.load_t");
        assertThat(crane.get("changes").get(0).get("from").asDouble()).isEqualTo(20.0);
        assertThat(crane.get("changes").get(0).get("to").asDouble()).isEqualTo(40.0);
        assertThat(crane.get("eventsBetween").asLong()).isEqualTo(1);
    }

    @Test
    void lineageListsTheLastEventsNewestFirstEachWithItsKafkaRecordAndTrace() throws Exception {
        JsonNode l = http.getJson("/api/twin/" + B101 + "/lineage", 200);

        assertThat(l.get("count").asInt()).isEqualTo(3);
        List<Long> versions = new ArrayList<>();
        l.get("events").forEach(e -> versions.add(e.get("version").asLong()));
        assertThat(versions).containsExactly(8L, 7L, 6L);
        JsonNode newest = l.get("events").get(0);
        assertThat(newest.get("eventId").asText()).isEqualTo("evt-BLK-H1234-B101-8");
        assertThat(newest.get("field").asText()).isEqualTo("stage");
        assertThat(newest.get("detail").asText()).isEqualTo("PRE_ERECTION");
        assertThat(newest.get("source").get("topic").asText()).isEqualTo("yard.events.raw");
        assertThat(newest.get("source").get("offset").asLong()).isEqualTo(1008);
        assertThat(newest.get("source").get("read").asText()).contains("--topic yard.events.raw --partition 0 --offset 1008");
        assertThat(newest.get("source").get("read").asText()).contains("--topic yard.events.raw --partition 0 --offset 1008");
        assertThat(newest.get("trace").asText()).isEqualTo("/api/trace?eventId=evt-BLK-H1234-B101-8");

        assertThat(http.getJson("/api/twin/" + B101 + "/lineage?limit=1", 200).get("events")).hasSize(1);
        // The trace link answers for the business event from the hull history: where it was read in Kafka.
        JsonNode trace = http.getJson(newest.get("trace").asText(), 200);
        assertThat(trace.get("outcome").asText()).isEqualTo("APPLIED");
        assertThat(trace.get("applied").get(0).get("assetId").asText()).isEqualTo(B101);
        assertThat(trace.get("applied").get(0).get("sourceOffset").asLong()).isEqualTo(1008);
    }

    @Test
    void currentStateNamesTheRelatedEntitiesOneClickAway() throws Exception {
        JsonNode ship = http.getJson("/api/twin/" + SHIP, 200);
        assertThat(related(ship)).containsExactly(GB + " grand-block", B101 + " block", B102 + " block");
        assertThat(ship.get("firstEventTime").asText()).isEqualTo(DAY + "01:00:00.000Z");

        JsonNode block = http.getJson("/api/twin/" + B101, 200);
        assertThat(related(block)).containsExactly(SHIP + " ship", GB + " grand-block", INSP + " inspection");
        assertThat(block.get("version").asLong()).isEqualTo(8);
        assertThat(block.get("state").get("stage").asText()).isEqualTo("PRE_ERECTION");

        assertThat(related(http.getJson("/api/twin/" + GB, 200))).containsExactly(SHIP + " ship", B101 + " block");
        assertThat(related(http.getJson("/api/twin/" + B102, 200))).containsExactly(SHIP + " ship");
        JsonNode insp = http.getJson("/api/twin/" + INSP, 200);
        assertThat(related(insp)).containsExactly(B101 + " block");
        assertThat(insp.get("state").get("result").asText()).isEqualTo("failed");
        assertThat(related(http.getJson("/api/twin/" + HALL, 200))).containsExactly(METER_1 + " equipment", METER_2 + " equipment");
        assertThat(related(http.getJson("/api/twin/" + CRANE, 200))).containsExactly("88.118.8001/AREA-DOCK-1 area");
    }

    @Test
    void theResolverAnswersForABlockWithItsShipAsParentAndItsTwinState() throws Exception {
        JsonNode record = http.getJson("/api/resolve/" + B101, 200);

        List<String> values = new ArrayList<>();
        record.get("values").forEach(v -> values.add(v.get("type").asText() + "=" + v.get("data").asText()));
        assertThat(values).contains("KIND=BLOCK", "ATTR.stage=PRE_ERECTION", "ATTR.version=8", "PARENT=" + SHIP,
                "TWIN_STATE=/api/twin/" + B101);

        List<String> ship = new ArrayList<>();
        http.getJson("/api/resolve/" + SHIP, 200).get("values").forEach(v -> ship.add(v.get("type").asText() + "="
                + v.get("data").asText()));
        assertThat(ship).contains("KIND=SHIP", "TWIN_STATE=/api/twin/" + SHIP);
        assertThat(ship.stream().filter(v -> v.startsWith("CHILD="))).containsExactly("CHILD=" + GB, "CHILD=" + B101,
                "CHILD=" + B102);
    }

    @Test
    void malformedInputIsA400NamingTheParameter() throws Exception {
        assertBad("/api/twin/BLK-H1234-B101/asof?t=" + DAY + "01:00:00Z", "id", "has no '/'");
        assertBad("/api/twin/88.118.8001/BLK-H1234/asof?t=" + DAY + "01:00:00Z", "id", "block suffix must be");
        assertBad("/api/twin/" + B101 + "/asof", "t", "required");
        assertBad("/api/twin/" + B101 + "/asof?t=yesterday", "t", "got 'yesterday'");
        assertBad("/api/twin/" + B101 + "/diff?from=" + DAY + "05:00:00Z", "to", "required");
        assertBad("/api/twin/" + B101 + "/diff?from=" + DAY + "05:00:00Z&to=" + DAY + "01:00:00Z", "from", "must not be after to");
        assertBad("/api/twin/" + B101 + "/lineage?limit=0", "limit", "1..1000");
    }

    @Test
    void anUnknownEntityIsA404WithTheReason() throws Exception {
        JsonNode unknown = http.getJson("/api/twin/88.118.8001/BLK-H9999-B001/asof?t=" + DAY + "01:00:00Z", 404);
        assertThat(unknown.get("error").asText()).contains("no block with identifier '88.118.8001/BLK-H9999-B001'");
        assertThat(unknown.get("id").asText()).isEqualTo("88.118.8001/BLK-H9999-B001");
        assertThat(http.getJson("/api/twin/88.118.8001/EQ-NOPE-1", 404).get("error").asText())
                .contains("no equipment twin");
        assertThat(http.getJson("/api/twin/88.118.8001/CREW-WELD-A/lineage", 404).get("error").asText())
                .contains("no twin keeps objects of kind crew");
        assertThat(http.getJson("/api/twin/" + INSP + "/asof?t=" + DAY + "06:00:00Z", 404).get("error").asText())
                .contains("no history of its own");
    }

    private static void assertBad(String path, String parameter, String message) throws Exception {
        JsonNode body = http.getJson(path, 400);
        assertThat(body.get("parameter").asText()).as("parameter named for %s", path).isEqualTo(parameter);
        assertThat(body.get("error").asText()).as("reason for %s", path).startsWith(parameter + ": ").contains(message);
    }

    private static List<String> related(JsonNode current) {
        List<String> r = new ArrayList<>();
        current.get("related").forEach(x -> r.add(x.get("id").asText() + " " + x.get("kind").asText()));
        return r;
    }
}
