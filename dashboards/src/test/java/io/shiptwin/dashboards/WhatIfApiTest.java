package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if endpoints: stored runs read from a real H2 database, starting and validating through a fake
 * {@link ScenarioRunner} (the real one, in the app module, runs the simulator and is tested there).
 */
class WhatIfApiTest {
    static final String RUN = "20261125-100000";

    @TempDir
    static Path dir;
    static PipelineStatus status;
    static DashboardServer server;
    static HttpFixture http;
    static FakeRunner runner;

    /** Accepts shipped names {@code teaching} and {@code baseline}; any YAML containing {@code bad} is invalid. */
    static final class FakeRunner implements ScenarioRunner {
        final List<List<Object>> started = new ArrayList<>();
        final Map<String, Progress> progress = new ConcurrentHashMap<>();
        Path reports;

        @Override
        public List<String> shipped() {
            return List.of("baseline", "teaching");
        }

        @Override
        public List<String> validate(String yaml) {
            return yaml.contains("bad") ? List.of("yard.quayBerth: unknown key, did you mean 'quayBerths'?",
                    "horizonDays: must be > 0, got -1") : List.of();
        }

        @Override
        public String start(String base, List<String> variants, int replications, long seed) {
            List<String> problems = new ArrayList<>();
            if (!shipped().contains(base)) {
                problems.add("base: unknown scenario '" + base + "'");
            }
            variants.stream().filter(v -> v.contains("bad")).forEach(v -> problems.addAll(validate(v)));
            if (!problems.isEmpty()) {
                throw new Rejected(problems);
            }
            started.add(List.of(base, variants, replications, seed));
            String id = "run-" + started.size();
            progress.put(id, new Progress(id, "RUNNING", 3, 8, List.of(base, "variant"), "2026-11-25T10:00:00Z", null, null));
            return id;
        }

        @Override
        public Optional<Progress> progress(String runId) {
            return Optional.ofNullable(progress.get(runId));
        }

