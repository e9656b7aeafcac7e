package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.PumpWearFeed;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The Quality &amp; maintenance view as a maintenance planner and a quality engineer use it: a dock pump's bearing
 * wears out in the streamed teaching yard; the page shows the work order its drift alert opened (closed by the repair),
 * the pump's status and last shift's OEE, the drift alert with its remaining useful life, and the pump's OEE per shift.
 * Then 40 days of a teaching yard whose blocks fail inspection half the time are streamed through the simulator: the page
 * lists the open non-conformances (as many as H2 holds, the ones the feed left open, each with its inspection method
 * read from the raw message), the defect and rework rates per welding station, and the read-only SQL panel answers a
 * query and refuses a DROP. Screenshots: {@code target/screenshots/quality-maintenance.png} and {@code quality.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NoFlinkTaskFailures.class)
class QualityMaintenanceBrowserIT {
    private static final Duration UI_DEADLINE = Duration.ofSeconds(20);
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;

    @BeforeAll
    static void startSystemAndBrowser() {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
    }

    @AfterAll
    static void stopBrowserAndSystem() {
        if (chromium != null) {
            chromium.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(1)
    void theWorkOrderOfAWornPumpBearingAppearsWithTheMachinesStatusAndItsShifts() throws Exception {
        PumpWearFeed.publish(pipeline.kafka().bootstrap(), runDir, "browser-care");
        chromium.driver.get("http://127.0.0.1:" + pipeline.dashboard().port() + "/#/quality");

        String order = "#wo-table tr[data-work-order=\"88.118.8001/WO-DOCK-1-P1-D1\"][data-status=\"CLOSED\"]";
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !d.findElements(By.cssSelector(order)).isEmpty());
        String row = chromium.driver.findElement(By.cssSelector(order)).getText();
        assertThat(row).contains("CLOSED", PumpWearFeed.PUMP, "bearing vibration drifting up", "equipment-repaired");
        assertThat(chromium.driver.findElement(By.id("wo-closed")).getText()).isEqualTo("1");

        String pump = "#machines-table tr[data-asset-id=\"" + PumpWearFeed.PUMP + "\"]";
        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(pump)).isEmpty());
        assertThat(chromium.driver.findElement(By.cssSelector(pump)).getAttribute("data-status")).isIn("WORKING", "IDLE", "DOWN");
        assertThat(chromium.driver.findElement(By.cssSelector(pump)).getText()).contains("pump", "%");

