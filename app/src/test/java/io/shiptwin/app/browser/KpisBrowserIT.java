package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.RawTopicWriter;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.Topics;
import io.shiptwin.model.kpi.KpiWindow;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
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

/**
 * The KPIs and Event time views over a real pipeline: the business events of 12 simulated days of the teaching
 * scenario go to {@code yard.events.raw} as the bridge writes them (the telemetry of those days would take minutes
 * through MQTT and does not feed these KPIs), then one steel delivery stamped on day 0, long after its windows
 * closed. The day windows of steel throughput in H2 add up to the feed's deliveries of those days, exactly; the
 * KPI chart draws them; the Event time view shows the watermark of {@code yard.events.raw} and the late delivery.
 * Screenshots: {@code target/screenshots/kpis.png} and {@code event-time.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(NoFlinkTaskFailures.class)
class KpisBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(60);
    private static final Duration UI_DEADLINE = Duration.ofSeconds(20);
    private static final String LATE_ID = "kpis-it:late-delivery:1";

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;
    static String base;
    /** Steel tonnes the feed delivered, per simulated day (start of the day window). */
    static final Map<Long, Double> steelPerDay = new TreeMap<>();

    @BeforeAll
    static void startSystemStreamTheScenarioAndABrowser() throws Exception {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        base = "http://127.0.0.1:" + pipeline.dashboard().port();

        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withRunId("kpis-it").withScenario("teaching").withSimDays(45);
        ScenarioFeed feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(),
                config.seed(), config.simStart(), null, config.simDays()));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        MaterialDelivered anyDelivery = null;
        String deliveryKey = null;
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            if (!(m.event() instanceof BusinessEvent e)) {
                continue;
            }
            ProducerRecord<String, byte[]> record = RawTopicWriter.recordOf(m);
            records.add(record);
            if (e instanceof MaterialDelivered d && d.material().contains("steel")) {
                steelPerDay.merge(KpiWindow.DAY.start(d.eventTimeMillis()), d.quantityTonnes(), Double::sum);
                anyDelivery = d;
                deliveryKey = record.key();
            }
        }
        assertThat(steelPerDay).as("45 days of the teaching yard deliver steel").isNotEmpty();
        // The same delivery again under a new id, stamped at simulated day 0: behind the watermark by days.
        EventHeader h = anyDelivery.header();
        MaterialDelivered late = new MaterialDelivered(new EventHeader(LATE_ID, h.assetId(), 1, config.simStart().toEpochMilli(),
                h.site(), h.area(), h.assetType()), anyDelivery.supplier(), anyDelivery.material(), 1.0, anyDelivery.destinationArea());

        try (RawTopicWriter raw = RawTopicWriter.open(pipeline.kafka().bootstrap())) {
            records.forEach(raw::send);
            raw.flush();
            // Only once the stream's watermark has passed day 1 plus the allowed lateness is day 0 closed for good.
            Awaitility.await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500))
                    .until(() -> watermarkOfEvents() > config.simStart().toEpochMilli() + Duration.ofDays(2).toMillis());
            raw.send(Topics.EVENTS_RAW, deliveryKey, EnvelopeCodec.encode(late));
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
    @Order(1)
    void closedDaysOfSteelThroughputAreTheFeedsDeliveriesAndTheChartDrawsThem() throws Exception {
        // Every day that ended before the watermark is closed: its stored value is final and the feed's, exactly.
        Awaitility.await().atMost(DATA_DEADLINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            long watermark = watermarkOfEvents();
            List<Long> closedDays = steelPerDay.keySet().stream().filter(d -> KpiWindow.DAY.end(d) - 1 <= watermark).toList();
            assertThat(closedDays).as("days with steel closed by the watermark %s", Instant.ofEpochMilli(watermark)).hasSizeGreaterThan(2);
            Map<Long, Double> stored = storedSteelPerDay();
            for (Long day : closedDays) {
                assertThat(stored.get(day)).as("steel of day %s", Instant.ofEpochMilli(day)).isCloseTo(steelPerDay.get(day),
                        org.assertj.core.api.Assertions.within(1e-6));
            }
        });
        int points = storedSteelPerDay().size();

        open("#/kpis?kpi=steel_throughput_t&window=day");
        chromium.waitUpTo(UI_DEADLINE).until(d -> points(d) == points);
        chromium.waitUpTo(UI_DEADLINE).until(d -> !d.findElements(By.cssSelector("#kpi-chart svg path")).isEmpty());
        assertThat(chromium.driver.findElement(By.cssSelector("#kpi-chart")).getAttribute("data-kpi")).isEqualTo("steel_throughput_t");
        assertThat(chromium.driver.findElement(By.id("kpi-note")).getText()).contains(points + " windows", "unit t");
        assertThat(chromium.driver.findElements(By.cssSelector("#kpi-scope option"))).extracting(e -> e.getAttribute("value"))
                .contains("kind:yard", "kind:ship").anySatisfy(v -> assertThat(v).startsWith("scope:ship:"));
        // The quality join: blocks welded at the block-assembly station (no telemetry streamed here, so no arc-on readings).
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !d.findElements(By.cssSelector("#weld-stations tr[data-work-centre*=\"ASSEMBLY-BAY\"]")).isEmpty());
        assertThat(chromium.consoleErrors()).isEmpty();
        chromium.fitHeight(1400);
        chromium.screenshot("kpis");
    }

    @Test
    @Order(2)
    void theEventTimeViewShowsTheWatermarkAndTheLateDeliveryWithWhereItWent() {
        open("#/event-time");
        String row = "#watermarks tr[data-source=\"" + Topics.EVENTS_RAW + "\"]";
        chromium.waitUpTo(UI_DEADLINE).until(d -> !d.findElements(By.cssSelector(row)).isEmpty()
                && d.findElement(By.cssSelector(row)).getAttribute("data-watermark").startsWith("2026-04-1"));
        assertThat(chromium.driver.findElement(By.cssSelector(row)).getText()).contains("kpi windows");
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !d.findElements(By.cssSelector("#late-events tr[data-event-id=\"" + LATE_ID + "\"]")).isEmpty());
        String late = chromium.driver.findElement(By.cssSelector("#late-events tr[data-event-id=\"" + LATE_ID + "\"]")).getText();
        assertThat(late).contains("2026-03-0", "late: material-delivered at event time 2026-03-02T00:00:00Z");
        assertThat(chromium.driver.findElement(By.id("late-where")).getText()).contains("dropped_events", "yard.deadletter");
        assertThat(Long.parseLong(chromium.driver.findElement(By.id("late-count")).getAttribute("data-count"))).isEqualTo(1);
        assertThat(chromium.consoleErrors()).isEmpty();
        chromium.fitHeight(1400);
        chromium.screenshot("event-time");
    }

    private static int points(org.openqa.selenium.WebDriver d) {
        String v = d.findElement(By.id("kpi-chart")).getAttribute("data-points");
        return v == null || v.isEmpty() ? -1 : Integer.parseInt(v);
    }

    private static Map<Long, Double> storedSteelPerDay() throws Exception {
        JsonNode a = api("/api/kpis?kpi=steel_throughput_t&window=day&scopeKind=yard");
        Map<Long, Double> out = new TreeMap<>();
        for (JsonNode s : a.get("series")) {
            for (JsonNode p : s.get("points")) {
                out.put(Instant.parse(p.get("windowStart").asText()).toEpochMilli(), p.get("value").asDouble());
            }
        }
        return out;
    }

    private static long watermarkOfEvents() throws Exception {
        long min = Long.MAX_VALUE;
        boolean any = false;
        for (JsonNode s : api("/api/event-time").get("sources")) {
            if (s.get("source").asText().equals(Topics.EVENTS_RAW) && !s.get("watermark").isNull()) {
                min = Math.min(min, Instant.parse(s.get("watermark").asText()).toEpochMilli());
                any = true;
            }
        }
        return any ? min : Long.MIN_VALUE;
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static void open(String hash) {
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        chromium.driver.get(base + "/" + hash);
        chromium.waitUpTo(UI_DEADLINE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!document.body.dataset.view;")));
    }

}
