package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.TelemetryReading;
import org.junit.jupiter.api.Test;

class TwinJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EquipmentTwin twin() {
        EquipmentAccumulator acc = new EquipmentAccumulator();
        acc.apply(Readings.crane(CRANE, "e1", 1, T0, 100, 6));
        TelemetryReading second = Readings.crane(CRANE, "e2", 2, T0 + 1500, 130, 3);
        acc.apply(second);
        return acc.snapshot(second, T0 + 2_000);
    }

    @Test
    void equipmentTwinCarriesIdentityVersionAndTimes() throws Exception {
        JsonNode json = JSON.readTree(TwinJson.equipmentTwin(twin()));

        assertThat(json.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(json.get("assetType").asText()).isEqualTo("crane");
        assertThat(json.get("site").asText()).isEqualTo("wenchong");
        assertThat(json.get("area").asText()).isEqualTo("dock-1");
        assertThat(json.get("version").asLong()).isEqualTo(2);
        assertThat(json.get("lastEventId").asText()).isEqualTo("e2");
        assertThat(json.get("lastSequence").asLong()).isEqualTo(2);
        assertThat(json.get("lastEventTime").asText()).isEqualTo("2026-03-02T08:00:01.500Z");
        assertThat(json.get("updatedAt").asText()).isEqualTo("2026-03-02T08:00:02.000Z");
    }

    @Test
    void equipmentTwinCarriesStatisticsPerChannel() throws Exception {
        JsonNode channels = JSON.readTree(TwinJson.equipmentTwin(twin())).get("channels");

        assertThat(channels.fieldNames()).toIterable().containsExactly("load_t", "wind_ms");
        JsonNode load = channels.get("load_t");
        assertThat(load.get("last").asDouble()).isEqualTo(130);
        assertThat(load.get("min").asDouble()).isEqualTo(100);
        assertThat(load.get("max").asDouble()).isEqualTo(130);
        assertThat(load.get("mean").asDouble()).isEqualTo(115);
        assertThat(load.get("samples").asLong()).isEqualTo(2);
        assertThat(channels.get("wind_ms").get("mean").asDouble()).isEqualTo(4.5);
    }

    @Test
    void readingsAreAJsonObjectOfChannelToValue() throws Exception {
        JsonNode json = JSON.readTree(TwinJson.readings(Readings.crane(CRANE, "e1", 1, T0, 120.5, 6.1)));

        assertThat(json.fieldNames()).toIterable().containsExactly("load_t", "wind_ms");
        assertThat(json.get("load_t").asDouble()).isEqualTo(120.5);
        assertThat(json.get("wind_ms").asDouble()).isEqualTo(6.1);
    }
}
