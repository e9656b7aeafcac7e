package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/twin/{equipment}/lineage} read from the equipment history's chunks over a real H2: the last N versions
 * (N = shiptwin.lineage.depth, 20 here), newest first, each reading's channels in their JSON order and its values
 * with three decimals, its Kafka record and its trace; {@code twin_lineage} rows for equipment (an earlier job
 * version wrote them) are not read.
 */
class EquipmentLineageApiTest {
    static final String CRANE = "88.118.8001/EQ-GC-07";
    static final String IDLE_PUMP = "88.118.8001/EQ-PUMP-03";
    static final int VERSIONS = 23;
    static final int N = 20;
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    static Path dir;
    static TwinDatabase db;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "crane", "dock-2", VERSIONS, at(VERSIONS))
                .twin(IDLE_PUMP, "pump", "dock-2", 0, at(0));
        for (int v = 1; v < VERSIONS; v++) {
            db.reading(CRANE, v, at(v), "{\"load_t\":" + (v * 1.5) + ",\"wind_ms\":5.0}", 1, 5000 + v);
        }
        // The newest reading: channels not in alphabetical order, a value to round half up, a tiny negative one, a
        // large one (no exponent).
        db.reading(CRANE, VERSIONS, at(VERSIONS),
                "{\"wind_ms\":5.0,\"load_t\":12.3456,\"hook_m\":-4.0E-4,\"energy_kwh\":2.0E13}", 2, 7001);
        // What an earlier version of the twin job wrote for equipment: no longer read.
        db.lineage(CRANE, 99, N, "telemetry", "2026-03-03T00:00:00Z", "load_t", "load_t=1.000", 1);
        dashboard = RunningDashboard.over(db.url);
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    static String at(int version) {
        return T0.plusSeconds(60L * version).toString();
    }

    @Test
    void theLastNVersionsOfTheHistoryNewestFirstWithTheReadingAsText() throws Exception {
        JsonNode l = http.getJson("/api/twin/" + CRANE + "/lineage", 200);

        assertThat(l.get("kind").asText()).isEqualTo("equipment");
        assertThat(l.get("count").asInt()).isEqualTo(N);
        assertThat(l.get("reason").isNull()).isTrue();
        List<Long> versions = new ArrayList<>();
        l.get("events").forEach(e -> versions.add(e.get("version").asLong()));
        List<Long> expected = new ArrayList<>();
        for (long v = VERSIONS; v > VERSIONS - N; v--) {
            expected.add(v);
        }
        assertThat(versions).containsExactlyElementsOf(expected);

        JsonNode newest = l.get("events").get(0);
        assertThat(newest.get("eventId").asText()).isEqualTo("evt-EQ-GC-07-23");
        assertThat(newest.get("eventType").asText()).isEqualTo("telemetry");
        assertThat(newest.get("eventTime").asText()).isEqualTo("2026-03-02T08:23:00.000Z");
        assertThat(newest.get("field").asText()).isEqualTo("wind_ms,load_t,hook_m,energy_kwh");
        assertThat(newest.get("detail").asText())
                .isEqualTo("wind_ms=5.000 load_t=12.346 hook_m=0.000 energy_kwh=20000000000000.000");
        assertThat(newest.get("source").get("topic").asText()).isEqualTo("yard.telemetry.raw");
        assertThat(newest.get("source").get("partition").asInt()).isEqualTo(2);
        assertThat(newest.get("source").get("offset").asLong()).isEqualTo(7001);
        assertThat(newest.get("source").get("read").asText())
                .isEqualTo("kafka-console-consumer.sh --bootstrap-server <kafka> --topic yard.telemetry.raw --partition 2"
                        + " --offset 7001 --max-messages 1");
        assertThat(newest.get("trace").asText()).isEqualTo("/api/trace?eventId=evt-EQ-GC-07-23");
        assertThat(newest.get("tracer").asText()).isEqualTo("#/flow?trace=evt-EQ-GC-07-23");

        JsonNode second = l.get("events").get(1);
        assertThat(second.get("field").asText()).isEqualTo("load_t,wind_ms");
        assertThat(second.get("detail").asText()).isEqualTo("load_t=33.000 wind_ms=5.000");
        assertThat(second.get("source").get("partition").asInt()).isEqualTo(1);
        assertThat(second.get("source").get("offset").asLong()).isEqualTo(5022);
        JsonNode oldest = l.get("events").get(N - 1);
        assertThat(oldest.get("version").asLong()).isEqualTo(4);
        assertThat(oldest.get("detail").asText()).isEqualTo("load_t=6.000 wind_ms=5.000");
    }

    @Test
    void theLimitTakesTheNewest() throws Exception {
        JsonNode l = http.getJson("/api/twin/" + CRANE + "/lineage?limit=2", 200);

        assertThat(l.get("count").asInt()).isEqualTo(2);
        assertThat(l.get("events").get(0).get("version").asLong()).isEqualTo(23);
        assertThat(l.get("events").get(1).get("version").asLong()).isEqualTo(22);
    }

    @Test
    void anEquipmentWithoutHistoryHasAnEmptyLineageNamingWhereItIsRead() throws Exception {
        JsonNode l = http.getJson("/api/twin/" + IDLE_PUMP + "/lineage", 200);

        assertThat(l.get("count").asInt()).isZero();
        assertThat(l.get("events")).isEmpty();
        assertThat(l.get("reason").asText()).contains(IDLE_PUMP).contains("equipment_history_chunks").contains("last 20 versions");
    }

    @Test
    void theBoundIsTheConfiguredLineageDepth() throws Exception {
        var lineage = (TwinTimeTravel.Lineage) new TwinTimeTravel(db.url, new ObjectMapper(), 3).lineage(CRANE, 1000);

        assertThat(lineage.events()).extracting(TwinTimeTravel.LineageEvent::version).containsExactly(23L, 22L, 21L);
    }
}
