package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.network.NetworkStats;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Streaming mode: a shipped scenario drives the publishing simulator, as fast as possible, through
 * the whole embedded pipeline. Every telemetry event reaches the equipment twin, every business event
 * reaches yard.events.raw, nothing is lost, and the ground truth is written for the comparison.
 */
class ScenarioStreamingIT extends PipelineTestBase {

    @Test
    void theTeachingYardStreamsAWeekOfItsLifeIntoTheTwinWithNothingLost() throws Exception {
        PipelineSnapshot start = pipeline.status().snapshot();
        TelemetrySimulator sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri()).withRunId("scenario")
                .withScenario("teaching").withSimDays(7).withPacing(Pacing.parse("max")));
        assertThat(sim.awaitDone(Duration.ofSeconds(120))).isTrue();
        pipeline.stopSimulator();
        ScenarioFeed feed = sim.scenarioFeed();
        long business = feed.businessEventCount();
        long telemetry = sim.published() - business;
        assertThat(business).as("a week of the teaching yard has stage, man-hour, cost and energy events").isPositive();
        assertThat(feed.equipmentIds()).isNotEmpty();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PipelineSnapshot now = pipeline.status().snapshot();
            assertThat(now.twinEvents() - start.twinEvents()).isEqualTo(telemetry);
            assertThat(Reconciliation.businessEvents(start, now)).isEqualTo(business);
        });
        PipelineSnapshot end = pipeline.status().snapshot();
        assertThat(end.twinEntities()).as("one twin per piece of the scenario's equipment").isEqualTo(feed.equipmentIds().size());
        Reconciliation r = Reconciliation.of(NetworkStats.none(), sim.generated(), sim.published(), 0, 0, 0, start, end, true,
                0, 0, 0, 0, 0);
        assertThat(r.lost()).isZero();
        assertThat(end.deadLettered() - start.deadLettered()).as("every scenario message is valid").isZero();

        Path truth = tempDir.resolve("truth");
        feed.writeTruth(truth);
        assertThat(truth.resolve("stages.csv")).exists();
        assertThat(Files.readString(truth.resolve("truth-summary.json"))).contains("stage-started");
        Map<String, Long> counts = feed.counts();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(sim.published());
    }
}
