package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What-if endpoints: stored runs from H2 ({@link WhatIfRuns}), and starting, validating and following runs
 * through the launcher's {@link ScenarioRunner}. Without a runner the changing endpoints answer 503.
 */
final class WhatIfApi {
    static final int MAX_REPLICATIONS = 200;
    static final int MAX_VARIANTS = 8;
    static final int MAX_SCENARIO_CHARS = 200_000;
    static final int DEFAULT_REPLICATIONS = 10;
    static final long DEFAULT_SEED = 42;

    private final WhatIfRuns runs;
    private final ScenarioRunner runner;
    private final ObjectMapper json;

    WhatIfApi(WhatIfRuns runs, ScenarioRunner runner, ObjectMapper json) {
        this.runs = runs;
        this.runner = runner;
        this.json = json;
    }

    /** {@code GET /api/scenarios}: whether runs can be started here, and the shipped scenarios. */
    void scenarios(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runner", runner.available());
        body.put("shipped", runner.shipped());
        ctx.json(body);
    }

    /** {@code POST /api/scenarios/validate} with a YAML body: 200 when valid, 400 with every problem otherwise. */
    void validate(Context ctx) {
        if (unavailable(ctx)) {
            return;
        }
        String yaml = ctx.body();
        if (yaml.isBlank()) {
            problems(ctx, "scenario rejected", List.of("body: a scenario as YAML text, missing"));
            return;
        }
        if (yaml.length() > MAX_SCENARIO_CHARS) {
            problems(ctx, "scenario rejected", List.of("body: at most " + MAX_SCENARIO_CHARS + " characters, got " + yaml.length()));
            return;
        }
        List<String> found = runner.validate(yaml);
        if (!found.isEmpty()) {
            problems(ctx, "scenario rejected: " + found.size() + " problem" + (found.size() == 1 ? "" : "s"), found);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("problems", List.of());
        ctx.json(body);
    }

    /** {@code GET /api/whatif/runs}: stored runs, newest first, and the runs in progress here. */
    void list(Context ctx) throws SQLException {
        ctx.json(runs.list());
    }

    /** {@code POST /api/whatif/runs} {base, variants[], replications, seed}: queues a comparison. */
    void start(Context ctx) {
        if (unavailable(ctx)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems(ctx, "request rejected", List.of("body: expected JSON {base, variants[], replications, seed}, got "
                    + "invalid JSON (" + e.getOriginalMessage() + ")"));
            return;
        }
        if (body == null || !body.isObject()) {
            problems(ctx, "request rejected", List.of("body: expected a JSON object {base, variants[], replications, seed}"));
            return;
        }
        String base = text(body.get("base"), "base", problems);
        List<String> variants = new ArrayList<>();
        JsonNode v = body.get("variants");
        if (v != null && !v.isNull()) {
            if (!v.isArray()) {
                problems.add("variants: expected an array of scenario names or YAML texts, got " + v.getNodeType());
            } else if (v.size() > MAX_VARIANTS) {
                problems.add("variants: at most " + MAX_VARIANTS + ", got " + v.size());
            } else {
                for (int i = 0; i < v.size(); i++) {
                    String s = text(v.get(i), "variants[" + i + "]", problems);
                    if (s != null) {
                        variants.add(s);
                    }
                }
            }
        }
        int replications = (int) integer(body.get("replications"), "replications", DEFAULT_REPLICATIONS, 1, MAX_REPLICATIONS, problems);
        long seed = integer(body.get("seed"), "seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            problems(ctx, "request rejected", problems);
            return;
        }
        String runId;
        try {
            runId = runner.start(base, variants, replications, seed);
        } catch (ScenarioRunner.Rejected e) {
            problems(ctx, "scenario rejected: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"),
                    e.problems());
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", runId);
        answer.put("progress", "/api/whatif/runs/" + runId + "/progress");
        answer.put("result", "/api/whatif/runs/" + runId);
        ctx.json(answer);
    }

    /** {@code GET /api/whatif/runs/{runId}}. */
    void one(Context ctx, String runId) throws SQLException {
        findRun(ctx, runId).ifPresent(run -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("runId", run.runId());
            body.put("createdAt", run.createdAt());
            body.put("seed", run.seed());
            body.put("replications", run.replications());
            body.put("report", runner.report(run.runId()).filter(Files::isRegularFile).isPresent()
                    ? "/api/whatif/runs/" + run.runId() + "/report" : null);
            body.put("scenarios", run.scenarios());
            ctx.json(body);
        });
    }

