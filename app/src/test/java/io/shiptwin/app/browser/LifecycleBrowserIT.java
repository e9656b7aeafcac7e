package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.RawTopicWriter;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Lifecycle view as a planner uses it: 45 days of the teaching yard's business events (the plan released at
 * the order's start, steel ordered and delivered, blocks through the shops) go through Kafka, the Flink lifecycle
 * twin and H2 to the dashboard; headless Chromium shows the first ship's Gantt with the plan's bars beside the
 * actual ones, and its planned and predicted delivery. The events go to {@code yard.events.raw} as the bridge
 * writes them: 45 days of telemetry through MQTT as well would take minutes and show nothing more here.
 * Screenshot: {@code target/screenshots/lifecycle.png}.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class LifecycleBrowserIT {
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);
    private static final double SIM_DAYS = 45;

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;
    static String base;
    static String ship;
    static String plannedDelivery;
    static TreeSet<String> startedBlocks = new TreeSet<>();

    @BeforeAll
    static void startSystemStreamAndBrowser() throws Exception {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        base = "http://127.0.0.1:" + pipeline.dashboard().port();
        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withRunId("plan").withScenario("teaching")
                .withSimDays(SIM_DAYS);
        ScenarioFeed feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(),
                config.seed(), config.simStart(), null, config.simDays()));
        try (RawTopicWriter raw = RawTopicWriter.open(pipeline.kafka().bootstrap())) {
            while (feed.hasNext()) {
                FeedMessage m = feed.next();
                if (!(m.event() instanceof BusinessEvent e)) {
                    continue;
                }
                if (e instanceof StagePlanned sp && sp.stage() == LifecycleStage.DELIVERED && ship == null) {
                    ship = sp.assetId();
                    plannedDelivery = Instant.ofEpochMilli(sp.plannedStartMillis()).toString().substring(0, 10);
                } else if (e instanceof StageStarted st && st.assetId().contains("/BLK-")) {
                    startedBlocks.add(st.assetId());
                }
                raw.sendAsBridge(m);
            }
        }
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
    void theGanttShowsPlannedAndActualBarsAndThePredictedDeliveryBesideThePlannedOne() {
        assertThat(ship).as("the teaching yard plans its first ship's delivery at its order").isNotNull();
        assertThat(startedBlocks).as("45 days start blocks").isNotEmpty();
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        chromium.driver.get(base + "/#/lifecycle?ship=" + java.net.URLEncoder.encode(ship, java.nio.charset.StandardCharsets.UTF_8));

        // The twin has caught up when the first ship's plan and every started block are drawn, and the chart and the
        // summary show the same predicted day. Until the twin has applied the last events the prediction still moves, and
        // the page draws each poll's answer: read between two polls, the summary and the chart could show two (CI, once).
        chromium.waitUpTo(DATA_DEADLINE).withMessage("the plan, every started block and one predicted delivery day drawn")
                .until(d -> number("#lifecycle-gantt", "plannedBars") > 0 && number("#lifecycle-gantt", "actualBars") > 0
                && !data("#lifecycle-gantt", "predictedDelivery").isEmpty()
                && sameDay(data("#lifecycle-gantt", "predictedDelivery"), chromium.text("#lifecycle-predicted-delivery"))
                && rows() >= startedBlocks.stream().filter(b -> b.contains(ship.substring(ship.indexOf("/SHIP-") + 6))).count());

        assertThat(data("#lifecycle-gantt", "plannedDelivery")).startsWith(plannedDelivery);
        assertThat(chromium.text("#lifecycle-planned-delivery")).isEqualTo(plannedDelivery);
        String predicted = chromium.text("#lifecycle-predicted-delivery");
        assertThat(predicted).matches("\\d{4}-\\d{2}-\\d{2}.*");
        assertThat(predicted.substring(0, 10)).as("never before the plan").isGreaterThanOrEqualTo(plannedDelivery);
        // The plan covers every block's stages from steel to erection, so it has more bars than 45 days of actual work.
        assertThat(number("#lifecycle-gantt", "plannedBars")).isGreaterThan(number("#lifecycle-gantt", "actualBars"));
        assertThat(chromium.text("#lifecycle-progress")).contains("% of planned stages done");
        assertThat(chromium.text("#lifecycle-dock")).isEqualTo("not in a dock yet");
        assertThat(chromium.text("#lifecycle-ship-flows")).contains("t steel delivered / ordered", "crew h");
        // The SVG renderer draws the bars and the delivery lines' labels into the page.
        assertThat(chromium.text("#lifecycle-gantt")).contains("planned delivery", "predicted delivery");
        assertThat(chromium.text("#lifecycle-table thead")).contains("Design revisions", "Man-hours", "Steel t delivered / ordered", "Cost",
                "Energy kWh", "Equipment h", "Crew h");
        assertThat(chromium.text("#lifecycle-table tbody tr[data-kind=\"block\"] td[data-flow=\"logistics\"]")).matches("[0-9.]+ / [0-9.]+");

        chromium.fitHeight(1400);
        chromium.screenshot("lifecycle");
    }

    private static long rows() {
        return ((Number) ((JavascriptExecutor) chromium.driver).executeScript(
                "return document.querySelectorAll('#lifecycle-table tbody tr[data-entity-id]').length;")).longValue();
    }


    private static String data(String css, String key) {
        Object v = chromium.driver.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? (e.dataset[arguments[1]] || '') : '';", css, key);
        return v == null ? "" : v.toString();
    }

    private static long number(String css, String key) {
        String v = data(css, key);
        return v.matches("\\d+") ? Long.parseLong(v) : -1;
    }

    /** True if an instant and a shown day (or a day with words after it) name the same day. */
    private static boolean sameDay(String isoInstant, String shown) {
        return shown.length() >= 10 && isoInstant.startsWith(shown.substring(0, 10));
    }
}