        @Override
        public Optional<Path> report(String runId) {
            return Optional.of(reports.resolve(runId).resolve("report.html"));
        }
    }

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables().createWhatIfTables()
                .whatIf(RUN, "teaching", "BASE", 120.0, 110.0, 130.0, 0.80)
                .whatIf(RUN, "teaching-2-berths", "VARIANT", 100.0, 95.0, 105.0, 0.70)
                // Stored out of order: the API orders ships by their first start and phases by start.
                .whatIfPhase(RUN, "teaching", "H1002", "fabrication", 30, 150.0, 230, null)
                .whatIfPhase(RUN, "teaching", "H1001", "erection", 120, 150.0, 200, 195.0)
                .whatIfPhase(RUN, "teaching", "H1001", "fabrication", 0, 120.0, 200, 195.0)
                .whatIfPhase(RUN, "teaching", "H1002", "erection", 150, null, 230, null);
        runner = new FakeRunner();
        runner.reports = dir.resolve("whatif");
        Files.createDirectories(runner.reports.resolve(RUN));
        Files.writeString(runner.reports.resolve(RUN).resolve("report.html"), "<html><body>What-if report</body></html>");
        status = new PipelineStatus("127.0.0.1:1", db.url);
        server = new DashboardServer(DashboardConfig.defaults().withPort(0), db.url, status, PipelineProbe.NONE, runner).start();
        http = new HttpFixture(server.port());
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
    void storedRunsAreListedWithTheirScenariosBaseFirst() throws Exception {
        JsonNode runs = http.getJson("/api/whatif/runs", 200);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("runId").asText()).isEqualTo(RUN);
        assertThat(runs.get(0).get("replications").asInt()).isEqualTo(4);
        assertThat(runs.get(0).get("scenarios")).extracting(s -> s.get("scenario").asText() + "/" + s.get("role").asText())
                .containsExactly("teaching/BASE", "teaching-2-berths/VARIANT");
    }

    @Test
    void oneRunHasEachScenariosKpiEstimatesWithIntervalsAndResourcesAndItsReport() throws Exception {
        JsonNode run = http.getJson("/api/whatif/runs/" + RUN, 200);

        assertThat(run.get("seed").asLong()).isEqualTo(42);
        assertThat(run.get("createdAt").asText()).isEqualTo("2026-11-25T10:00:00.000Z");
        assertThat(run.get("report").asText()).isEqualTo("/api/whatif/runs/" + RUN + "/report");
        JsonNode base = run.get("scenarios").get(0);
        assertThat(base.get("scenario").asText()).isEqualTo("teaching");
        JsonNode kpi = base.get("kpis").get(0);
        assertThat(kpi.get("kpi").asText()).isEqualTo("dockCycleDays");
        assertThat(kpi.get("unit").asText()).isEqualTo("days");
        assertThat(kpi.get("mean").asDouble()).isEqualTo(120.0);
        assertThat(kpi.get("ciLow").asDouble()).isEqualTo(110.0);
        assertThat(kpi.get("ciHigh").asDouble()).isEqualTo(130.0);
        JsonNode crane = run.get("scenarios").get(1).get("resources").get(0);
        assertThat(crane.get("resource").asText()).isEqualTo("GC-01");
        assertThat(crane.get("utilisationMean").asDouble()).isEqualTo(0.70);
        assertThat(crane.get("timesBottleneck").asInt()).isEqualTo(3);
    }

    @Test
    void oneRunHasTheScheduleOfItsFirstReplicationPerShipInOrder() throws Exception {
        JsonNode run = http.getJson("/api/whatif/runs/" + RUN, 200);

        JsonNode schedule = run.get("scenarios").get(0).get("schedule");
        assertThat(schedule).hasSize(2);
        JsonNode first = schedule.get(0);
        assertThat(first.get("hull").asText()).isEqualTo("H1001");
        assertThat(first.get("contractDay").asDouble()).isEqualTo(200);
        assertThat(first.get("deliveryDay").asDouble()).isEqualTo(195);
        assertThat(first.get("phases")).extracting(p -> p.get("phase").asText()).containsExactly("fabrication", "erection");
        assertThat(first.get("phases").get(1).get("startDay").asDouble()).isEqualTo(120);
        JsonNode second = schedule.get(1);
        assertThat(second.get("hull").asText()).isEqualTo("H1002");
        assertThat(second.get("deliveryDay").isNull()).as("not delivered within the horizon").isTrue();
        assertThat(second.get("phases").get(1).get("finishDay").isNull()).as("erection still running").isTrue();
        assertThat(run.get("scenarios").get(1).get("schedule")).as("none stored for the variant").isEmpty();
    }

    @Test
    void aRunDownloadsAsCsvAndItsReportAsHtml() throws Exception {
        HttpResponse<String> kpis = http.get("/api/whatif/runs/" + RUN + "/kpis.csv");
        HttpResponse<String> resources = http.get("/api/whatif/runs/" + RUN + "/resources.csv");
        HttpResponse<String> report = http.get("/api/whatif/runs/" + RUN + "/report");

        assertThat(kpis.statusCode()).isEqualTo(200);
        assertThat(kpis.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(kpis.body().split("\r\n")).containsExactly(
                "run_id,scenario,role,kpi,label,unit,mean,ci95_low,ci95_high,replications",
                RUN + ",teaching,BASE,dockCycleDays,dock cycle,days,120.0,110.0,130.0,4",
                RUN + ",teaching-2-berths,VARIANT,dockCycleDays,dock cycle,days,100.0,95.0,105.0,4");
        assertThat(resources.body()).startsWith("run_id,scenario,role,resource,capacity,utilisation_mean")
                .contains(RUN + ",teaching,BASE,GC-01,1,0.8,");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(report.body()).contains("What-if report");
        assertThat(report.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).startsWith("default-src 'none'"));
    }

    @Test
    void anUnknownRunIsNotFoundAndAMalformedRunIdABadRequest() throws Exception {
        assertThat(http.getJson("/api/whatif/runs/nope", 404).get("error").asText()).isEqualTo("no what-if run with id 'nope'");
        assertThat(http.getJson("/api/whatif/runs/nope/progress", 404).get("runId").asText()).isEqualTo("nope");
        assertThat(http.get("/api/whatif/runs/nope/kpis.csv").statusCode()).isEqualTo(404);
        assertThat(http.getJson("/api/whatif/runs/nope/report", 404).get("error").asText()).contains("no HTML report");
        assertThat(http.getJson("/api/whatif/runs/a%20b", 400).get("error").asText())
                .isEqualTo("runId: must be 1-64 of [A-Za-z0-9._-], got 'a b'");
        assertThat(http.get("/api/whatif/runs/a%20b/report").statusCode()).isEqualTo(400);
    }

    @Test
    void startingARunQueuesItOnTheRunnerAndItsProgressCanBeFollowed() throws Exception {
        HttpResponse<String> r = post("/api/whatif/runs",
                "{\"base\":\"teaching\",\"variants\":[\"baseline\"],\"replications\":2,\"seed\":7}", "application/json");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = HttpFixture.JSON.readTree(r.body());
        String runId = answer.get("runId").asText();
        assertThat(answer.get("progress").asText()).isEqualTo("/api/whatif/runs/" + runId + "/progress");
        assertThat(runner.started).contains(List.of("teaching", List.of("baseline"), 2, 7L));
        JsonNode progress = http.getJson("/api/whatif/runs/" + runId + "/progress", 200);
        assertThat(progress.get("state").asText()).isEqualTo("RUNNING");
        assertThat(progress.get("done").asInt()).isEqualTo(3);
        assertThat(progress.get("total").asInt()).isEqualTo(8);
        assertThat(http.getJson("/api/whatif/runs/" + runId, 404).get("error").asText()).contains("has not finished yet");
        // A run stored in H2 but not started by this runner is done.
        assertThat(http.getJson("/api/whatif/runs/" + RUN + "/progress", 200).get("state").asText()).isEqualTo("DONE");
    }

    @Test
    void defaultsApplyWhenReplicationsAndSeedAreLeftOut() throws Exception {
        assertThat(post("/api/whatif/runs", "{\"base\":\"teaching\"}", "application/json").statusCode()).isEqualTo(200);

        assertThat(runner.started).contains(List.of("teaching", List.of(), 10, 42L));
    }

    @Test
    void aBadRequestBodyIsRefusedNamingEveryField() throws Exception {
        JsonNode notJson = problems(post("/api/whatif/runs", "{base:", "application/json"));
        JsonNode fields = problems(post("/api/whatif/runs",
                "{\"variants\":\"baseline\",\"replications\":0,\"seed\":\"x\"}", "application/json"));
        JsonNode types = problems(post("/api/whatif/runs", "{\"base\":3,\"variants\":[1],\"replications\":1.5}", "application/json"));

        assertThat(notJson.get("problems").get(0).asText()).startsWith("body: expected JSON");
        assertThat(fields.get("problems")).extracting(JsonNode::asText).containsExactly("base: required, missing",
                "variants: expected an array of scenario names or YAML texts, got STRING",
                "replications: must be 1..200, got 0", "seed: expected an integer, got \"x\"");
        assertThat(types.get("problems")).extracting(JsonNode::asText).containsExactly(
                "base: expected a scenario name or YAML text, got 3",
                "variants[0]: expected a scenario name or YAML text, got 1",
                "replications: expected an integer, got 1.5");
    }

    @Test
    void aBadScenarioUploadIsRefusedWithTheValidationMessages() throws Exception {
        JsonNode start = problems(post("/api/whatif/runs",
                "{\"base\":\"teaching\",\"variants\":[\"yard: {bad: 1}\"]}", "application/json"));
        JsonNode unknown = problems(post("/api/whatif/runs", "{\"base\":\"nope\"}", "application/json"));
        JsonNode validate = problems(post("/api/scenarios/validate", "extends: teaching\nbad: 1\n", "application/yaml"));
        JsonNode empty = problems(post("/api/scenarios/validate", "", "application/yaml"));

        assertThat(start.get("error").asText()).isEqualTo("scenario rejected: 2 problems");
        assertThat(start.get("problems")).extracting(JsonNode::asText)
                .contains("yard.quayBerth: unknown key, did you mean 'quayBerths'?");
        assertThat(unknown.get("problems").get(0).asText()).isEqualTo("base: unknown scenario 'nope'");
        assertThat(validate.get("problems")).hasSize(2);
        assertThat(empty.get("problems").get(0).asText()).isEqualTo("body: a scenario as YAML text, missing");
    }

    @Test
    void aValidScenarioUploadIsValid() throws Exception {
        HttpResponse<String> r = post("/api/scenarios/validate", "extends: teaching\nyard: {quayBerths: 2}\n", "application/yaml");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(HttpFixture.JSON.readTree(r.body()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void theShippedScenariosAreListedWithTheRunnersPresence() throws Exception {
        JsonNode scenarios = http.getJson("/api/scenarios", 200);

        assertThat(scenarios.get("runner").asBoolean()).isTrue();
        assertThat(scenarios.get("shipped")).extracting(JsonNode::asText).containsExactly("baseline", "teaching");
    }

    @Test
    void withoutTheLaunchersRunnerStartingAndValidatingAnswer503ButStoredRunsCanBeRead() throws Exception {
        TwinDatabase db = new TwinDatabase(dir);
        try (PipelineStatus s = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer other = new DashboardServer(DashboardConfig.defaults().withPort(0), db.url, s, PipelineProbe.NONE).start()) {
            HttpFixture h = new HttpFixture(other.port());
            HttpResponse<String> start = h.send(request(h, "/api/whatif/runs", "{\"base\":\"teaching\"}", "application/json", null));
            HttpResponse<String> validate = h.send(request(h, "/api/scenarios/validate", "a: 1", "application/yaml", null));

            assertThat(start.statusCode()).isEqualTo(503);
            assertThat(HttpFixture.JSON.readTree(start.body()).get("error").asText()).isEqualTo(ScenarioRunner.UNAVAILABLE);
            assertThat(validate.statusCode()).isEqualTo(503);
            assertThat(h.getJson("/api/scenarios", 200).get("runner").asBoolean()).isFalse();
            assertThat(h.getJson("/api/whatif/runs", 200)).hasSize(1);
            assertThat(h.getJson("/api/whatif/runs/" + RUN, 200).get("report").isNull()).isTrue();
        }
    }

    @Test
    void beyondLoopbackStartingARunNeedsTheToken(@TempDir Path other) throws Exception {
        String token = "yard-token-0123456789abcdef";
        TwinDatabase db = new TwinDatabase(other).createTables();
        FakeRunner fake = new FakeRunner();
        DashboardConfig config = DashboardConfig.defaults().withHost("0.0.0.0").withPort(0).withApiToken(token);
        try (PipelineStatus s = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer guarded = new DashboardServer(config, db.url, s, PipelineProbe.NONE, fake).start()) {
            HttpFixture h = new HttpFixture(guarded.port());
            String body = "{\"base\":\"teaching\"}";

            assertThat(h.send(request(h, "/api/whatif/runs", body, "application/json", null)).statusCode()).isEqualTo(401);
            assertThat(h.send(request(h, "/api/scenarios/validate", "a: 1", "application/yaml", null)).statusCode()).isEqualTo(401);
            assertThat(fake.started).isEmpty();
            assertThat(h.send(request(h, "/api/whatif/runs", body, "application/json", "Bearer " + token)).statusCode()).isEqualTo(200);
            assertThat(fake.started).hasSize(1);
        }
    }

    private static JsonNode problems(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = HttpFixture.JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("problems").isArray()).isTrue();
        return body;
    }

    private static HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return http.send(request(http, path, body, contentType, null));
    }

    private static HttpRequest request(HttpFixture h, String path, String body, String contentType, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(h.uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }
}
