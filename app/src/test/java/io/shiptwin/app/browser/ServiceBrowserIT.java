package io.shiptwin.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.NoFlinkTaskFailures;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.RawTopicWriter;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.feed.ServiceTruth;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lifecycle view's "In service" section: the business events of the service-fleet yard (a coaster delivered
 * early, then over a year of reports and its first annual survey) go to {@code yard.events.raw} as the bridge writes
 * them, through the Flink service twin and H2 to the dashboard; headless Chromium shows the ship's totals, the next
 * survey due by the class rule and the past survey, with no error in the console.
 * Screenshot: {@code target/screenshots/lifecycle-in-service.png}.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class ServiceBrowserIT {
    private static final Duration DATA_DEADLINE = Duration.ofSeconds(90);
    private static final double SIM_DAYS = 400;

    @TempDir
    static Path runDir;
    @TempDir
    static Path browserProfile;
    static EmbeddedPipeline pipeline;
    static HeadlessChromium chromium;
    static String base;
    static ServiceTruth truth;

    @BeforeAll
    static void startSystemStreamAndBrowser() throws Exception {
        chromium = HeadlessChromium.start(browserProfile);
        pipeline = new EmbeddedPipeline(new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(),
                Ports.free(), 0, -1, -1, runDir, 1, "384m")).start();
        base = "http://127.0.0.1:" + pipeline.dashboard().port();
        String scenario = Path.of(ServiceBrowserIT.class.getResource("/scenarios/service-fleet.yaml").toURI()).toString();
        FeedOptions d = FeedOptions.defaults(42);
        ScenarioFeed feed = ScenarioFeed.open(scenario, new FeedOptions(d.yardPrefix(), d.runId(), d.seed(), d.simStart(),
                Duration.ofDays(1), SIM_DAYS));
        try (RawTopicWriter raw = RawTopicWriter.open(pipeline.kafka().bootstrap())) {
            while (feed.hasNext()) {
                FeedMessage m = feed.next();
                if (m.event() instanceof BusinessEvent) {
                    raw.sendAsBridge(m);
                }
            }
        }
        truth = feed.serviceTruth().get(0);
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
    void aDeliveredShipShowsItsOperationItsNextSurveyDueAndItsPastSurveys() {
        String ship = FeedOptions.defaults(42).yardPrefix() + "/" + truth.ship();
        String annualOne = Instant.ofEpochMilli(SurveyCycle.dueMillis(truth.deliveredMillis(),
                new SurveyCycle.Due(1, SurveyKind.ANNUAL, 1))).toString().substring(0, 10);
        String annualTwo = Instant.ofEpochMilli(SurveyCycle.dueMillis(truth.deliveredMillis(),
                new SurveyCycle.Due(2, SurveyKind.ANNUAL, 2))).toString().substring(0, 10);
        // A ship the twin does not know yet is a 404, which Chromium logs as a console error: open the page only once
        // the twin has the ship, so that the console check below is about the view, not about the order of arrival.
        String lifecycle = base + "/api/ships/" + ship + "/lifecycle"; // as the view asks for it
        chromium.waitUpTo(DATA_DEADLINE).until(d -> statusOf(lifecycle) == 200);
        chromium.consoleErrors();
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        chromium.driver.get(base + "/#/lifecycle?ship=" + URLEncoder.encode(ship, StandardCharsets.UTF_8));

        // The twin has caught up when the survey is listed, the next survey is the second annual one and every
        // report has been counted: reports go on after the survey (the run is 400 days), so the survey alone is
        // not the end of the stream; a report the twin lost keeps the count short and fails the wait.
        String reports = truth.reports().size() + " reports, ";
        chromium.waitUpTo(DATA_DEADLINE).until(d -> !chromium.elements("#lifecycle-surveys tbody tr[data-survey-id]").isEmpty()
                && chromium.text("#lifecycle-service-facts").contains("annual 2 by")
                && chromium.text("#lifecycle-service-facts dd[data-fact=\"operation\"]").startsWith(reports));

        assertThat(chromium.text("#lifecycle-service-facts dd[data-fact=\"delivered\"]"))
                .isEqualTo(Instant.ofEpochMilli(truth.deliveredMillis()).toString().substring(0, 10));
        assertThat(chromium.text("#lifecycle-service-facts dd[data-fact=\"next-survey-due\"]")).isEqualTo("annual 2 by " + annualTwo);
        assertThat(chromium.attr("#lifecycle-service-facts dd[data-fact=\"next-survey-due\"]", "data-overdue")).isEqualTo("false");
        assertThat(chromium.text("#lifecycle-service-facts dd[data-fact=\"operation\"]"))
                .startsWith(reports).contains(" nm at ", " kn mean");
        assertThat(chromium.text("#lifecycle-service-facts dd[data-fact=\"fuel\"]")).contains(" t/day at sea");
        assertThat(chromium.text("#lifecycle-service-facts dd[data-fact=\"surveys\"]")).startsWith("1 annual, 0 intermediate, 0 special");
        assertThat(chromium.text("#lifecycle-surveys tbody tr[data-survey-id]"))
                .contains("SRV-" + truth.ship().substring("SHIP-".length()) + "-A1", "annual", "CCS",
                        truth.surveys().get(0).passed() ? "passed" : "failed", annualOne);
        assertThat(chromium.consoleErrors()).isEmpty();

        chromium.fitHeight(1400);
        chromium.screenshot("lifecycle-in-service");
    }

    private static int statusOf(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
