package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as a person uses it: the whole embedded system with the simulator publishing, each view
 * opened in headless Chromium, real data asserted on the page, and a screenshot of each view saved to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

        wait(DATA_DEADLINE).until(d -> FLOWING_STAGES.stream().allMatch(stage -> stageCount(stage) > 0));
        Map<String, Long> counts = FLOWING_STAGES.stream().collect(Collectors.toMap(Function.identity(), this::stageCount));
        assertThat(counts).allSatisfy((stage, count) -> assertThat(count).as("count of %s", stage).isPositive());
        assertThat(stageCount("h2")).as("twin entities in H2").isEqualTo(stations());
        // The diagram is drawn by ECharts' SVG renderer, so its labels are text in the page.
        wait(UI_DEADLINE).until(d -> text("#flow-diagram").contains("Flink twin job"));
        wait(UI_DEADLINE).until(d -> elements("#flow-diagram svg").size() == 1 && elements("#rates-chart canvas").size() >= 1);
        assertThat(attr("[data-stage=\"flink\"]", "data-health")).isEqualTo("UP");
        wait(UI_DEADLINE).until(d -> !text("[data-stage=\"simulator\"] .stage-rate").contains("– msg/s"));
        assertThat(text("#dropped-events tbody")).contains("none");
    }

    @Test
    @Order(2)
    void yardShowsTheSimulatorsStationsLiveInTheEquipmentTable() {
        open("#/yard");

        long expected = stations();
        wait(DATA_DEADLINE).until(d -> text("#equipment-count").equals(String.valueOf(expected)));
        wait(UI_DEADLINE).until(d -> elements("#equipment-table tr[data-asset-id]").size() == expected);
        assertThat(expected).as("stations of the minimal yard").isEqualTo(7);
        // Read in one script: the live table re-renders every second, a WebElement of it can go stale between find and read.
        assertThat(text("#equipment-table tr[data-asset-id=\"" + GC_01 + "\"]")).contains("crane", "dock-1", "load_t");
        assertThat(elements("#area-groups .area")).hasSize(3);
        // The drawn map: every machine once, in its area, coloured live once the twin has it.
        wait(UI_DEADLINE).until(d -> elements("#yard-map [data-map-asset]").size() == expected);
        assertThat(attr("#yard-map", "data-equipment")).isEqualTo(String.valueOf(expected));
        assertThat(elements("#yard-map [data-map-area]")).hasSize(3);
        assertThat(elements("#yard-map [data-map-area=\"dock-1\"] [data-map-asset=\"" + GC_01 + "\"]")).hasSize(1);
        wait(UI_DEADLINE).until(d -> !elements("#yard-map [data-map-asset] circle.m-live").isEmpty());
        assertThat(elements("#yard-map [data-map-stage]")).as("one box per block stage").hasSize(9);
        assertThat(text("#yard-map-summary")).contains(expected + " machines in 3 areas");
        wait(UI_DEADLINE).until(d -> text("#feed-mode").equals("(live)"));
        chromium.fitHeight(1400);
        chromium.screenshot("yard");
    }

    @Test
    @Order(3)
    void inspectorShowsTheCranesStateChannelsAndAHistoryChartPerChannel() {
        open("#/inspector");
        element("#inspector-id").clear();
        element("#inspector-id").sendKeys(GC_01);
        element("#inspector-go").click();

        wait(UI_DEADLINE).until(d -> element("#inspector-result").isDisplayed());
        assertThat(text("#inspector-title")).isEqualTo(GC_01);
        // Read in one script: the live stream re-renders the rows about once a second.
        @SuppressWarnings("unchecked")
        List<String> channels = (List<String>) chromium.driver.executeScript(
                "return [...document.querySelectorAll('#inspector-channels tbody tr')].map(r => r.dataset.channel);");
        assertThat(channels).contains("load_t", "motor_temp_c", "wind_speed_ms");
        wait(UI_DEADLINE).until(d -> elements("#inspector-history .history-chart[data-channel] canvas").size() >= channels.size());
        @SuppressWarnings("unchecked")
        List<String> charted = (List<String>) chromium.driver.executeScript(
                "return [...document.querySelectorAll('#inspector-history .history-chart')].map(c => c.dataset.channel);");
        assertThat(charted).containsExactlyInAnyOrderElementsOf(channels);
        assertThat(text("#inspector-history-note")).matches("\\d+ events.*");
        assertThat(elements("#inspector-events tbody tr[data-version]")).hasSize(10);
        assertThat(text("#inspector-events tbody tr:first-child")).contains("GC-01:", "load_t=");
        assertThat(attr("#inspector-csv", "href")).endsWith("/api/equipment/88.118.8001/EQ-GC-01/history.csv?limit=500");
        chromium.fitHeight(1400);
        chromium.screenshot("inspector");
    }

    @Test
    @Order(4)
    void inspectorShowsTheServersReasonForAMalformedAndAnUnknownIdentifier() {
        open("#/inspector?id=EQ-GC-01");
        wait(UI_DEADLINE).until(d -> element("#inspector-error").isDisplayed());
        assertThat(attr("#inspector-error", "data-status")).isEqualTo("400");
        assertThat(text("#inspector-error")).contains("identifier 'EQ-GC-01' has no '/' between prefix and suffix");
        assertThat(element("#inspector-result").isDisplayed()).isFalse();

        open("#/inspector?id=88.118.8001/EQ-NOPE-99");
        wait(UI_DEADLINE).until(d -> "404".equals(attr("#inspector-error", "data-status")));
        assertThat(text("#inspector-error")).contains("no equipment twin with identifier '88.118.8001/EQ-NOPE-99'");
        // The console saw both answers: proof that the console check of the last test can see anything at all.
        assertThat(String.join("\n", chromium.consoleErrors())).contains("status of 400", "status of 404");
    }

    @Test
    @Order(5)
    void apiViewListsTheDocumentedEndpointsAndSwaggerUiRendersThemOffline() {
        open("#/api");
        wait(UI_DEADLINE).until(d -> elements("#api-endpoints tbody tr[data-path]").size() >= 10);
        assertThat(elements("#api-endpoints tbody tr[data-path]").stream().map(r -> r.getAttribute("data-path")).toList())
                .contains("/api/equipment", "/api/equipment/{assetId}/history", "/api/equipment.csv", "/api/pipeline");
        chromium.fitHeight(1400);
        chromium.screenshot("api");

        chromium.driver.get(base + "/api/docs");
        wait(UI_DEADLINE).until(d -> elements(".swagger-ui .opblock").size() >= 10);
        assertThat(text(".swagger-ui .info")).contains("ShipTwin dashboard API");
        chromium.fitHeight(1400);
        chromium.screenshot("api-docs");
        assertOnlyThisServerWasContacted();
    }

    @Test
    @Order(6)
    void everyViewInTheNavHasItsDataNoneIsMarkedPending() {
        open("#/flow");
        wait(UI_DEADLINE).until(d -> elements("#nav a").size() >= 9);
        // The KPIs and Event time views were the last "arrives with issue 5/6" panels (KpisBrowserIT covers them).
        assertThat(elements("#nav a.pending-view")).as("views still marked pending").isEmpty();
        assertThat(elements("#view-kpis .pending, #view-event-time .pending")).isEmpty();
    }

    @Test
    @Order(7)
    void theTracerFollowsTheCranesLatestEventThroughEveryRecordedHop() {
        open("#/flow");
        String chip = "#trace-latest a[data-event-id*=\":GC-01:\"]";
        // The chips are re-rendered with every live update: retry a click that hit a replaced element.
        wait(UI_DEADLINE).until(d -> {
            element(chip).click();
            return true;
        });

        wait(UI_DEADLINE).until(d -> element("#trace-result").isDisplayed());
        assertThat(text("#trace-outcome")).isEqualTo("APPLIED");
        assertThat(text("#trace-hops tr[data-hop=\"event-time\"]")).contains(GC_01, "2026-03-0");
        for (String hop : List.of("published", "broker", "bridge", "kafka", "twin")) {
            assertThat(text("#trace-hops tr[data-hop=\"" + hop + "\"]")).as("hop %s", hop)
                    .doesNotContain("not recorded").containsPattern("\\d{4}-\\d\\d-\\d\\dT");
        }
        assertThat(text("#trace-hops tr[data-hop=\"kafka\"]")).containsPattern("yard\\.telemetry\\.raw/\\d+@\\d+");
        assertThat(text("#trace-hops tr[data-hop=\"twin\"]")).containsPattern("\\+\\d+ ms").contains("version ");
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

        wait(DATA_DEADLINE).until(d -> stageCount("deadletter") == 1);
        wait(UI_DEADLINE).until(d -> !elements("#dropped-events tr[data-kind=\"DEAD_LETTER\"]").isEmpty());
        String row = text("#dropped-events tr[data-kind=\"DEAD_LETTER\"]");
        assertThat(row).contains("dead letter", BROKEN_TAG, "yard.telemetry.raw/", "not JSON");
        assertThat(attr("[data-stage=\"flink\"] [data-hop=\"flink.deadlettered\"]", "class")).contains("warn");
        // By now the rates chart holds about a minute of samples: the picture for the README.
        chromium.fitHeight(1400);
        chromium.screenshot("data-flow");
    }

    @Test
    @Order(9)
    void theResolverRecordOfTheCraneShowsItsTypedValuesInTheInspector() {
        open("#/inspector?id=" + GC_01);

        wait(UI_DEADLINE).until(d -> element("#inspector-record").isDisplayed()
                && elements("#inspector-record-values tr[data-type]").size() > 10);
        assertThat(attr("#inspector-record", "data-response-code")).isEqualTo("1");
        assertThat(text("#inspector-record-note")).contains("response code 1 (SUCCESS)", GC_01);
        assertThat(text("#inspector-record-values tr[data-type=\"KIND\"]")).startsWith("1").contains("EQUIPMENT");
        assertThat(text("#inspector-record-values tr[data-type=\"ATTR.assetType\"]")).contains("crane");
        assertThat(text("#inspector-record-values tr[data-type=\"ATTR.area\"]")).contains("dock-1");
        assertThat(text("#inspector-record-values tr[data-type=\"ATTR.channel.load_t\"]")).containsPattern("\\d");
        assertThat(text("#inspector-record-values tr[data-type=\"TWIN_STATE\"]")).contains("/api/equipment/" + GC_01);
        assertThat(text("#inspector-record-values tr[data-type=\"DATA_SOURCE.h2\"]")).contains("equipment_twin");
        assertThat(text("#inspector-record-values tr[data-type=\"DATA_SOURCE.mqtt\"]")).contains("GC-01/telemetry");
        chromium.fitHeight(1400);
        chromium.screenshot("inspector-record");

        open("#/inspector?id=88.118.8001/BLK-H1234-B101");
        wait(UI_DEADLINE).until(d -> "100".equals(attr("#inspector-record", "data-response-code")));
        assertThat(text("#inspector-record-note")).contains("HTTP 404", "UNKNOWN_SUFFIX", "BLK-H1234-B101");
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
        wait(DATA_DEADLINE).until(d -> !elements(row).isEmpty());
        String text = (String) chromium.driver.executeScript(
                "return document.querySelector(arguments[0]).closest('tr').innerText;", row);
        assertThat(text).contains("OPEN", "crane-lift-in-wind", asset, "26.5", "2026-03-02T00:00:00.000Z");
        assertThat(Long.parseLong(text("#alerts-open"))).isPositive();
        assertThat(text("#alerts-by-rule")).contains("crane-lift-in-wind");
        assertThat(text("#view-quality .pending")).contains("non-conformances", "defect rates");
        assertThat(element("#nav a[data-nav=\"quality\"]").getAttribute("class")).doesNotContain("pending-view");
        chromium.fitHeight(1400);
        chromium.screenshot("quality");

        // The asset links to the inspector, where the resolver lists the open alert.
        chromium.driver.findElement(By.cssSelector(row)).click();
        wait(UI_DEADLINE).until(d -> !elements("#inspector-record-values tr[data-type=\"ALERT.crane-lift-in-wind\"]").isEmpty());
    }

    @Test
    @Order(11)
    void aBadScenarioUploadShowsTheValidationMessages() {
        open("#/whatif");
        wait(UI_DEADLINE).until(d -> elements("#whatif-base option[value=\"teaching\"]").size() == 1);
        element("#whatif-yaml").clear();
        element("#whatif-yaml").sendKeys("extends: teaching\nyard: {quayBerth: 2}\n");
        element("#whatif-validate").click();

        wait(UI_DEADLINE).until(d -> element("#whatif-problems").isDisplayed());
        assertThat(text("#whatif-problems")).contains("HTTP 400", "yard.quayBerth: unknown key, did you mean 'quayBerths'?");
    }

    @Test
    @Order(12)
    void aComparisonStartedFromThePageShowsBothScenariosKpiBarsWithIntervalsAndUtilisation() {
        open("#/whatif");
        wait(UI_DEADLINE).until(d -> elements("#whatif-base option[value=\"teaching\"]").size() == 1);
        new Select(element("#whatif-base")).selectByValue("teaching");
        new Select(element("#whatif-variants")).deselectAll();
        element("#whatif-yaml").clear();
        element("#whatif-yaml").sendKeys("extends: teaching\nname: teaching-2-berths\nyard: {quayBerths: 2}\n");
        element("#whatif-replications").clear();
        element("#whatif-replications").sendKeys("3");
        element("#whatif-start").click();

        wait(UI_DEADLINE).until(d -> element("#whatif-progress").isDisplayed());
        wait(Duration.ofSeconds(120)).until(d -> "DONE".equals(attr("#whatif-progress", "data-state")));
        String runId = attr("#whatif-progress", "data-run-id");
        assertThat(text("#whatif-progress-text")).contains("teaching vs teaching-2-berths", "DONE", "6/6 replications");
        wait(UI_DEADLINE).until(d -> runId.equals(attr("#whatif-result", "data-run-id")));
        wait(UI_DEADLINE).until(d -> elements("#whatif-kpis .kpi-chart[data-kpi] svg").size() >= 10);
        assertThat(text("#whatif-run-note")).contains("teaching (base)", "teaching-2-berths (variant)", "3 replications");
        // ECharts' SVG renderer: the axis labels of every KPI chart name both scenarios.
        String dockCycle = text("#whatif-kpis .kpi-chart[data-kpi=\"dockCycleDays\"]");
        assertThat(dockCycle).contains("dock cycle", "teaching", "teaching-2-berths");
        assertThat(elements("#whatif-kpis .kpi-chart[data-kpi=\"dockCycleDays\"] svg path").size())
                .as("two bars and their whiskers").isGreaterThanOrEqualTo(2);
        assertThat(text("#whatif-utilisation")).contains("quayBerths", "teaching-2-berths");
        assertThat(attr("#whatif-report", "href")).isEqualTo("/api/whatif/runs/" + runId + "/report");
        assertThat(attr("#whatif-kpis-csv", "href")).isEqualTo("/api/whatif/runs/" + runId + "/kpis.csv");
        // The Gantt of replication 0: the teaching yard's two coasters, then the variant's on choosing it.
        wait(UI_DEADLINE).until(d -> "2".equals(attr("#whatif-gantt", "data-ships")));
        assertThat(attr("#whatif-gantt", "data-scenario")).isEqualTo("teaching");
        assertThat(text("#whatif-gantt")).contains("erection", "contract date");
        assertThat(text("#whatif-gantt-note")).contains("2 ships");
        new Select(element("#whatif-gantt-scenario")).selectByValue("teaching-2-berths");
        wait(UI_DEADLINE).until(d -> "teaching-2-berths".equals(attr("#whatif-gantt", "data-scenario")));
        assertThat(attr("#whatif-gantt", "data-ships")).isEqualTo("2");
        chromium.fitHeight(1800);
        chromium.screenshot("what-if");

        chromium.driver.get(base + "/api/whatif/runs/" + runId + "/report");
        wait(UI_DEADLINE).until(d -> text("body").contains("teaching-2-berths"));
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
        wait(UI_DEADLINE).until(d -> elements("#inspector-history canvas").size() >= 1);
        open("#/flow");
        wait(UI_DEADLINE).until(d -> elements("#pipeline .stage").size() == 8);

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
        wait(UI_DEADLINE).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!document.body.dataset.view;")));
    }

    private long stageCount(String stage) {
        String t = text("[data-stage=\"" + stage + "\"] .stage-count").replace(",", "");
        return t.matches("\\d+") ? Long.parseLong(t) : -1;
    }

    private static WebDriverWait wait(Duration deadline) {
        WebDriverWait w = new WebDriverWait(chromium.driver, deadline, Duration.ofMillis(250));
        w.ignoring(org.openqa.selenium.NoSuchElementException.class);
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    private static WebElement element(String css) {
        return chromium.driver.findElement(By.cssSelector(css));
    }

    private static List<WebElement> elements(String css) {
        return chromium.driver.findElements(By.cssSelector(css));
    }

    /** An attribute, read in one script (see {@link #text}). */
    private static String attr(String css, String name) {
        Object v = chromium.driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : undefined;", css, name);
        if (v == null && ((Boolean) chromium.driver.executeScript("return !document.querySelector(arguments[0]);", css))) {
            throw new org.openqa.selenium.NoSuchElementException("no element matches " + css);
        }
        return v == null ? null : v.toString();
    }

    /** The element's visible text, read in one script: live views re-render their rows every second or so. */
    private static String text(String css) {
        Object t = chromium.driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
        if (t == null) {
            throw new org.openqa.selenium.NoSuchElementException("no element matches " + css);
        }
        return t.toString().trim();
    }

    @SuppressWarnings("unused")
    private static WebDriver driver() {
        return chromium.driver;
    }
}