        // The drift alert is among the teaching yard's many limit-rule alerts: its rule has a bar of its own.
        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("alerts-by-rule")).getText()
                .contains("pump-bearing-vibration-drift"));
        double rul = Double.parseDouble(chromium.driver.findElement(By.cssSelector(order + " td:nth-child(5)")).getText()
                .replace(",", ""));
        assertThat(rul).as("remaining useful life when the order was opened, hours").isPositive();

        chromium.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#shifts-chart svg")).isEmpty());
        assertThat(chromium.driver.findElement(By.id("shifts-note")).getText()).contains("shifts");
        chromium.fitHeight(1400);
        chromium.screenshot("quality-maintenance");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    /** What the feed did to non-conformances: opened (id -> inspection method of the inspection that found it), closed. */
    record NcFeed(Map<String, String> opened, TreeSet<String> closed) {
        TreeSet<String> open() {
            TreeSet<String> open = new TreeSet<>(opened.keySet());
            open.removeAll(closed);
            return open;
        }
    }

    @Test
    @Order(2)
    void openNonConformancesAndTheRatesPerStationAppearAsH2HoldsThemAndTheSqlPanelOnlyReads() throws Exception {
        // By day 40 the teaching yard has inspected its first blocks; with half of them failing, one NC is still open.
        Path scenario = runDir.resolve("teaching-defects.yaml");
        Files.writeString(scenario, "extends: teaching\nname: teaching-defects\nquality: {blockDefectProbability: 0.5}\n"
                + "streaming: {samplePeriodSeconds: 3600}\n");
        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withRunId("quality").withScenario(scenario.toString())
                .withSimDays(40).withPacing(Pacing.parse("max"));
        NcFeed feed = nonConformancesOf(config);
        assertThat(feed.open()).as("the feed leaves a non-conformance open").isNotEmpty();
        TelemetrySimulator sim = pipeline.startSimulator(config);
        assertThat(sim.awaitDone(Duration.ofSeconds(120))).as("40 days of the defect-prone teaching yard published").isTrue();
        pipeline.stopSimulator();
        await(() -> count("SELECT COUNT(*) FROM hull_twin_history WHERE event_type = 'non-conformance-opened'") == feed.opened().size()
                && count("SELECT COUNT(*) FROM hull_twin_history WHERE event_type = 'non-conformance-closed'") == feed.closed().size());
        long openInH2 = count("SELECT COUNT(*) FROM hull_twin_history o WHERE event_type = 'non-conformance-opened' AND NOT EXISTS"
                + " (SELECT 1 FROM hull_twin_history c WHERE c.subject_id = o.subject_id AND c.event_type = 'non-conformance-closed')");
        assertThat(openInH2).isEqualTo(feed.open().size());

        chromium.driver.get("http://127.0.0.1:" + pipeline.dashboard().port() + "/#/quality");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#ncr-table tr[data-nc-id]").size() == openInH2
                && chromium.elements("#ncr-table tr[data-method=\"\"]").isEmpty());
        assertThat(chromium.text("#ncr-open")).isEqualTo(Long.toString(openInH2));
        assertThat(chromium.text("#ncr-opened")).isEqualTo(Integer.toString(feed.opened().size()));
        assertThat(chromium.text("#ncr-closed")).isEqualTo(Integer.toString(feed.closed().size()));
        for (WebElement row : chromium.elements("#ncr-table tr[data-nc-id]")) {
            String nc = row.getAttribute("data-nc-id");
            assertThat(feed.open()).contains(nc);
            assertThat(row.getAttribute("data-method")).as("method of the inspection that opened %s", nc).isEqualTo(feed.opened().get(nc));
            assertThat(row.getAttribute("data-block-id")).contains("/BLK-");
            assertThat(row.getText()).contains(nc.substring(nc.indexOf('/') + 1).replace("NC-", "INSP-"), "yard.events.raw/");
        }

        // The quality join may still be counting the last inspections: page and H2 are compared once both agree.
        String perStation = "SELECT COUNT(DISTINCT work_centre) FROM weld_quality WHERE work_centre IS NOT NULL";
        String inspected = "SELECT COALESCE(SUM(inspections), 0) FROM weld_quality WHERE work_centre IS NOT NULL";
        chromium.waitUpTo(Duration.ofSeconds(60)).until(d -> uncheckedCount(perStation) == chromium.elements("#stations-table tr[data-station]").size()
                && uncheckedCount(inspected) == shownInspections());
        assertThat(count(perStation)).as("the quality join has seen the welding stations").isPositive();
        assertThat(shownInspections()).as("inspections per station add up to what weld_quality holds").isEqualTo(count(inspected))
                .isPositive();
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.text("#stations-chart").contains("defect rate"));
        assertThat(chromium.elements("#stations-chart svg")).isNotEmpty();

        // The SQL panel: a query answers what H2 holds; a change is refused by the database.
        sql("SELECT COUNT(*) AS opened FROM hull_twin_history WHERE event_type = 'non-conformance-opened'");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "ok".equals(chromium.attr("#sql-table", "data-status")));
        assertThat(chromium.text("#sql-table thead")).isEqualTo("OPENED");
        assertThat(chromium.text("#sql-table tbody")).isEqualTo(Integer.toString(feed.opened().size()));
        sql("DROP TABLE hull_twin_history");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "error".equals(chromium.attr("#sql-table", "data-status")));
        assertThat(chromium.text("#sql-note")).startsWith("HTTP 400 read-only: refused");
        assertThat(count("SELECT COUNT(*) FROM hull_twin_history WHERE event_type = 'non-conformance-opened'"))
                .isEqualTo(feed.opened().size());
        sql("SELECT stage, COUNT(*) AS blocks, SUM(inspections_failed) AS failed, SUM(non_conformances_opened) AS ncs"
                + " FROM hull_twin WHERE kind = 'block' GROUP BY stage ORDER BY blocks DESC");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "ok".equals(chromium.attr("#sql-table", "data-status")));

        ((JavascriptExecutor) chromium.driver).executeScript("window.scrollTo(0, 0);");
        chromium.fitHeight(1400);
        chromium.screenshot("quality");
        assertThat(chromium.consoleErrors()).as("only the refused DROP's answer").singleElement()
                .satisfies(e -> assertThat(e).contains("/api/sql", "status of 400"));
    }

    /** The inspections column of the stations table, summed (read in one script: the table re-renders). */
    private static long shownInspections() {
        Object n = ((JavascriptExecutor) chromium.driver).executeScript("return Array.from(document.querySelectorAll("
                + "'#stations-table tr[data-station]')).reduce((sum, tr) => sum + Number(tr.cells[3].textContent), 0);");
        return ((Number) n).longValue();
    }

    private static long uncheckedCount(String sql) {
        try {
            return count(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) {
        ((JavascriptExecutor) chromium.driver).executeScript("document.getElementById('sql-table').dataset.status = 'pending';");
        WebElement text = chromium.element("#sql-text");
        text.clear();
        text.sendKeys(statement);
        chromium.element("#sql-run").click();
    }

    /** The same scenario, seed and run id give the same events: the feed read again says which NCs stay open. */
    private static NcFeed nonConformancesOf(SimConfig config) {
        ScenarioFeed feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(),
                config.seed(), config.simStart(), null, config.simDays()));
        Map<String, String> methods = new HashMap<>();
        Map<String, String> opened = new HashMap<>();
        TreeSet<String> closed = new TreeSet<>();
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            if (m.event() instanceof InspectionRecorded i) {
                methods.put(i.assetId(), i.method().name());
            } else if (m.event() instanceof NonConformanceOpened n) {
                opened.put(n.assetId(), methods.get(n.inspection().toString()));
            } else if (m.event() instanceof NonConformanceClosed c) {
                closed.add(c.assetId());
            }
        }
        return new NcFeed(opened, closed);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500)).until(condition);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("not found")) {
                return -1; // the sink has not created the tables yet
            }
            throw e;
        }
    }

}
