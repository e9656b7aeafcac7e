package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.sim.MinimalYard;
import io.shiptwin.sim.MqttPublisher;
import io.shiptwin.sim.SimConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard as a person uses it: the whole embedded system with the simulator publishing, each view
 * opened in headless Chromium, real data asserted on the page, and a screenshot of each view saved to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NoFlinkTaskFailures.class)
class DashboardBrowserIT {
    private static final String GC_01 = "88.118.8001/EQ-GC-01";
    private static final String BROKEN_TAG = "BR-GC-99";
    /** A crane of this test that lifts in a gale: the crane-lift-in-wind rule opens an alert. */
    private static final String WINDY_TAG = "BR-GC-98";
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);
    private static final Duration UI_DEADLINE = Duration.ofSeconds(20);
    /** Stages of the data path that every healthy run moves data through (dead letters stay at 0). */
    private static final List<String> FLOWING_STAGES = List.of("simulator", "mqtt", "bridge", "kafka", "flink", "h2",
            "twin-topics");

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static SimConfig sim;
    static HeadlessChromium chromium;
    static String base;

    @BeforeAll
    static void startSystemAndBrowser() {
        // Fail first, before starting anything, when the browser is missing.
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        sim = SimConfig.defaults(pipeline.broker().uri()).withRate(200);
        pipeline.startSimulator(sim);
        base = "http://127.0.0.1:" + pipeline.dashboard().port();
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
    void dataFlowViewShowsEveryHopOfTheDataPathCounting() {
        open("#/flow");

        chromium.waitUpTo(DATA_DEADLINE).until(d -> FLOWING_STAGES.stream().allMatch(stage -> stageCount(stage) > 0));
        Map<String, Long> counts = FLOWING_STAGES.stream().collect(Collectors.toMap(Function.identity(), this::stageCount));
        assertThat(counts).allSatisfy((stage, count) -> assertThat(count).as("count of %s", stage).isPositive());
        // Every stage counting does not mean every station's first reading is in H2 yet (at 200 msg/s the first
        // batches hold some of them): wait for all, then assert the exact number.
        chromium.waitUpTo(DATA_DEADLINE).until(d -> stageCount("h2") >= stations());
        assertThat(stageCount("h2")).as("twin entities in H2").isEqualTo(stations());
        // The diagram is drawn by ECharts' SVG renderer, so its labels are text in the page.
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.text("#flow-diagram").contains("Flink twin job"));
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#flow-diagram svg").size() == 1 && chromium.elements("#rates-chart canvas").size() >= 1);
        assertThat(chromium.attr("[data-stage=\"flink\"]", "data-health")).isEqualTo("UP");
        // The lag is the job's own position, read from the MiniCluster's REST API, once its source has fetched.
        chromium.waitUpTo(DATA_DEADLINE).until(d ->
                "job".equals(chromium.attr("[data-stage=\"flink\"] [data-hop=\"flink.consumer.lag\"]", "data-from")));
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.text("[data-stage=\"simulator\"] .stage-rate").contains("– msg/s"));
        assertThat(chromium.text("#dropped-events tbody")).contains("none");
    }

    @Test
    @Order(2)
    void yardShowsTheSimulatorsStationsLiveInTheEquipmentTable() {
        open("#/yard");

        long expected = stations();
        chromium.waitUpTo(DATA_DEADLINE).until(d -> chromium.text("#equipment-count").equals(String.valueOf(expected)));
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#equipment-table tr[data-asset-id]").size() == expected);
        assertThat(expected).as("stations of the minimal yard").isEqualTo(7);
        // Read in one script: the live table re-renders every second, a WebElement of it can go stale between find and read.
        assertThat(chromium.text("#equipment-table tr[data-asset-id=\"" + GC_01 + "\"]")).contains("crane", "dock-1", "load_t");
        assertThat(chromium.elements("#area-groups .area")).hasSize(3);
        // The drawn map: every machine once, in its area, coloured live once the twin has it.
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#yard-map [data-map-asset]").size() == expected);
        assertThat(chromium.attr("#yard-map", "data-equipment")).isEqualTo(String.valueOf(expected));
        assertThat(chromium.elements("#yard-map [data-map-area]")).hasSize(3);
        assertThat(chromium.elements("#yard-map [data-map-area=\"dock-1\"] [data-map-asset=\"" + GC_01 + "\"]")).hasSize(1);
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.elements("#yard-map [data-map-asset] circle.m-live").isEmpty());
        assertThat(chromium.elements("#yard-map [data-map-stage]")).as("one box per block stage").hasSize(9);
        assertThat(chromium.text("#yard-map-summary")).contains(expected + " machines in 3 areas");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.text("#feed-mode").equals("(live)"));
        chromium.fitHeight(1400);
        chromium.screenshot("yard");
    }

    @Test
    @Order(3)
    void inspectorShowsTheCranesStateChannelsAndAHistoryChartPerChannel() {
        open("#/inspector");
        chromium.element("#inspector-id").clear();
        chromium.element("#inspector-id").sendKeys(GC_01);
        chromium.element("#inspector-go").click();

        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-result").isDisplayed());
        assertThat(chromium.text("#inspector-title")).isEqualTo(GC_01);
        // Read in one script: the live stream re-renders the rows about once a second.
        @SuppressWarnings("unchecked")
        List<String> channels = (List<String>) chromium.driver.executeScript(
                "return [...document.querySelectorAll('#inspector-channels tbody tr')].map(r => r.dataset.channel);");
        assertThat(channels).contains("load_t", "motor_temp_c", "wind_speed_ms");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#inspector-history .history-chart[data-channel] canvas").size() >= channels.size());
        @SuppressWarnings("unchecked")
        List<String> charted = (List<String>) chromium.driver.executeScript(
                "return [...document.querySelectorAll('#inspector-history .history-chart')].map(c => c.dataset.channel);");
        assertThat(charted).containsExactlyInAnyOrderElementsOf(channels);
        assertThat(chromium.text("#inspector-history-note")).matches("\\d+ events.*");
        assertThat(chromium.elements("#inspector-events tbody tr[data-version]")).hasSize(10);
        assertThat(chromium.text("#inspector-events tbody tr:first-child")).contains("GC-01:", "load_t=");
        assertThat(chromium.attr("#inspector-csv", "href")).endsWith("/api/equipment/88.118.8001/EQ-GC-01/history.csv?limit=500");
        chromium.fitHeight(1400);
        chromium.screenshot("inspector");
    }

    @Test
    @Order(4)
    void inspectorShowsTheServersReasonForAMalformedAndAnUnknownIdentifier() {
        open("#/inspector?id=EQ-GC-01");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-error").isDisplayed());
        assertThat(chromium.attr("#inspector-error", "data-status")).isEqualTo("400");
        assertThat(chromium.text("#inspector-error")).contains("identifier 'EQ-GC-01' has no '/' between prefix and suffix");
        assertThat(chromium.element("#inspector-result").isDisplayed()).isFalse();

        open("#/inspector?id=88.118.8001/EQ-NOPE-99");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "404".equals(chromium.attr("#inspector-error", "data-status")));
        assertThat(chromium.text("#inspector-error")).contains("no equipment twin with identifier '88.118.8001/EQ-NOPE-99'");
        // The console saw both answers: proof that the console check of the last test can see anything at all.
        assertThat(String.join("\n", chromium.consoleErrors())).contains("status of 400", "status of 404");
    }

    @Test
    @Order(5)
    void apiViewListsTheDocumentedEndpointsAndSwaggerUiRendersThemOffline() {
        open("#/api");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#api-endpoints tbody tr[data-path]").size() >= 10);
        assertThat(chromium.elements("#api-endpoints tbody tr[data-path]").stream().map(r -> r.getAttribute("data-path")).toList())
                .contains("/api/equipment", "/api/equipment/{assetId}/history", "/api/equipment.csv", "/api/pipeline");
        chromium.fitHeight(1400);
        chromium.screenshot("api");

        chromium.driver.get(base + "/api/docs");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements(".swagger-ui .opblock").size() >= 10);
        assertThat(chromium.text(".swagger-ui .info")).contains("ShipTwin dashboard API");
        chromium.fitHeight(1400);
        chromium.screenshot("api-docs");
        assertOnlyThisServerWasContacted();
    }

    @Test
    @Order(6)
    void everyViewInTheNavHasItsDataNoneIsMarkedPending() {
        open("#/flow");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#nav a").size() >= 9);
        // The KPIs and Event time views were the last "arrives with issue 5/6" panels (KpisBrowserIT covers them).
        assertThat(chromium.elements("#nav a.pending-view")).as("views still marked pending").isEmpty();
        assertThat(chromium.elements("#view-kpis .pending, #view-event-time .pending")).isEmpty();
    }

    @Test
    @Order(7)
    void theTracerFollowsTheCranesLatestEventThroughEveryRecordedHop() {
        open("#/flow");
        String chip = "#trace-latest a[data-event-id*=\":GC-01:\"]";
        // The chips are re-rendered with every live update: retry a click that hit a replaced element.
        chromium.click(chip, UI_DEADLINE);

        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#trace-result").isDisplayed());
        assertThat(chromium.text("#trace-outcome")).isEqualTo("APPLIED");
        assertThat(chromium.text("#trace-hops tr[data-hop=\"event-time\"]")).contains(GC_01, "2026-03-0");
        for (String hop : List.of("published", "broker", "bridge", "kafka", "twin")) {
            assertThat(chromium.text("#trace-hops tr[data-hop=\"" + hop + "\"]")).as("hop %s", hop)
                    .doesNotContain("not recorded").containsPattern("\\d{4}-\\d\\d-\\d\\dT");
        }
        assertThat(chromium.text("#trace-hops tr[data-hop=\"kafka\"]")).containsPattern("yard\\.telemetry\\.raw/\\d+@\\d+");
        assertThat(chromium.text("#trace-hops tr[data-hop=\"twin\"]")).containsPattern("\\+\\d+ ms").contains("version ");
    }

    @Test
    @Order(8)
    void aMalformedMessageAppearsInTheDataFlowAsADeadLetterWithItsReason() throws Exception {
        open("#/flow");
        try (MqttPublisher device = new MqttPublisher(pipeline.broker().uri(), "browser-it-device", 10)) {
            device.connect();
            device.publish("shipyard/wenchong/dock-9/crane/" + BROKEN_TAG + "/telemetry",
                    "{\"schemaVersion\":1, this is not json".getBytes(StandardCharsets.UTF_8));
            assertThat(device.awaitInFlight(Duration.ofSeconds(30))).isTrue();
        }

        chromium.waitUpTo(DATA_DEADLINE).until(d -> stageCount("deadletter") == 1);
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.elements("#dropped-events tr[data-kind=\"DEAD_LETTER\"]").isEmpty());
        String row = chromium.text("#dropped-events tr[data-kind=\"DEAD_LETTER\"]");
        assertThat(row).contains("dead letter", BROKEN_TAG, "yard.telemetry.raw/", "not JSON");
        assertThat(chromium.attr("[data-stage=\"flink\"] [data-hop=\"flink.deadlettered\"]", "class")).contains("warn");
        // By now the rates chart holds about a minute of samples: the picture for the README.
        chromium.fitHeight(1400);
        chromium.screenshot("data-flow");
    }

    @Test
    @Order(9)
    void theResolverRecordOfTheCraneShowsItsTypedValuesInTheInspector() {
        open("#/inspector?id=" + GC_01);

        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#inspector-record").isDisplayed()
                && chromium.elements("#inspector-record-values tr[data-type]").size() > 10);
        assertThat(chromium.attr("#inspector-record", "data-response-code")).isEqualTo("1");
        assertThat(chromium.text("#inspector-record-note")).contains("response code 1 (SUCCESS)", GC_01);
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"KIND\"]")).startsWith("1").contains("EQUIPMENT");
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"ATTR.assetType\"]")).contains("crane");
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"ATTR.area\"]")).contains("dock-1");
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"ATTR.channel.load_t\"]")).containsPattern("\\d");
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"TWIN_STATE\"]")).contains("/api/equipment/" + GC_01);
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"DATA_SOURCE.h2\"]")).contains("equipment_twin");
        assertThat(chromium.text("#inspector-record-values tr[data-type=\"DATA_SOURCE.mqtt\"]")).contains("GC-01/telemetry");
        chromium.fitHeight(1400);
        chromium.screenshot("inspector-record");

        open("#/inspector?id=88.118.8001/BLK-H1234-B101");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "100".equals(chromium.attr("#inspector-record", "data-response-code")));
        assertThat(chromium.text("#inspector-record-note")).contains("HTTP 404", "UNKNOWN_SUFFIX", "BLK-H1234-B101");
    }

    @Test
    @Order(10)
    void theQualityViewListsAnAlertRaisedThroughTheRealPipeline() throws Exception {
        String asset = "88.118.8001/EQ-" + WINDY_TAG;
        try (MqttPublisher device = new MqttPublisher(pipeline.broker().uri(), "browser-it-windy", 10)) {
            device.connect();
            device.publish("shipyard/wenchong/dock-9/crane/" + WINDY_TAG + "/telemetry", EnvelopeCodec.encode(new TelemetryReading(
                    "browser-it:" + WINDY_TAG + ":1", asset, 1, 1_772_409_600_000L, "wenchong", "dock-9", "crane",
                    new String[] {"load_t", "wind_speed_ms"}, new double[] {120, 26.5})));
            assertThat(device.awaitInFlight(Duration.ofSeconds(30))).isTrue();
        }
        open("#/quality");

        String row = "#alerts-table tr[data-rule=\"crane-lift-in-wind\"][data-status=\"OPEN\"] a[href*=\"" + WINDY_TAG + "\"]";
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !chromium.elements(row).isEmpty());
        String text = (String) chromium.driver.executeScript(
                "return document.querySelector(arguments[0]).closest('tr').innerText;", row);
        assertThat(text).contains("OPEN", "crane-lift-in-wind", asset, "26.5", "2026-03-02T00:00:00.000Z");
        assertThat(Long.parseLong(chromium.text("#alerts-open"))).isPositive();
        assertThat(chromium.text("#alerts-by-rule")).contains("crane-lift-in-wind");
        assertThat(chromium.elements("#view-quality .pending")).as("non-conformances and station rates are built").isEmpty();
        assertThat(chromium.element("#nav a[data-nav=\"quality\"]").getAttribute("class")).doesNotContain("pending-view");
        chromium.fitHeight(1400);
        chromium.screenshot("quality-alert");

        // The asset links to the inspector, where the resolver lists the open alert.
        chromium.click(row, UI_DEADLINE);
        chromium.waitUpTo(UI_DEADLINE).until(d -> !chromium.elements("#inspector-record-values tr[data-type=\"ALERT.crane-lift-in-wind\"]").isEmpty());
    }

    @Test
    @Order(11)
    void aBadScenarioUploadShowsTheValidationMessages() {
        open("#/whatif");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#whatif-base option[value=\"teaching\"]").size() == 1);
        chromium.element("#whatif-yaml").clear();
        chromium.element("#whatif-yaml").sendKeys("extends: teaching\nyard: {quayBerth: 2}\n");
        chromium.element("#whatif-validate").click();

        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#whatif-problems").isDisplayed());
        assertThat(chromium.text("#whatif-problems")).contains("HTTP 400", "yard.quayBerth: unknown key, did you mean 'quayBerths'?");
    }

    @Test
    @Order(12)
    void aComparisonStartedFromThePageShowsBothScenariosKpiBarsWithIntervalsAndUtilisation() {
        open("#/whatif");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#whatif-base option[value=\"teaching\"]").size() == 1);
        new Select(chromium.element("#whatif-base")).selectByValue("teaching");
        new Select(chromium.element("#whatif-variants")).deselectAll();
        chromium.element("#whatif-yaml").clear();
        chromium.element("#whatif-yaml").sendKeys("extends: teaching\nname: teaching-2-berths\nyard: {quayBerths: 2}\n");
        chromium.element("#whatif-replications").clear();
        chromium.element("#whatif-replications").sendKeys("3");
        chromium.element("#whatif-start").click();

        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.element("#whatif-progress").isDisplayed());
        chromium.waitUpTo(Duration.ofSeconds(120)).until(d -> "DONE".equals(chromium.attr("#whatif-progress", "data-state")));
        String runId = chromium.attr("#whatif-progress", "data-run-id");
        assertThat(chromium.text("#whatif-progress-text")).contains("teaching vs teaching-2-berths", "DONE", "6/6 replications");
        chromium.waitUpTo(UI_DEADLINE).until(d -> runId.equals(chromium.attr("#whatif-result", "data-run-id")));
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#whatif-kpis .kpi-chart[data-kpi] svg").size() >= 10);
        assertThat(chromium.text("#whatif-run-note")).contains("teaching (base)", "teaching-2-berths (variant)", "3 replications");
        // ECharts' SVG renderer: the axis labels of every KPI chart name both scenarios.
        String dockCycle = chromium.text("#whatif-kpis .kpi-chart[data-kpi=\"dockCycleDays\"]");
        assertThat(dockCycle).contains("dock cycle", "teaching", "teaching-2-berths");
        assertThat(chromium.elements("#whatif-kpis .kpi-chart[data-kpi=\"dockCycleDays\"] svg path").size())
                .as("two bars and their whiskers").isGreaterThanOrEqualTo(2);
        assertThat(chromium.text("#whatif-utilisation")).contains("quayBerths", "teaching-2-berths");
        assertThat(chromium.attr("#whatif-report", "href")).isEqualTo("/api/whatif/runs/" + runId + "/report");
        assertThat(chromium.attr("#whatif-kpis-csv", "href")).isEqualTo("/api/whatif/runs/" + runId + "/kpis.csv");
        // The Gantt of replication 0: the teaching yard's two coasters, then the variant's on choosing it.
        chromium.waitUpTo(UI_DEADLINE).until(d -> "2".equals(chromium.attr("#whatif-gantt", "data-ships")));
        assertThat(chromium.attr("#whatif-gantt", "data-scenario")).isEqualTo("teaching");
        assertThat(chromium.text("#whatif-gantt")).contains("erection", "contract date");
        assertThat(chromium.text("#whatif-gantt-note")).contains("2 ships");
        new Select(chromium.element("#whatif-gantt-scenario")).selectByValue("teaching-2-berths");
        chromium.waitUpTo(UI_DEADLINE).until(d -> "teaching-2-berths".equals(chromium.attr("#whatif-gantt", "data-scenario")));
        assertThat(chromium.attr("#whatif-gantt", "data-ships")).isEqualTo("2");
        chromium.fitHeight(1800);
        chromium.screenshot("what-if");

        chromium.driver.get(base + "/api/whatif/runs/" + runId + "/report");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.text("body").contains("teaching-2-berths"));
        chromium.driver.get(base + "/");
    }

    @Test
    @Order(20)
    void theDashboardLoadsNothingFromBeyondItsOwnServerAndLogsNoError() {
        chromium.consoleErrors(); // forget what earlier tests caused (the 400 and 404 they asked for)
        chromium.driver.get(base + "/");
        for (String view : List.of("flow", "yard", "inspector?id=" + GC_01, "api", "lifecycle", "quality", "whatif")) {
            open("#/" + view);
        }
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#inspector-history canvas").size() >= 1);
        open("#/flow");
        chromium.waitUpTo(UI_DEADLINE).until(d -> chromium.elements("#pipeline .stage").size() == 8);

        assertOnlyThisServerWasContacted();
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private void assertOnlyThisServerWasContacted() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) chromium.driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
    }

    private static long stations() {
        return MinimalYard.stations(sim.yardPrefix(), sim.seed()).size();
    }

    private static void open(String hash) {
        String url = base + "/" + hash;
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        String current = chromium.driver.getCurrentUrl();
        if (current.equals(base + "/") || current.startsWith(base + "/#")) {
            // Same page: let the router switch views, as a click in the nav would.
            chromium.driver.executeScript("location.hash = arguments[0];", hash);
        } else {
            chromium.driver.get(url);
        }
        chromium.waitUpTo(UI_DEADLINE).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!document.body.dataset.view;")));
    }

    private long stageCount(String stage) {
        String t = chromium.text("[data-stage=\"" + stage + "\"] .stage-count").replace(",", "");
        return t.matches("\\d+") ? Long.parseLong(t) : -1;
    }






    @SuppressWarnings("unused")
    private static WebDriver driver() {
        return chromium.driver;
    }
}
