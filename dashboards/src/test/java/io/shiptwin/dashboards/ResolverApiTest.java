package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiptwin.model.TwinTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/resolve/{identifier}}: twin-model's resolver answering from a real H2 twin database. */
class ResolverApiTest {
    static final String CRANE = "88.118.8001/EQ-GC-01";

    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "crane", "dock-1", 42, "2026-03-02T00:00:41.000Z")
                .channel(CRANE, "load_t", 12.5, 0.0, 40.2, 18.3, 42)
                .channel(CRANE, "wind_speed_ms", 24.5, 2.0, 24.5, 9.1, 42)
                .alert(CRANE, "crane-lift-in-wind", "run-1:GC-01:40", "2026-03-02T00:00:39.000Z", null)
                .droppedEvent(TwinTables.DROP_DUPLICATE, 7, "run-1:GC-01:41", CRANE, "duplicate of run-1:GC-01:41");
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
    void anEquipmentTwinResolvesToItsNumberedTypedValuesFromH2() throws Exception {
        JsonNode record = http.getJson("/api/resolve/" + CRANE, 200);

        assertThat(record.get("responseCode").asInt()).isEqualTo(1);
        assertThat(record.get("handle").asText()).isEqualTo(CRANE);
        Map<String, String> byType = new LinkedHashMap<>();
        List<Integer> indexes = new ArrayList<>();
        record.get("values").forEach(v -> {
            byType.put(v.get("type").asText(), v.get("data").asText());
            indexes.add(v.get("index").asInt());
            assertThat(v.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        });
        assertThat(indexes).as("numbered 1..n").containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, record.get("values").size()).boxed().toList());
        assertThat(byType).containsEntry("KIND", "EQUIPMENT")
                .containsEntry("ATTR.assetType", "crane")
                .containsEntry("ATTR.area", "dock-1")
                .containsEntry("ATTR.version", "42")
                .containsEntry("ATTR.lastEventTime", "2026-03-02T00:00:41.000Z")
                .containsEntry("ATTR.channel.load_t", "12.5")
                .containsEntry("ATTR.channel.wind_speed_ms", "24.5")
                .containsEntry("DROPPED.DUPLICATE", "1")
                .containsEntry("TWIN_STATE", "/api/equipment/" + CRANE)
                .containsEntry("DATA_SOURCE.h2", TwinTables.EQUIPMENT_TWIN)
                .containsKey("DATA_SOURCE.kafka") // twice: yard.telemetry.raw and twin.equipment; the last one here
                .containsKey("DATA_SOURCE.mqtt");
        assertThat(byType.get("ALERT.crane-lift-in-wind")).contains("wind_speed_ms");
        assertThat(record.get("values").get(0).get("timestamp").asText()).isEqualTo("2026-03-02T00:00:41.000Z");
    }

    @Test
    void askedTypesSelectTheirValuesAndSubTypes() throws Exception {
        JsonNode attrs = http.getJson("/api/resolve/" + CRANE + "?type=ATTR", 200);
        JsonNode two = http.getJson("/api/resolve/" + CRANE + "?type=KIND&type=TWIN_STATE", 200);

        assertThat(attrs.get("values")).isNotEmpty().allSatisfy(v -> assertThat(v.get("type").asText()).startsWith("ATTR."));
        assertThat(two.get("values")).extracting(v -> v.get("type").asText()).containsExactly("KIND", "TWIN_STATE");
    }

    @Test
    void aMalformedIdentifierIsABadRequestWithInvalidHandleNamingThePart() throws Exception {
        JsonNode noSlash = http.getJson("/api/resolve/EQ-GC-01", 400);
        JsonNode badSuffix = http.getJson("/api/resolve/88.118.8001/EQ%20GC", 400);

        assertThat(noSlash.get("responseCode").asInt()).isEqualTo(102);
        assertThat(noSlash.get("reason").asText()).isEqualTo("MALFORMED_IDENTIFIER");
        assertThat(noSlash.get("error").asText()).contains("has no '/' between prefix and suffix");
        assertThat(noSlash.get("handle").asText()).isEqualTo("EQ-GC-01");
        assertThat(badSuffix.get("error").asText()).contains("identifier suffix must be");
    }

    @Test
    void anUnknownPrefixAndAnUnknownSuffixAreNotFoundWithHandleNotFoundAndTheirOwnReason() throws Exception {
        JsonNode prefix = http.getJson("/api/resolve/88.118.9999/EQ-GC-01", 404);
        JsonNode suffix = http.getJson("/api/resolve/88.118.8001/EQ-NOPE-99", 404);

        assertThat(prefix.get("responseCode").asInt()).isEqualTo(100);
        assertThat(prefix.get("reason").asText()).isEqualTo("UNKNOWN_PREFIX");
        assertThat(prefix.get("error").asText()).contains("88.118.9999", "not registered");
        assertThat(suffix.get("responseCode").asInt()).isEqualTo(100);
        assertThat(suffix.get("reason").asText()).isEqualTo("UNKNOWN_SUFFIX");
        assertThat(suffix.get("error").asText()).contains("knows no object with suffix 'EQ-NOPE-99'");
    }

    @Test
    void objectsWithoutATwinInH2YetAreUnknownSuffixes() throws Exception {
        JsonNode block = http.getJson("/api/resolve/88.118.8001/BLK-H1234-B101", 404);

        assertThat(block.get("responseCode").asInt()).isEqualTo(100);
        assertThat(block.get("reason").asText()).isEqualTo("UNKNOWN_SUFFIX");
    }

    @Test
    void noValueOfTheAskedTypesIsValuesNotFound() throws Exception {
        JsonNode none = http.getJson("/api/resolve/" + CRANE + "?type=PARENT", 404);

        assertThat(none.get("responseCode").asInt()).isEqualTo(200);
        assertThat(none.get("reason").asText()).isEqualTo("VALUES_NOT_FOUND");
        assertThat(none.get("error").asText()).contains("no values of types [PARENT]");
    }

    @Test
    void anotherIndustrysIdentifierIsReferredToTheTopLevelNode() throws Exception {
        JsonNode referral = http.getJson("/api/resolve/88.200.1/EQ-X-1", 404);

        assertThat(referral.get("responseCode").asInt()).isEqualTo(302);
        assertThat(referral.get("referral").get("prefix").asText()).isEqualTo("88.200");
        assertThat(referral.get("referral").get("node").asText()).isEqualTo(TwinResolver.TOP_LEVEL_NODE);
    }
}
