package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.app.DemoRun;
import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.Reconciliation;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.pacing.Pacing;
import io.shiptwin.streams.lifecycle.HullEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The Twin inspector on a block, through the whole embedded system: a month of the teaching yard streamed by the
 * simulator (MQTT, bridge, Kafka, Flink, H2), then in headless Chromium the block's lineage (its events, newest
 * first, each linking to the message tracer and naming its Kafka record), the time slider (the block as of its
 * first event differs from the block now, as the history says), the difference between the two times, and the
 * related ship one click away. Screenshot: {@code target/screenshots/inspector-block.png}. On a machine: its lineage is
 * its history, and its twin section appears on a refresh when the first load of it failed.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class InspectorHistoryBrowserIT {
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);
    private static final Duration UI_DEADLINE = Duration.ofSeconds(20);

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;
    static String base;

    @BeforeAll
    static void startSystemAndStreamAMonth() throws Exception {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        base = "http://127.0.0.1:" + pipeline.dashboard().port();
        // The teaching yard's first month (by day 30 blocks are cut, formed and assembled), sampling its equipment hourly
        // rather than every 5 minutes so that the month streams in seconds.
        Path scenario = runDir.resolve("teaching-hourly.yaml");
        Files.writeString(scenario, "extends: teaching\nname: teaching-hourly\nstreaming: {samplePeriodSeconds: 3600}\n");
        config = SimConfig.defaults(pipeline.broker().uri()).withRunId("inspector").withScenario(scenario.toString())
                .withSimDays(30).withPacing(Pacing.parse("max"));
        PipelineSnapshot start = pipeline.status().snapshot();
        TelemetrySimulator sim = pipeline.startSimulator(config);
        assertThat(sim.awaitDone(Duration.ofSeconds(120))).as("a month of the teaching yard published").isTrue();
        pipeline.stopSimulator();
        // Every message in the twin before the pages are read: on a busy machine the job is still working through the
        // month's backlog when the simulator is done, and a history that grows faster than the page refreshes is
        // never seen at its newest version.
        long unique = Reconciliation.uniquePublished(sim.published(), sim.networkStats());
        assertThat(DemoRun.awaitDrained(pipeline, start, unique)).as("the pipeline drains").isTrue();
    }

    static SimConfig config;

    @AfterAll
    static void stopBrowserAndSystem() {
        if (chromium != null) {
            chromium.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    /** The block of the feed with most events (at two or more simulated times), as the scenario defines it. */
    record Block(String id, String shipId, long events, Instant first, long eventsAtFirst) {
    }

    /** Same scenario, seed and run id, same events: the feed read again tells which events each block gets. */
    private static Block busiestBlockOfTheFeed() throws Exception {
        ScenarioFeed feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(),
                config.seed(), config.simStart(), null, config.simDays()));
        Map<String, List<Long>> times = new TreeMap<>();
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            if (m.event() instanceof BusinessEvent e) {
                HullEntity.of(e).filter(id -> HullEntity.kind(id) == ObjectKind.BLOCK)
                        .ifPresent(id -> times.computeIfAbsent(id, k -> new ArrayList<>()).add(e.eventTimeMillis()));
            }
        }
        String best = null;
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            boolean twoTimes = e.getValue().stream().distinct().count() >= 2;
            if (twoTimes && (best == null || e.getValue().size() > times.get(best).size())) {
                best = e.getKey();
            }
        }
        assertThat(best).as("a month of the teaching yard has a block with events at two times").isNotNull();
        List<Long> t = times.get(best);
        long first = t.stream().mapToLong(Long::longValue).min().orElseThrow();
        return new Block(best, HullEntity.shipOf(best), t.size(), Instant.ofEpochMilli(first),
                t.stream().filter(x -> x <= first).count());
    }

    @Test
    void theInspectorShowsABlocksLineageAndTheSliderShowsItAsOfAnEarlierTime() throws Exception {
        Block block = busiestBlockOfTheFeed();
        // Every event of the block applied: its history and its lineage hold the last version.
        await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> newestVersion("hull_twin_history", block.id()) == block.events()
                        && newestVersion("twin_lineage", block.id()) == block.events());
        String newestEventId = newestLineage(block.id());

        open("#/inspector?id=" + block.id());
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-twin").isDisplayed()
                && !chromium.elements("#inspector-lineage tbody tr[data-version]").isEmpty());
        assertThat(chromium.text("#inspector-twin-title")).isEqualTo(block.id());
        assertThat(chromium.attr("#inspector-twin", "data-kind")).isEqualTo("block");
        assertThat(chromium.element("#inspector-result").isDisplayed()).as("the equipment view stays hidden for a block").isFalse();

        // Lineage: newest first, at most the configured 20, each event linking to the tracer and naming its raw message.
        List<WebElement> rows = chromium.elements("#inspector-lineage tbody tr[data-version]");
        assertThat(rows).hasSize((int) Math.min(block.events(), 20));
        assertThat(rows.get(0).getAttribute("data-event-id")).isEqualTo(newestEventId);
        assertThat(chromium.attr("#inspector-lineage tbody tr:first-child a.trace-link", "href"))
                .endsWith("#/flow?trace=" + java.net.URLEncoder.encode(newestEventId, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(chromium.text("#inspector-lineage tbody tr:first-child .raw-source")).matches("yard\\.events\\.raw/\\d+@\\d+");

        // Each row opens its raw message, read back from Kafka: the record's event id is the row's.
        // (The lineage table is re-rendered as the page refreshes: the row is found by its event id each time.)
        String rowEventId = chromium.attr("#inspector-lineage tbody tr[data-version]:nth-child(" + Math.min(2, rows.size()) + ")",
                "data-event-id");
        String row = "#inspector-lineage tbody tr[data-event-id=\"" + rowEventId + "\"]";
        String rawPath = chromium.attr(row, "data-raw");
        chromium.click(row + " .raw-link", UI_DEADLINE);
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#raw-panel").isDisplayed()
                && "200".equals(chromium.attr("#raw-panel", "data-status")));
        assertThat(chromium.attr("#raw-panel", "data-event-id")).isEqualTo(rowEventId);
        assertThat(chromium.text("#raw-payload")).contains("\"eventId\": \"" + rowEventId + "\"", "\"assetId\"", "\"body\"");
        assertThat(chromium.text("#raw-meta")).startsWith(rawPath.replace("/api/raw/", "").replaceFirst("/(\\d+)/(\\d+)$", "/$1@$2"))
                .doesNotContain("NOT the lineage row's event");

        // The slider starts at the latest event: the block now.
        chromium.waitUpTo(UI_DEADLINE).until(d -> "true".equals(chromium.attr("#inspector-asof", "data-existed")));
        String now = chromium.text("#inspector-asof tbody");
        assertThat(chromium.text("#inspector-asof-note")).startsWith(applied(block.events()));

        // Moved to the first event: the block as it was then, as many events as the history has by then.
        slide("#inspector-slider", block.first().toEpochMilli());
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.attr("#inspector-asof", "data-asof") != null
                && Instant.parse(chromium.attr("#inspector-asof", "data-asof")).equals(block.first()));
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.text("#inspector-asof-note").startsWith(applied(block.eventsAtFirst())));
        assertThat(chromium.text("#inspector-asof tbody")).as("the state as of the first event differs from now").isNotEqualTo(now);

        // "Compare with" at the latest event: what changed between the two times.
        slide("#inspector-from", ((Number) ((JavascriptExecutor) chromium.driver)
                .executeScript("return Number(document.getElementById('inspector-from').max);")).longValue());
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.elements("#inspector-diff tbody tr.changed").isEmpty());
        assertThat(chromium.text("#inspector-diff-note")).contains((block.events() - block.eventsAtFirst()) + " events between");
        chromium.fitHeight(1400);
        chromium.screenshot("inspector-block");

        // Related: the ship is one click away, and the tracer follows a lineage event to its Kafka record.
        chromium.click("#inspector-related a[data-related-id=\"" + block.shipId() + "\"]", UI_DEADLINE);
        chromium.waitUpTo(UI_DEADLINE).until(d -> block.shipId().equals(chromium.text("#inspector-twin-title")));
        assertThat(chromium.attr("#inspector-twin", "data-kind")).isEqualTo("ship");
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.elements("#inspector-related a[data-related-id=\"" + block.id() + "\"]").isEmpty());

        open("#/flow?trace=" + java.net.URLEncoder.encode(newestEventId, java.nio.charset.StandardCharsets.UTF_8));
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#trace-result").isDisplayed());
        assertThat(chromium.text("#trace-outcome")).isEqualTo("APPLIED");
        assertThat(chromium.text("#trace-hops tr[data-hop=\"kafka\"]")).containsPattern("yard\\.events\\.raw/\\d+@\\d+");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void anEquipmentsLineageIsItsHistoryAndTheTwinJobWritesNoLineageRowsForEquipment() throws Exception {
        String crane = busiestEquipment();
        open("#/inspector?id=" + crane);
        // The newest version of the history on the first row, the last 20 below it (the page refreshes as it grows).
        List<?>[] shown = new List<?>[1];
        long[] newest = new long[1];
        chromium.waitUpTo(UI_DEADLINE).until(d -> {
            newest[0] = newestHistoryVersion(crane);
            shown[0] = (List<?>) ((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll("
                    + "'#inspector-lineage tbody tr[data-version]')].map(tr => [tr.dataset.version, tr.dataset.eventId,"
                    + " tr.cells[2].textContent, tr.cells[4].textContent, tr.cells[5].textContent,"
                    + " tr.querySelector('.raw-source').textContent]);");
            return !shown[0].isEmpty() && String.valueOf(newest[0]).equals(((List<?>) shown[0].get(0)).get(0))
                    && newest[0] == newestHistoryVersion(crane);
        });
        assertThat(shown[0]).hasSize((int) Math.min(newest[0], 20));
        List<Version> history;
        try (Connection c = DriverManager.getConnection(pipeline.h2Url())) {
            history = EquipmentHistoryChunks.all(c, crane);
        }
        for (int i = 0; i < shown[0].size(); i++) {
            List<?> row = (List<?>) shown[0].get(i);
            long version = newest[0] - i;
            assertThat(row.get(0)).as("row %d newest first", i).isEqualTo(String.valueOf(version));
            Version stored = history.stream().filter(v -> v.version() == version).findFirst()
                    .orElseThrow(() -> new AssertionError("no history of version " + version));
            Map<String, Object> readings = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    stored.readings(), new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
            assertThat(row.get(1)).isEqualTo(stored.eventId());
            assertThat(row.get(2)).isEqualTo("telemetry");
            assertThat(row.get(3)).isEqualTo(String.join(",", readings.keySet()));
            assertThat((String) row.get(4)).startsWith(readings.keySet().iterator().next() + "=")
                    .matches("([a-z_0-9]+=-?\\d+\\.\\d{3} ?)+");
            assertThat(row.get(5)).isEqualTo(stored.sourceTopic() + "/" + stored.sourcePartition() + "@" + stored.sourceOffset());
        }
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM twin_lineage WHERE event_type = 'telemetry'"
                     + " OR entity_id LIKE '%/EQ-%'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).as("twin_lineage rows for equipment").isZero();
        }
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void anEquipmentsTwinSectionAppearsOnARefreshWhenItsFirstLoadFailed() throws Exception {
        String crane = busiestEquipment();
        open("#/inspector");
        // The dashboard's first answer for the machine's twin is an error, as when its history is not in H2 yet.
        ((JavascriptExecutor) chromium.driver).executeScript("window.__twinFailures = 0; const real = window.fetch;"
                + " window.fetch = (url, opts) => { const u = String(url);"
                + " if (window.__twinFailures === 0 && u.includes('/api/twin/') && !/\\/(lineage|asof|diff)/.test(u)) {"
                + " window.__twinFailures++; return Promise.resolve(new Response('{\"error\":\"not yet\"}',"
                + " {status: 503, headers: {'Content-Type': 'application/json'}})); }"
                + " return real(url, opts); };");
        open("#/inspector?id=" + crane);
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-result").isDisplayed()
                && Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript("return window.__twinFailures;")));
        // The page's refresh (every 2 s) tries the section again: it shows the twin and its lineage.
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-twin").isDisplayed()
                && !chromium.elements("#inspector-lineage tbody tr[data-version]").isEmpty());
        assertThat(chromium.text("#inspector-twin-title")).isEqualTo(crane);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    /** The equipment with the most history once the feed is in. */
    private static String busiestEquipment() throws SQLException {
        await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> {
            try (Connection c = DriverManager.getConnection(pipeline.h2Url());
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM equipment_history_chunks");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            } catch (SQLException e) {
                return false; // the sink has not created the tables yet
            }
        });
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT asset_id FROM equipment_history_chunks GROUP BY asset_id"
                     + " ORDER BY SUM(events) DESC, asset_id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Called from the browser wait, which takes no checked exceptions. */
    private static long newestHistoryVersion(String assetId) {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(last_version), 0) FROM equipment_history_chunks WHERE asset_id = ?")) {
            ps.setString(1, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history of " + assetId + ": " + e.getMessage(), e);
        }
    }

    private static long newestVersion(String table, String id) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM " + table + " WHERE entity_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("not found")) {
                return 0; // the sink has not created the tables yet
            }
            throw e;
        }
    }

    private static String newestLineage(String id) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT event_id FROM twin_lineage WHERE entity_id = ? ORDER BY version DESC"
                + " LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String applied(long n) {
        return n + (n == 1 ? " event" : " events") + " applied by then";
    }

    /** Moves a range input as a person dragging it would: value set, then an input event. */
    private static void slide(String css, long value) {
        ((JavascriptExecutor) chromium.driver).executeScript("const s = document.querySelector(arguments[0]);"
                + " s.value = String(arguments[1]); s.dispatchEvent(new Event('input', {bubbles: true}));", css, value);
    }

    private static void open(String hash) {
        String current = chromium.driver.getCurrentUrl();
        if (current.equals(base + "/") || current.startsWith(base + "/#")) {
            ((JavascriptExecutor) chromium.driver).executeScript("location.hash = arguments[0];", hash);
        } else {
            chromium.driver.get(base + "/" + hash);
        }
        chromium.waitUpTo(UI_DEADLINE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!document.body.dataset.view;")));
    }





}
