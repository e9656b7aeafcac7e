package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5's acceptance test for equipment maintenance, end to end through Kafka, the Flink job and H2: the teaching
 * yard with a dock pump whose bearing wears out and fails on day 5 (perturbation {@code pumpBearingWear}), its six
 * days of telemetry and business events written to the raw topics as the bridge would (MQTT would take minutes for
 * no more evidence), as fast as possible. The drift alert and the work order are in H2 before the failure time, the
 * repair closes the order, the pump has a status and shifts, and no other machine raised a drift alert.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class EquipmentCarePipelineIT extends PipelineTestBase {
    private static final String PUMP = PumpWearFeed.PUMP;

    @Test
    void aWornPumpBearingRaisesADriftAlertAndAWorkOrderBeforeTheFailureWhichTheRepairCloses() throws Exception {
        PumpWearFeed.Published published = PumpWearFeed.publish(pipeline.kafka().bootstrap(), tempDir, "care");
        assertThat(published.failure()).as("the feed publishes the bearing failure").isPositive();
        long failedAt = published.failure();
        long repairedAt = published.repaired();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT status, opened_at, closed_at, closed_by, reason_alert_id, rul_hours"
                        + " FROM work_orders WHERE asset_id = '" + PUMP + "'")) {
                    assertThat(rs.next()).as("a work order for the pump").isTrue();
                    assertThat(rs.getString(1)).isEqualTo("CLOSED");
                    assertThat(millis(rs.getObject(2, OffsetDateTime.class))).isLessThan(failedAt);
                    assertThat(millis(rs.getObject(3, OffsetDateTime.class))).isEqualTo(repairedAt);
                    assertThat(rs.getString(4)).isEqualTo("equipment-repaired");
                    assertThat(rs.getString(5)).startsWith(PUMP + "/pump-bearing-vibration-drift/care:");
                    assertThat(rs.getDouble(6)).isPositive();
                    assertThat(rs.next()).as("one work order").isFalse();
                }
                try (ResultSet rs = s.executeQuery("SELECT asset_id, opened_at, rul_hours FROM alerts"
                        + " WHERE rule_id = 'pump-bearing-vibration-drift'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(PUMP);
                    assertThat(millis(rs.getObject(2, OffsetDateTime.class))).isLessThan(failedAt);
                    assertThat(rs.getDouble(3)).isPositive();
                    assertThat(rs.next()).as("no drift alert on any other machine").isFalse();
                }
                try (ResultSet rs = s.executeQuery("SELECT status, condition_version FROM equipment_twin WHERE asset_id = '" + PUMP + "'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isIn("WORKING", "IDLE", "DOWN");
                    assertThat(rs.getLong(2)).isPositive();
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(down_hours), MAX(oee) FROM equipment_shift"
                        + " WHERE asset_id = '" + PUMP + "'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("the pump's shifts").isGreaterThan(4);
                    assertThat(rs.getDouble(2)).as("down from the failure").isPositive();
                    assertThat(rs.getDouble(3)).as("on duty a whole shift").isGreaterThan(0.99);
                }
            }
        });
    }

    private static long millis(OffsetDateTime t) {
        return t.toInstant().toEpochMilli();
    }
}
