package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.shiptwin.app.fidelity.Check;
import io.shiptwin.app.fidelity.FidelityCheck;
import io.shiptwin.app.fidelity.FidelityReport;
import io.shiptwin.app.fidelity.Tolerances;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.feed.ServiceTruth;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service twin end to end: a coaster built in a few weeks ({@code scenarios/service-fleet.yaml}) is delivered
 * early and then sails for over a year, reporting every six hours and passing its first annual survey. The whole
 * run streams through the embedded pipeline as fast as possible; the {@code ship_service} row must hold the sums of
 * the reports the simulation drew for the ship, its survey, and the next survey due by the class rule, and the
 * fidelity check must find no mismatch.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class ServiceTwinIT extends PipelineTestBase {
    private static final String PREFIX = "88.118.8201";
    private static final double SIM_DAYS = 420;

    @Test
    void aShipInServiceHasTheTotalsOfItsReportsItsSurveyAndTheNextSurveyDueByTheClassRule() throws Exception {
        Path scenario = Path.of(ServiceTwinIT.class.getResource("/scenarios/service-fleet.yaml").toURI());
        PipelineSnapshot start = pipeline.status().snapshot();
        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withYardPrefix(PREFIX).withRunId("service")
                .withScenario(scenario.toString()).withSimDays(SIM_DAYS).withPacing(Pacing.AS_FAST_AS_POSSIBLE)
                .withNetwork(LinkProfile.NONE);
        try (TelemetrySimulator sim = new TelemetrySimulator(config).start()) {
            assertThat(sim.awaitDone(Duration.ofSeconds(60))).as("the feed reaches its bound").isTrue();
            sim.close();
            List<ServiceTruth> truth = sim.scenarioFeed().serviceTruth();
            assertThat(truth).as("the coaster is delivered within the run").hasSize(1);
            ServiceTruth ship = truth.get(0);
            assertThat(ship.reports()).as("over a year of reports every 6 hours").hasSizeGreaterThan(1_400);
            assertThat(ship.surveys()).extracting(SurveyCompleted::surveyKind).containsExactly(SurveyKind.ANNUAL);

            long unique = Reconciliation.uniquePublished(sim.published(), sim.networkStats());
            assertThat(DemoRun.awaitDrained(pipeline, start, unique)).as("the pipeline drains").isTrue();
            Reconciliation r = Reconciliation.of(sim.networkStats(), sim.generated(), sim.published(), 0, 0, 0, start,
                    pipeline.status().snapshot(), true, 0, 0, 0, 0, 0);
            FidelityReport report = FidelityCheck.run(pipeline.h2Url(), sim.scenarioFeed(), r, Tolerances.DEFAULT, Duration.ofSeconds(30));
            System.out.println(report.table());
            assertThat(report.failures()).as("checks outside tolerance").isEmpty();
            assertThat(report.details()).filteredOn(c -> c.category().equals("service")).extracting(Check::measure)
                    .contains("operational reports", "distance (nm)", "fuel (t)", "next survey due");

            String shipId = PREFIX + "/" + ship.ship();
            double distance = ship.reports().stream().mapToDouble(OperationalReport::distanceNauticalMiles).sum();
            double fuel = ship.reports().stream().mapToDouble(OperationalReport::fuelTonnes).sum();
            double engine = ship.reports().stream().mapToDouble(OperationalReport::mainEngineHours).sum();
            double hours = ship.reports().stream().mapToDouble(OperationalReport::periodHours).sum();
            long lastReport = ship.reports().get(ship.reports().size() - 1).eventTimeMillis();
            long secondAnnual = SurveyCycle.dueMillis(ship.deliveredMillis(), new SurveyCycle.Due(2, SurveyKind.ANNUAL, 2));
            long firstAnnual = SurveyCycle.dueMillis(ship.deliveredMillis(), new SurveyCycle.Due(1, SurveyKind.ANNUAL, 1));

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                try (Connection c = DriverManager.getConnection(pipeline.h2Url());
                     ResultSet rs = c.createStatement().executeQuery("SELECT reports, distance_nm, fuel_t, main_engine_hours,"
                             + " reported_hours, delivered_at, last_report_at, annual_surveys, next_survey_kind, next_survey_number,"
                             + " next_survey_due, survey_overdue, mean_speed_knots, hours_at_sea FROM ship_service WHERE ship_id = '"
                             + shipId + "'")) {
                    assertThat(rs.next()).as("a ship_service row for %s", shipId).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(ship.reports().size());
                    assertThat(rs.getDouble(2)).isCloseTo(distance, within(1e-6 * distance));
                    assertThat(rs.getDouble(3)).isCloseTo(fuel, within(1e-6 * fuel));
                    assertThat(rs.getDouble(4)).isCloseTo(engine, within(1e-6 * engine));
                    assertThat(rs.getDouble(5)).isCloseTo(hours, within(1e-6 * hours));
                    assertThat(millis(rs, 6)).isEqualTo(ship.deliveredMillis());
                    assertThat(millis(rs, 7)).isEqualTo(lastReport);
                    assertThat(rs.getInt(8)).isEqualTo(1);
                    assertThat(rs.getString(9)).isEqualTo("ANNUAL");
                    assertThat(rs.getInt(10)).isEqualTo(2);
                    assertThat(millis(rs, 11)).isEqualTo(secondAnnual);
                    assertThat(rs.getBoolean(12)).isFalse();
                    assertThat(rs.getDouble(13)).isCloseTo(rs.getDouble(2) / rs.getDouble(14), within(1e-9));
                }
            });
            try (Connection c = DriverManager.getConnection(pipeline.h2Url())) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT kind, survey_number, due_at, completed_at, passed"
                        + " FROM ship_surveys WHERE ship_id = '" + shipId + "'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("ANNUAL");
                    assertThat(rs.getInt(2)).isEqualTo(1);
                    assertThat(millis(rs, 3)).isEqualTo(firstAnnual);
                    assertThat(millis(rs, 4)).as("the simulator holds the survey on its due date").isEqualTo(firstAnnual);
                    assertThat(rs.getBoolean(5)).isEqualTo(ship.surveys().get(0).passed());
                    assertThat(rs.next()).isFalse();
                }
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM alerts WHERE asset_id = '" + shipId
                        + "' AND rule_id = 'survey-overdue'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as("the survey was on time").isZero();
                }
            }
        }
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }
}
