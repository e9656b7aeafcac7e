package io.shiptwin.app.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.shiptwin.dashboards.ScenarioRunner;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioException;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.sim.whatif.Comparison;
import io.shiptwin.sim.whatif.Reports;
import io.shiptwin.sim.whatif.WhatIf;
import io.shiptwin.sim.whatif.WhatIfResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's what-if runs, as {@code ./shiptwin scenario compare} does them: scenarios loaded and
 * validated by {@link ScenarioLoader} (at once, so a bad one is refused with every problem), then run on a
 * single background worker with {@link WhatIf#compare} (replications in parallel), written as CSV and the
 * HTML report to {@code <whatifDir>/<run id>/} and stored in H2 by {@link WhatIfStore}.
 *
 * <p>Uploaded scenarios are YAML text; they may extend a shipped scenario only, so that an upload cannot
 * make the server read files of its own.
 */
public final class WhatIfRunner implements ScenarioRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRunner.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final WhatIfStore store;
    private final Path whatIfDir;
    private final int threads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-whatif");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /**
     * @param h2JdbcUrl the twin database, where results are stored as by the CLI
     * @param whatIfDir where each run writes {@code <run id>/kpis.csv … report.html}
     * @param threads   replication threads; 0 = all cores
     */
    public WhatIfRunner(String h2JdbcUrl, Path whatIfDir, int threads) {
        this.store = new WhatIfStore(h2JdbcUrl);
        this.whatIfDir = whatIfDir;
        this.threads = threads;
    }

    @Override
    public List<String> shipped() {
        return ScenarioLoader.SHIPPED;
    }

    @Override
    public List<String> validate(String yaml) {
        try {
            parseUpload(yaml, "uploaded scenario");
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    @Override
    public String start(String base, List<String> variants, int replications, long seed) {
        List<String> problems = new ArrayList<>();
        Scenario b = load(base, "base", problems);
        List<Scenario> v = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Scenario s = load(variants.get(i), "variants[" + i + "]", problems);
            if (s != null) {
                v.add(s);
            }
        }
        if (replications < 1) {
            problems.add("replications: must be >= 1, got " + replications);
        }
        Set<String> names = new HashSet<>();
        if (b != null) {
            names.add(b.name());
        }
        for (Scenario s : v) {
            if (!names.add(s.name())) {
                problems.add("variants: scenario name '" + s.name() + "' appears twice; give an uploaded variant its own 'name:'");
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        String runId = LocalDateTime.now().format(RUN_ID) + "-" + sequence.incrementAndGet();
        List<String> scenarioNames = new ArrayList<>();
        scenarioNames.add(b.name());
        v.forEach(s -> scenarioNames.add(s.name()));
        int total = replications * scenarioNames.size();
        progress.put(runId, new Progress(runId, "QUEUED", 0, total, scenarioNames, null, null, null));
        worker.submit(() -> run(runId, b, v, replications, seed, scenarioNames, total));
        return runId;
    }

    private void run(String runId, Scenario base, List<Scenario> variants, int replications, long seed, List<String> names,
                     int total) {
        String started = now();
        progress.put(runId, new Progress(runId, "RUNNING", 0, total, names, started, null, null));
        WhatIf.ProgressListener listener = (done, n) ->
                progress.put(runId, new Progress(runId, "RUNNING", done, n, names, started, null, null));
        try {
            Path dir = whatIfDir.resolve(runId);
            if (variants.isEmpty()) {
                WhatIfResult r = WhatIf.run(base, replications, seed, threads, listener);
                Reports.writeCsv(r, dir);
                Reports.writeHtml(r, dir.resolve("report.html"));
                store.save(runId, r);
            } else {
                Comparison c = WhatIf.compare(base, variants, replications, seed, threads, listener);
                Reports.writeCsv(c, dir);
                Reports.writeHtml(c, dir.resolve("report.html"));
                store.save(runId, c);
            }
            progress.put(runId, new Progress(runId, "DONE", total, total, names, started, now(), null));
            LOG.info("what-if run {} done: {}", runId, names);
        } catch (Exception | Error e) {
            LOG.warn("what-if run {} failed", runId, e);
            int done = progress.get(runId).done();
            progress.put(runId, new Progress(runId, "FAILED", done, total, names, started, now(), e.toString()));
        }
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Override
    public Optional<Progress> progress(String runId) {
        return Optional.ofNullable(progress.get(runId));
    }

    /** Where this runner wrote the run's report, or where {@code ./shiptwin scenario} writes it by default. */
    @Override
    public Optional<Path> report(String runId) {
        for (Path dir : List.of(whatIfDir, Path.of("whatif"))) {
            Path file = dir.resolve(runId).resolve("report.html").normalize();
            if (file.startsWith(dir.normalize()) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Waits for the queued runs to finish, at most {@code seconds}; for tests and an orderly shutdown. */
    public boolean awaitIdle(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (progress.values().stream().noneMatch(p -> p.state().equals("QUEUED") || p.state().equals("RUNNING"))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** A shipped name, or YAML text (it contains a ':' or a line break). */
    private static Scenario load(String nameOrYaml, String field, List<String> problems) {
        try {
            if (ScenarioLoader.SHIPPED.contains(nameOrYaml)) {
                return ScenarioLoader.load(nameOrYaml);
            }
            if (nameOrYaml.indexOf(':') < 0 && nameOrYaml.indexOf('\n') < 0) {
                problems.add(field + ": unknown scenario '" + nameOrYaml + "', expected one of " + ScenarioLoader.SHIPPED
                        + " or a scenario as YAML text");
                return null;
            }
            return parseUpload(nameOrYaml, field.equals("base") ? "uploaded-base" : "uploaded-" + field.replaceAll("[^a-z0-9]+", "-"));
        } catch (ScenarioException e) {
            e.problems().forEach(p -> problems.add(field + ": " + p));
            return null;
        }
    }

    private static Scenario parseUpload(String yaml, String origin) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(origin, List.of("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        JsonNode ext = tree == null ? null : tree.get("extends");
        if (ext != null && !(ext.isTextual() && ScenarioLoader.SHIPPED.contains(ext.asText()))) {
            throw new ScenarioException(origin, List.of("extends: an uploaded scenario may extend only a shipped one "
                    + ScenarioLoader.SHIPPED + ", got " + ext));
        }
        return ScenarioLoader.parse(yaml, origin.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
    }
}
