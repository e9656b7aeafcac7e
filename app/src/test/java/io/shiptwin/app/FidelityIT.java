package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.app.fidelity.Check;
import io.shiptwin.app.fidelity.FidelityCheck;
import io.shiptwin.app.fidelity.FidelityReport;
import io.shiptwin.app.fidelity.Tolerances;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.network.NetworkStats;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fidelity check end to end: six simulated weeks of the baseline yard (equipment sampled once a simulated day
 * to keep the run short; the business events are the yard's own) stream through the embedded pipeline as fast
 * as possible and the twin in H2 is compared with the simulation's ground truth. Each test streams its own
 * yard (identifier prefix) into the one pipeline of the class, so their twins stay apart.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class FidelityIT extends PipelineTestBase {
    private static final double SIM_DAYS = 42;

    private static Path scenario() throws Exception {
        Path file = tempDir.resolve("baseline-daily.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, "extends: baseline\nstreaming: {samplePeriodSeconds: 86400}\n");
        }
        return file;
    }

    private static FidelityReport stream(String prefix, LinkProfile network, TelemetrySimulator[] simOut) throws Exception {
        PipelineSnapshot start = pipeline.status().snapshot();
        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withYardPrefix(prefix).withRunId("fid-" + prefix)
                .withScenario(scenario().toString()).withSimDays(SIM_DAYS).withPacing(Pacing.AS_FAST_AS_POSSIBLE)
                .withNetwork(network);
        try (TelemetrySimulator sim = new TelemetrySimulator(config).start()) {
            simOut[0] = sim;
            assertThat(sim.awaitDone(Duration.ofSeconds(90))).as("the feed reaches its bound").isTrue();
            sim.close();
            long unique = Reconciliation.uniquePublished(sim.published(), sim.networkStats());
            boolean drained = DemoRun.awaitDrained(pipeline, start, unique);
            Reconciliation r = Reconciliation.of(sim.networkStats(), sim.generated(), sim.published(), 0, 0, 0, start,
                    pipeline.status().snapshot(), drained, 0, 0, 0, 0, 0);
            FidelityReport report = FidelityCheck.run(pipeline.h2Url(), sim.scenarioFeed(), r, Tolerances.DEFAULT, Duration.ofSeconds(60));
            System.out.println(report.table());
            return report;
        }
    }

    @Test
    void sixWeeksOfTheBaselineYardOnAFaithfulNetworkLeaveATwinEqualToTheGroundTruth() throws Exception {
        TelemetrySimulator[] sim = new TelemetrySimulator[1];
        FidelityReport report = stream("88.118.8101", LinkProfile.NONE, sim);

        assertThat(report.complete()).isTrue();
        assertThat(report.caughtUp()).isTrue();
        assertThat(report.failures()).as("checks outside tolerance").isEmpty();
        assertThat(report.mismatches()).isZero();
        assertThat(report.lost()).isZero();
        assertThat(report.checks()).as("a substantial comparison").isGreaterThan(1_000);
        Set<String> blocksWithFinishedStages = report.details().stream()
                .filter(c -> c.category().equals("stage") && c.measure().endsWith("finished") && c.subject().contains("/BLK-"))
                .map(Check::subject).collect(Collectors.toSet());
        assertThat(blocksWithFinishedStages).as("stage dates of many blocks").hasSizeGreaterThan(20);
        assertThat(kpi(report, "stages finished")).isGreaterThan(300);
        assertThat(kpi(report, "inspections passed")).isPositive();
        assertThat(kpi(report, "non-conformances opened")).isPositive();
        assertThat(kpi(report, "man-hours booked")).isGreaterThan(1_000);
        assertThat(kpi(report, "equipment reporting")).isEqualTo(sim[0].scenarioFeed().equipmentIds().size());

        Path json = tempDir.resolve("fidelity.json");
        report.writeJson(json);
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        assertThat(node.get("lost").asLong()).isZero();
        assertThat(node.get("mismatches").asLong()).isZero();
        assertThat(node.get("checks").asInt()).isEqualTo(report.checks());
        assertThat(node.get("details")).hasSize(report.checks());
        assertThat(node.get("reconciliation").get("lost").asLong()).isZero();
    }

    @Test
    void aLossyNetworkShowsAsLostEventsAndMismatches() throws Exception {
        FidelityReport report = stream("88.118.8102", LinkProfile.CONGESTED, new TelemetrySimulator[1]);
        assertThat(report.lostOnNetwork()).as("the congested profile loses messages").isPositive();
        assertThat(report.lostInPipeline()).as("the pipeline itself loses nothing").isZero();
        assertThat(report.lost()).isEqualTo(report.lostOnNetwork());
        assertThat(report.mismatches()).as("lost telemetry and business events change the twin").isPositive();
        assertThat(report.failures()).anySatisfy(c -> assertThat(c.category()).isEqualTo("equipment"));
    }

    @Test
    void duplicatesAndReorderingOnTheNetworkChangeNothingInTheTwin() throws Exception {
        LinkProfile shaky = new LinkProfile("duplicating-reordering", 2, 40, 0, 0.05, 30);
        TelemetrySimulator[] sim = new TelemetrySimulator[1];
        FidelityReport report = stream("88.118.8103", shaky, sim);
        NetworkStats net = sim[0].networkStats();
        assertThat(net.duplicated()).as("the profile duplicates").isPositive();
        assertThat(net.reordered()).as("and reorders").isPositive();
        assertThat(net.lost()).isZero();
        assertThat(report.lost()).isZero();
        assertThat(report.failures()).as("checks outside tolerance").isEmpty();
        assertThat(report.mismatches()).isZero();
    }

    private static double kpi(FidelityReport report, String name) {
        Check c = report.details().stream().filter(d -> d.category().equals("kpi") && d.subject().equals(name)).findFirst()
                .orElseThrow();
        return ((Number) c.expected()).doubleValue();
    }
}
