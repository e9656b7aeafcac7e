package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.TwinTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The dashboard over a real H2 file database, with Kafka deliberately unreachable. */
class DashboardServerTest {
    static final String CRANE = "88.118.8001/EQ-GC-01";
    static final String ROBOT = "88.118.8001/EQ-WR-03";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static PipelineStatus status;
    static DashboardServer server;
    static HttpClient http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables()
                .twin(CRANE, "crane", "dock-1", 42, "2025-03-01T08:00:01.250Z")
                .channel(CRANE, "load_t", 12.5, 0.0, 40.2, 18.3, 42)
                .channel(CRANE, "motor_temp_c", 61.0, 20.0, 75.5, 55.1, 42)
                .twin(ROBOT, "welding-robot", "shop-1", 17, "2025-03-01T08:00:02.000Z")
                .channel(ROBOT, "current_a", 180.0, 150.0, 220.0, 185.0, 17)
                .dropped(TwinTables.DROP_DUPLICATE, 1)
                .dropped(TwinTables.DROP_DUPLICATE, 2)
                .dropped(TwinTables.DROP_DEAD_LETTER, 3);
        status = new PipelineStatus("127.0.0.1:1", db.url);
        server = new DashboardServer(DashboardConfig.defaults().withPort(0), db.url, status, new FixedProbe()).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void stopDashboard() {
        if (server != null) {
            server.close();
        }
        if (status != null) {
            status.close();
        }
    }

    @Test
    void listsBothEquipmentTwinsWithTheirChannelValues() throws Exception {
        JsonNode list = getJson("/api/equipment", 200);

        assertThat(list).hasSize(2);
        JsonNode crane = list.get(0);
        assertThat(crane.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(crane.get("assetType").asText()).isEqualTo("crane");
        assertThat(crane.get("site").asText()).isEqualTo("wenchong");
        assertThat(crane.get("area").asText()).isEqualTo("dock-1");
        assertThat(crane.get("eventCount").asLong()).isEqualTo(42);
        assertThat(crane.get("lastSequence").asLong()).isEqualTo(42);
        assertThat(crane.get("lastEventTime").asText()).isEqualTo("2025-03-01T08:00:01.250Z");
        JsonNode load = crane.get("channels").get(0);
        assertThat(load.get("channel").asText()).isEqualTo("load_t");
        assertThat(load.get("unit").asText()).isEqualTo("t");
        assertThat(load.get("last").asDouble()).isEqualTo(12.5);
        assertThat(load.get("max").asDouble()).isEqualTo(40.2);
        assertThat(load.get("samples").asLong()).isEqualTo(42);
        assertThat(crane.get("channels").get(1).get("unit").asText()).isEqualTo("°C");
        JsonNode robot = list.get(1);
        assertThat(robot.get("assetId").asText()).isEqualTo(ROBOT);
        assertThat(robot.get("channels")).hasSize(1);
        assertThat(robot.get("channels").get(0).get("last").asDouble()).isEqualTo(180.0);
    }

    @Test
    void findsOneTwinByAnIdentifierThatContainsASlash() throws Exception {
        JsonNode byPath = getJson("/api/equipment/" + CRANE, 200);
        JsonNode byQuery = getJson("/api/equipment?id=" + ROBOT, 200);

        assertThat(byPath.get("assetId").asText()).isEqualTo(CRANE);
        assertThat(byPath.get("channels")).hasSize(2);
        assertThat(byQuery.get("assetId").asText()).isEqualTo(ROBOT);
    }

    @Test
    void unknownEquipmentIsNotFoundWithTheReason() throws Exception {
        JsonNode error = getJson("/api/equipment/88.118.8001/EQ-NOPE-99", 404);

        assertThat(error.get("assetId").asText()).isEqualTo("88.118.8001/EQ-NOPE-99");
        assertThat(error.get("error").asText()).contains("no equipment twin");
    }

    @Test
    void malformedIdentifierIsABadRequestNamingTheProblem() throws Exception {
        JsonNode noSlash = getJson("/api/equipment?id=EQ-GC-01", 400);
        JsonNode badPrefix = getJson("/api/equipment/77.1.2/EQ-GC-01", 400);

        assertThat(noSlash.get("error").asText()).contains("has no '/'");
        assertThat(badPrefix.get("error").asText()).contains("prefix");
        assertThat(badPrefix.get("assetId").asText()).isEqualTo("77.1.2/EQ-GC-01");
    }

    @Test
    void healthReportsKafkaDownAndH2Up() throws Exception {
        JsonNode health = getJson("/api/health", 200);

        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.get("components").get("mqtt").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").asText()).isEqualTo("DOWN");
        assertThat(health.get("components").get("h2").asText()).isEqualTo("UP");
    }

    @Test
    void pipelineListsInProcessHopsFirstThenKafkaFlinkAndTwinCounts() throws Exception {
        JsonNode pipeline = getJson("/api/pipeline", 200);

        List<String> names = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        pipeline.get("hops").forEach(h -> {
            names.add(h.get("hop").asText());
            counts.put(h.get("hop").asText(), h.get("count").asLong());
        });
        assertThat(names).containsExactly("sim.published", "broker.received", "bridge.in", "bridge.out",
                "kafka.telemetry.raw", "kafka.events.raw", "flink.consumer.lag", "flink.twin.events",
                "flink.duplicates", "flink.deadlettered", "kafka.deadletter", "kafka.twin.equipment", "twin.entities");
        assertThat(counts).containsEntry("sim.published", 100L)
                .containsEntry("twin.entities", 2L)
                .containsEntry("flink.twin.events", 59L)
                .containsEntry("flink.duplicates", 2L)
                .containsEntry("flink.deadlettered", 1L)
                .containsEntry("kafka.telemetry.raw", -1L);
        assertThat(pipeline.get("at").asText()).isNotBlank();
    }

    @Test
    void pipelineHistoryHoldsTheReportsOfPastSamplesOldestFirst() throws Exception {
        JsonNode history = getJson("/api/pipeline/history", 200);

        assertThat(history.isArray()).isTrue();
        assertThat(history.size()).isBetween(1, PipelineSampler.HISTORY_SIZE);
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("hops").get(0).get("hop").asText()).isEqualTo("sim.published");
        assertThat(last.get("hops").get(0).get("count").asLong()).isEqualTo(100);
        for (int i = 1; i < history.size(); i++) {
            assertThat(java.time.Instant.parse(history.get(i).get("at").asText()))
                    .isAfterOrEqualTo(java.time.Instant.parse(history.get(i - 1).get("at").asText()));
        }
    }

