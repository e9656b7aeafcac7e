package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.app.embedded.Ports;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed mode without containers: broker, Kafka, the Flink jobs, the bridge, the simulator and the
 * dashboard as six separate processes of the packaged {@code shiptwin.jar} on loopback, as docs/distributed.md
 * tells an operator to start them. Every event the simulator published reaches the twin, which the dashboard
 * process reads from the H2 database the jobs process writes.
 */
class DistributedModeIT {
    private static final Path JAR = Path.of("target", "shiptwin.jar").toAbsolutePath();
    private static final int EVENTS = 2_000;
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    private final List<Service> services = new ArrayList<>();

    /** One process with its output in a log file, so a failing test can show what the process said. */
    private record Service(String name, Process process, Path log) {
        String output() {
            try {
                return Files.exists(log) ? Files.readString(log) : "";
            } catch (IOException e) {
                return "(unreadable log " + log + ")";
            }
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (int i = services.size() - 1; i >= 0; i--) {
            Process p = services.get(i).process();
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void sixProcessesOnLoopbackCarryEveryEventFromTheSimulatorToTheDashboard() throws Exception {
        assertThat(JAR).as("the packaged launcher (mvn package runs before the integration tests)").isRegularFile();
        int mqtt = Ports.free();
        int kafka = Ports.free();
        int controller = Ports.free();
        int dashboard = Ports.free();
        int flinkRest = Ports.free();
        String kafkaBootstrap = "127.0.0.1:" + kafka;
        String mqttUri = "tcp://127.0.0.1:" + mqtt;
        // jobs and dashboard share one H2 file database: the first opens it and serves it to the other (AUTO_SERVER).
        String h2 = "jdbc:h2:retry:file:" + dir.resolve("h2/shiptwin").toAbsolutePath() + ";AUTO_SERVER=TRUE";

        start("broker", "broker", "--mqtt-port", String.valueOf(mqtt), "--run-dir", dir.resolve("broker").toString());
        start("kafka", "kafka", "--kafka-port", String.valueOf(kafka), "--kafka-controller-port", String.valueOf(controller),
                "--kafka-heap", "384m", "--run-dir", dir.resolve("kafka").toString());
        awaitPort("broker", mqtt);
        awaitPort("kafka", kafka);
        start("jobs", "jobs", "--kafka", kafkaBootstrap, "--h2", h2, "--flink-ui-port", String.valueOf(flinkRest),
                "--run-dir", dir.resolve("jobs").toString());
        start("bridge", "bridge", "--mqtt", mqttUri, "--kafka", kafkaBootstrap);
        awaitOutput("jobs", "Flink twin job running");
        awaitOutput("bridge", "connected to");
        start("dashboard", "dashboard", "--kafka", kafkaBootstrap, "--h2", h2, "--dashboard-port", String.valueOf(dashboard),
                "--flink-rest", "http://127.0.0.1:" + flinkRest, "--run-dir", dir.resolve("dashboard").toString());
        awaitPort("dashboard", dashboard);

        Service sim = start("sim", "sim", "--mqtt", mqttUri, "--events", String.valueOf(EVENTS), "--rate", "500");
        assertThat(sim.process().waitFor(120, TimeUnit.SECONDS)).as("the bounded simulator ends").isTrue();
        assertThat(sim.process().exitValue()).as(sim.output()).isZero();
        assertThat(sim.output()).contains("published " + EVENTS + " events in " + EVENTS + " messages");

        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        URI equipment = URI.create("http://127.0.0.1:" + dashboard + "/api/equipment");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode list = json.readTree(http.send(HttpRequest.newBuilder(equipment).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            long events = 0;
            for (JsonNode twin : list) {
                events += twin.get("eventCount").asLong();
            }
            assertThat(list.size()).as("the minimal yard's seven stations").isEqualTo(7);
            assertThat(events).as("every published event applied once, across six processes").isEqualTo(EVENTS);
        });
        JsonNode health = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard + "/api/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(health.get("components").get("kafka").asText()).as("the dashboard process reaches Kafka").isEqualTo("UP");
        URI pipelineApi = URI.create("http://127.0.0.1:" + dashboard + "/api/pipeline");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode report = json.readTree(http.send(HttpRequest.newBuilder(pipelineApi).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(report.get("consumerLagFrom").asText()).as("the lag read from the jobs process's Flink REST API")
                    .isEqualTo("job");
            for (JsonNode hop : report.get("hops")) {
                if (hop.get("hop").asText().equals("flink.consumer.lag")) {
                    assertThat(hop.get("count").asLong()).as("the job has read everything").isZero();
                }
            }
        });
        for (Service s : services) {
            if (s != sim) {
                assertThat(s.process().isAlive()).as(s.name() + " still running:\n" + s.output()).isTrue();
            }
        }
    }

    private Service start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Service s = new Service(name, p, log);
        services.add(s);
        return s;
    }

    private Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void awaitOutput(String name, String text) {
        Service s = service(name);
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(s.process().isAlive()).as(name + " exited:\n" + s.output()).isTrue();
            assertThat(s.output()).as(name + " output").contains(text);
        });
    }

    private void awaitPort(String name, int port) {
        Service s = service(name);
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(s.process().isAlive()).as(name + " exited:\n" + s.output()).isTrue();
            assertThat(open(port)).as(name + " listening on " + port).isTrue();
        });
    }

    private static boolean open(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
