package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bridge must not lose what it accepted when Kafka goes away: the broker is stopped for a few
 * seconds while the simulator keeps publishing, then restarted; every published event must end up
 * in the twin exactly once.
 */
class KafkaOutageIT extends PipelineTestBase {
    private static final long EVENTS = 4_000;


    @Test
    void nothingAcceptedByTheBridgeIsMissingFromTheTwinAfterAKafkaOutage() throws Exception {
        TelemetrySimulator sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri())
                .withRunId("outage").withRate(400).withMaxEvents(EVENTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.bridge().sentToKafka() >= 800);

        pipeline.kafka().close();
        long bridgedAtOutage = pipeline.bridge().sentToKafka();
        long publishedAtOutage = sim.published();
        Thread.sleep(4_000); // the outage itself: the simulator keeps publishing meanwhile
        assertThat(sim.published()).as("the simulator kept publishing during the outage").isGreaterThan(publishedAtOutage + 500);
        assertThat(pipeline.bridge().sentToKafka()).as("nothing reached Kafka while it was down").isLessThanOrEqualTo(bridgedAtOutage + 5);
        pipeline.kafka().start();

        assertThat(sim.awaitDone(Duration.ofSeconds(60))).isTrue();
        assertThat(sim.published()).isEqualTo(EVENTS);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PipelineSnapshot s = pipeline.status().snapshot();
            assertThat(s.twinEvents()).isEqualTo(EVENTS);
        });
        assertThat(distinctEventIdsInHistory()).as("every event id exactly once in the twin's history").isEqualTo(EVENTS);
        assertThat(pipeline.status().snapshot().deadLettered()).isZero();
        assertThat(pipeline.bridge().received()).isGreaterThanOrEqualTo(EVENTS);
    }

    private static long distinctEventIdsInHistory() throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT event_id), COUNT(*) FROM equipment_twin_history")) {
            rs.next();
            assertThat(rs.getLong(2)).as("history rows, one per unique event").isEqualTo(rs.getLong(1));
            return rs.getLong(1);
        }
    }
}