    @Test
    void pageHasTheStableElementIdsForBrowserTests() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body()).contains("id=\"equipment-table\"", "id=\"pipeline\"", "id=\"equipment-count\"",
                "id=\"inspector-id\"", "/app/app.js", "/vendor/echarts/echarts.min.js");
        assertThat(get("/app/yard.js").body()).contains("data-asset-id");
        assertThat(get("/app/live.js").body()).contains("/api/stream");
    }

    @Test
    void liveStreamPushesTheEquipmentList() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/stream"))
                .header("Accept", "text/event-stream").build();

        CompletableFuture<Optional<String>> firstData = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> lines = http.send(request, HttpResponse.BodyHandlers.ofLines()).body()) {
                return lines.filter(l -> l.startsWith("data:")).findFirst();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(firstData.get(10, TimeUnit.SECONDS)).hasValueSatisfying(data -> assertThat(data).contains(CRANE, ROBOT));
    }

    @Test
    void secondServerOnTheSamePortFailsWithOneLineNamingPortAndFlag() {
        int port = server.port();
        DashboardServer second = new DashboardServer(DashboardConfig.defaults().withPort(port),
                "jdbc:h2:mem:unused", status, PipelineProbe.NONE);

        assertThatThrownBy(second::start)
                .isInstanceOf(PortInUseException.class)
                .hasMessage("port " + port + " is already in use (dashboard); choose another with --dashboard-port");
        second.close();
    }

    @Test
    void portZeroBindsAFreePort() {
        assertThat(server.port()).isBetween(1, 65_535);
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    @Test
    void pipelineRateIsNullUntilTwoSamplesExistAndNeverForTheLag() throws Exception {
        JsonNode pipeline = getJson("/api/pipeline", 200);
        pipeline.get("hops").forEach(h -> {
            if (h.get("hop").asText().equals("flink.consumer.lag")) {
                assertThat(h.get("ratePerSec").isNull()).isTrue();
            }
            if (!h.get("ratePerSec").isNull()) {
                assertThat(h.get("ratePerSec").asDouble()).isCloseTo(0.0, within(1e-9));
            }
        });
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of %s: %s", path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    /** In-process counts as the launcher would report them, all components up. */
    static final class FixedProbe implements PipelineProbe {
        @Override
        public Map<String, Long> inProcessCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("sim.published", 100L);
            counts.put("broker.received", 100L);
            counts.put("bridge.in", 100L);
            counts.put("bridge.out", 100L);
            return counts;
        }

        @Override
        public Map<String, Boolean> componentHealth() {
            return Map.of("mqtt", true, "bridge", true);
        }
    }
}
