package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/raw/...} where no Kafka listens: bad input is refused before Kafka is asked, and an unreachable Kafka is a
 * 503 with the reason. Reading real records (and the 404s) is tested against the embedded Kafka in app's RawMessageIT.
 */
class RawApiTest {
    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        dashboard = RunningDashboard.over(new TwinDatabase(dir).createTables().url);
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void onlyTheYardsTopicsAndWellFormedPositionsAreRead() throws Exception {
        JsonNode topic = http.getJson("/api/raw/__consumer_offsets/0/0", 400);
        JsonNode partition = http.getJson("/api/raw/yard.events.raw/one/0", 400);
        JsonNode offset = http.getJson("/api/raw/yard.events.raw/0/-5", 400);

        assertThat(topic.get("reason").asText()).isEqualTo("topic-not-allowed");
        assertThat(topic.get("error").asText()).startsWith("topic: '__consumer_offsets' is not one of the yard's topics [")
                .contains("yard.events.raw", "twin.blocks");
        assertThat(partition.get("error").asText()).isEqualTo("partition: expected an integer 0..2147483647, got 'one'");
        assertThat(offset.get("error").asText()).isEqualTo("offset: must be 0..9223372036854775807, got -5");
        assertThat(offset.get("reason").asText()).isEqualTo("bad-parameter");
    }

    @Test
    void kafkaNotAnsweringIsServiceUnavailableWithTheReason() throws Exception {
        JsonNode down = http.getJson("/api/raw/yard.events.raw/0/7", 503);

        assertThat(down.get("reason").asText()).isEqualTo("kafka-unreachable");
        assertThat(down.get("error").asText()).startsWith("Kafka at 127.0.0.1:1 did not answer within 2000 ms");
        assertThat(down.get("offset").asText()).isEqualTo("7");
    }
}