    void kpisCsv(Context ctx, String runId) throws SQLException {
        findRun(ctx, runId).ifPresent(run -> csv(ctx, run.runId() + "-kpis.csv", WhatIfRuns.kpisCsv(run)));
    }

    void resourcesCsv(Context ctx, String runId) throws SQLException {
        findRun(ctx, runId).ifPresent(run -> csv(ctx, run.runId() + "-resources.csv", WhatIfRuns.resourcesCsv(run)));
    }

    /** {@code GET /api/whatif/runs/{runId}/progress}: from the runner, or DONE for a run stored in H2. */
    void progress(Context ctx, String runId) throws SQLException {
        if (!validRunId(ctx, runId)) {
            return;
        }
        Optional<ScenarioRunner.Progress> p = runner.progress(runId);
        if (p.isPresent()) {
            ctx.json(p.get());
            return;
        }
        Optional<WhatIfRuns.Run> stored = runs.find(runId);
        if (stored.isPresent()) {
            WhatIfRuns.Run run = stored.get();
            int total = run.replications() * run.scenarios().size();
            ctx.json(new ScenarioRunner.Progress(runId, "DONE", total, total,
                    run.scenarios().stream().map(WhatIfRuns.ScenarioResult::scenario).toList(), null, run.createdAt(), null));
            return;
        }
        notFound(ctx, runId);
    }

    /** {@code GET /api/whatif/runs/{runId}/report}: the HTML report the run wrote. */
    void report(Context ctx, String runId) throws IOException {
        if (!validRunId(ctx, runId) || unavailable(ctx)) {
            return;
        }
        Optional<Path> file = runner.report(runId).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(runError("no HTML report for run '" + runId + "' (not finished, or written"
                    + " elsewhere than this launcher's what-if directory)", runId));
            return;
        }
        // The report is self-contained (inline CSS and SVG): it may load and run nothing.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        ctx.contentType("text/html; charset=utf-8").result(Files.readAllBytes(file.get()));
    }

    private Optional<WhatIfRuns.Run> findRun(Context ctx, String runId) throws SQLException {
        if (!validRunId(ctx, runId)) {
            return Optional.empty();
        }
        Optional<WhatIfRuns.Run> run = runs.find(runId);
        if (run.isEmpty()) {
            notFound(ctx, runId);
        }
        return run;
    }

    private void notFound(Context ctx, String runId) {
        boolean running = runner.progress(runId).isPresent();
        ctx.status(HttpStatus.NOT_FOUND).json(runError(running ? "run '" + runId + "' has not finished yet; see its progress"
                : "no what-if run with id '" + runId + "'", runId));
    }

    private static boolean validRunId(Context ctx, String runId) {
        try {
            WhatIfRuns.validRunId(runId);
            return true;
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(runError(e.getMessage(), runId));
            return false;
        }
    }

    private boolean unavailable(Context ctx) {
        if (runner.available()) {
            return false;
        }
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(DashboardApi.error(ScenarioRunner.UNAVAILABLE, null));
        return true;
    }

    private static void csv(Context ctx, String file, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType(DashboardApi.CSV).result(body);
    }

    private static void problems(Context ctx, String error, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("problems", problems);
        ctx.status(HttpStatus.BAD_REQUEST).json(body);
    }

    private static Map<String, String> runError(String message, String runId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("runId", runId);
        return body;
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        if (node == null || node.isNull()) {
            problems.add(field + ": required, missing");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(field + ": expected a scenario name or YAML text, got " + node);
            return null;
        }
        if (node.asText().length() > MAX_SCENARIO_CHARS) {
            problems.add(field + ": at most " + MAX_SCENARIO_CHARS + " characters, got " + node.asText().length());
            return null;
        }
        return node.asText().trim();
    }

    private static long integer(JsonNode node, String field, long fallback, long min, long max, List<String> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problems.add(field + ": expected an integer, got " + node);
            return fallback;
        }
        long n = node.asLong();
        if (n < min || n > max) {
            problems.add(field + ": must be " + min + ".." + max + ", got " + n);
        }
        return n;
    }
}
