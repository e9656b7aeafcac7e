package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StageStarted;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.network.NetworkStats;
import io.shiptwin.sim.pacing.Pacing;
import io.shiptwin.streams.lifecycle.HullEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Streaming mode: a shipped scenario drives the publishing simulator, as fast as possible, through
 * the whole embedded pipeline. Every telemetry event reaches the equipment twin, every business event
 * reaches yard.events.raw, nothing is lost, and the ground truth is written for the comparison.
 */
@ExtendWith(NoFlinkTaskFailures.class)
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

    /**
     * The block and ship twin, end to end from {@code yard.events.raw} to H2: the business events of 30 days of
     * the teaching yard (its first week only starts material; by day 30 blocks are cut, formed, assembled and
     * man-hours are booked) go to Kafka as the bridge would write them (envelope bytes keyed by the asset tag of
     * their MQTT topic). Streaming 30 days of telemetry through MQTT as well would take minutes, so this test
     * feeds the business events alone. Afterwards every block has a {@code hull_twin} row in the stage the feed
     * last started it in and the man-hours the feed booked against it (sum of {@code ManHoursBooked} per
     * {@code chargedTo}), with no illegal lifecycle transition. Works whichever test of this class runs first:
     * man-hours are compared as the increase over this run, and the last stage started wins either way. The
     * ship roll-up ({@code ship_totals}) carries the man-hours of the ship and all its blocks and grand blocks.
     */
    @Test
    void theBlockTwinFollowsTheFeedsStagesAndManHours() throws Exception {
        SimConfig config = SimConfig.defaults(pipeline.broker().uri()).withRunId("hulls").withScenario("teaching").withSimDays(30);
        Map<String, String> lastStage = new TreeMap<>();
        Map<String, Double> manHours = new HashMap<>();
        Map<String, Double> shipHours = new HashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        ScenarioFeed feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(),
                config.seed(), config.simStart(), null, config.simDays()));
        while (feed.hasNext()) {
            FeedMessage m = feed.next();
            if (!(m.event() instanceof BusinessEvent e)) {
                continue;
            }
            records.add(RawTopicWriter.recordOf(m));
            if (e instanceof StageStarted st && ObjectKind.of(Identifier.parse(st.assetId())) == ObjectKind.BLOCK) {
                lastStage.put(st.assetId(), st.stage().name());
            } else if (e instanceof ManHoursBooked mh) {
                ObjectKind kind = ObjectKind.of(mh.chargedTo());
                if (kind == ObjectKind.BLOCK) {
                    manHours.merge(mh.chargedTo().toString(), mh.manHours(), Double::sum);
                }
                if (kind == ObjectKind.BLOCK || kind == ObjectKind.GRAND_BLOCK || kind == ObjectKind.SHIP) {
                    shipHours.merge(HullEntity.shipOf(mh.chargedTo().toString()), mh.manHours(), Double::sum);
                }
            }
        }
        assertThat(lastStage).as("30 days of the teaching yard stage blocks").isNotEmpty();
        assertThat(lastStage.values()).as("beyond material").contains("SUB_ASSEMBLY", "BLOCK_ASSEMBLY");
        assertThat(manHours).as("and book man-hours against them").isNotEmpty();
        Map<String, Double> hoursBefore = blockManHours();
        Map<String, Double> shipHoursBefore = shipManHours();

        try (RawTopicWriter raw = RawTopicWriter.open(pipeline.kafka().bootstrap())) {
            records.forEach(raw::send);
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, String> stages = blockStages();
            Map<String, Double> hours = blockManHours();
            for (Map.Entry<String, String> e : lastStage.entrySet()) {
                assertThat(stages.get(e.getKey())).as("stage of %s", e.getKey()).isEqualTo(e.getValue());
            }
            for (Map.Entry<String, Double> e : manHours.entrySet()) {
                double delta = hours.getOrDefault(e.getKey(), 0.0) - hoursBefore.getOrDefault(e.getKey(), 0.0);
                assertThat(delta).as("man-hours of %s", e.getKey()).isCloseTo(e.getValue(), within(1e-6));
            }
            Map<String, Double> totals = shipManHours();
            for (Map.Entry<String, Double> e : shipHours.entrySet()) {
                double delta = totals.getOrDefault(e.getKey(), 0.0) - shipHoursBefore.getOrDefault(e.getKey(), 0.0);
                assertThat(delta).as("rolled-up man-hours of %s", e.getKey()).isCloseTo(e.getValue(), within(1e-6));
            }
        });
        Map<String, String> ships = new TreeMap<>();
        long illegal;
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT entity_id, ship_id FROM hull_twin WHERE kind = 'block'")) {
                while (rs.next()) {
                    ships.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM alerts WHERE rule_id = 'illegal-lifecycle-transition' "
                    + "AND opening_event_id LIKE 'hulls:%'")) {
                rs.next();
                illegal = rs.getLong(1);
            }
        }
        assertThat(ships).as("a block's ship is named by its suffix").isNotEmpty().allSatisfy((block, ship) ->
                assertThat(ship).isEqualTo(block.replace("/BLK-", "/SHIP-").replaceAll("-[A-Z0-9]+$", "")));
        assertThat(illegal).as("the feed's stage sequences are legal lifecycle moves").isZero();
    }

    private static Map<String, String> blockStages() throws SQLException {
        Map<String, String> stages = new HashMap<>();
        forEachBlock("SELECT entity_id, stage FROM hull_twin WHERE kind = 'block'", rs -> stages.put(rs.getString(1), rs.getString(2)));
        return stages;
    }

    private static Map<String, Double> blockManHours() throws SQLException {
        Map<String, Double> hours = new HashMap<>();
        forEachBlock("SELECT entity_id, man_hours FROM hull_twin WHERE kind = 'block'", rs -> hours.put(rs.getString(1), rs.getDouble(2)));
        return hours;
    }

    private static Map<String, Double> shipManHours() throws SQLException {
        Map<String, Double> hours = new HashMap<>();
        forEachBlock("SELECT ship_id, total_man_hours FROM ship_totals", rs -> hours.put(rs.getString(1), rs.getDouble(2)));
        return hours;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void forEachBlock(String sql, Row row) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    row.read(rs);
                }
            } catch (SQLException e) {
                if (!e.getMessage().contains("not found")) {
                    throw e; // the table does not exist until the sink's first start: nothing yet
                }
            }
        }
    }
}
