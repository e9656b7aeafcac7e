package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.maintenance.EquipmentCondition;
import io.shiptwin.streams.maintenance.ShiftRecord;
import io.shiptwin.streams.maintenance.WorkOrder;
import io.shiptwin.streams.twin.EquipmentAccumulator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The equipment care tables are idempotent (ADR 0002): replays rewrite rows, never undo a closure or move back. */
class MaintenanceTablesTest {
    private static final String PUMP = "88.118.8001/EQ-DOCK-1-P1";
    private static final long T0 = 1_772_409_600_000L;
    @TempDir
    Path dir;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"));
        H2Sink.createTables(connection);
        H2Sink.createTables(connection); // the DDL, ALTERs included, runs at every writer's start
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @SafeVarargs
    private <T> void write(TableWriter<T> table, T... records) throws SQLException {
        table.open(connection);
        for (T r : records) {
            table.add(r);
        }
        table.execute();
        connection.commit();
        table.close();
    }

    private ResultSet query(String sql) throws SQLException {
        Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql);
        rs.next();
        return rs;
    }

    @Test
    void aClosedWorkOrderStaysClosedWhenItsOpeningIsReplayed() throws SQLException {
        WorkOrder open = new WorkOrder("88.118.8001/WO-DOCK-1-P1-D1", PUMP, "pump", PUMP + "/drift/e9", "vibration drifting up",
                WorkOrder.OPEN, T0, 42.5, -1, null, null);
        write(new WorkOrderTable(), open, open.closed(T0 + 3_600_000, "r1", "equipment-repaired"));
        write(new WorkOrderTable(), open);

        ResultSet rs = query("SELECT COUNT(*), MAX(status), MAX(closed_by_event_id), MAX(closed_by), MAX(rul_hours) FROM work_orders");
        assertThat(rs.getLong(1)).isEqualTo(1);
        assertThat(rs.getString(2)).isEqualTo("CLOSED");
        assertThat(rs.getString(3)).isEqualTo("r1");
        assertThat(rs.getString(4)).isEqualTo("equipment-repaired");
        assertThat(rs.getDouble(5)).isEqualTo(42.5);
    }

    @Test
    void aShiftIsOneRowPerMachineAndShiftWithItsRatios() throws SQLException {
        ShiftRecord shift = new ShiftRecord(PUMP, "pump", T0 + 6 * 3_600_000L, T0 + 14 * 3_600_000L, 8, 4, 3, 1, 0, 480);
        write(new EquipmentShiftTable(), shift, shift);

        ResultSet rs = query("SELECT COUNT(*), MAX(availability), MAX(performance), MAX(oee), MAX(quality) FROM equipment_shift");
        assertThat(rs.getLong(1)).isEqualTo(1);
        assertThat(rs.getDouble(2)).isEqualTo(7.0 / 8);
        assertThat(rs.getDouble(3)).isEqualTo(4.0 / 7);
        assertThat(rs.getDouble(4)).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rs.getDouble(5)).isEqualTo(1.0);
    }

    @Test
    void theConditionGoesOntoTheTwinRowAndAnOlderOneNeverOverwritesANewer() throws SQLException {
        EquipmentAccumulator acc = new EquipmentAccumulator();
        TelemetryReading r = new TelemetryReading("p1", PUMP, 1, T0, "wenchong", "dock-1", "pump", new String[] {"flow_m3_h"},
                new double[] {2400});
        acc.apply(r);
        write(new EquipmentConditionTable(), new EquipmentCondition(PUMP, "pump", "WORKING", T0, Double.NaN, null, 1, T0));
        ResultSet none = query("SELECT COUNT(*) FROM equipment_twin");
        assertThat(none.getLong(1)).isZero(); // a condition never makes a twin row of its own

        write(new EquipmentTwinTable(), acc.snapshot(r, T0));
        EquipmentCondition newer = new EquipmentCondition(PUMP, "pump", "DOWN", T0 + 60_000, 12.5, "vibration_mm_s", 3, T0 + 60_000);
        write(new EquipmentConditionTable(), newer);
        write(new EquipmentConditionTable(), new EquipmentCondition(PUMP, "pump", "WORKING", T0, Double.NaN, null, 2, T0));

        ResultSet rs = query("SELECT status, rul_hours, drift_channel, condition_version, version FROM equipment_twin");
        assertThat(rs.getString(1)).isEqualTo("DOWN");
        assertThat(rs.getDouble(2)).isEqualTo(12.5);
        assertThat(rs.getString(3)).isEqualTo("vibration_mm_s");
        assertThat(rs.getLong(4)).isEqualTo(3);
        assertThat(rs.getLong(5)).isEqualTo(1);

        // A later twin version leaves the condition alone.
        acc.apply(new TelemetryReading("p2", PUMP, 2, T0 + 120_000, "wenchong", "dock-1", "pump", new String[] {"flow_m3_h"},
                new double[] {0}));
        write(new EquipmentTwinTable(), acc.snapshot(r, T0 + 120_000));
        assertThat(query("SELECT status, version FROM equipment_twin").getString(1)).isEqualTo("DOWN");
    }

    @Test
    void aDriftAlertKeepsItsRemainingLifeAndALimitAlertHasNone() throws SQLException {
        Alert drift = new Alert("a1", PUMP, "pump", "pump-bearing-vibration-drift", Alert.OPEN, "drift", 2.3, 7.1, "e1", T0, null, -1,
                55.0);
        Alert limit = new Alert("a2", PUMP, "pump", "rule", Alert.OPEN, "limit", 1, 1, "e2", T0, null, -1);
        write(new AlertTable(), drift, limit, drift.cleared("e3", T0 + 1000));

        ResultSet rs = query("SELECT rul_hours, status FROM alerts WHERE alert_id = 'a1'");
        assertThat(rs.getDouble(1)).isEqualTo(55.0);
        assertThat(rs.getString(2)).isEqualTo("CLEARED");
        ResultSet none = query("SELECT rul_hours FROM alerts WHERE alert_id = 'a2'");
        none.getDouble(1);
        assertThat(none.wasNull()).isTrue();
    }
}
