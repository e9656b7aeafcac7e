package io.shiptwin.streams.h2;

import io.shiptwin.streams.maintenance.EquipmentCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a machine's condition (status, RUL, drifting channel) onto its {@code equipment_twin} row, only when the
 * condition version is newer. The row itself is the twin writer's: a condition never creates one (a machine without
 * telemetry has no twin), and the care function re-sends the condition at least hourly in event time.
 *
 * <p>The twin writer locks many {@code equipment_twin} rows in one transaction; this writer commits after each row,
 * so it never holds one row's lock while waiting for another's, and the two cannot deadlock.
 */
public final class EquipmentConditionTable implements TableWriter<EquipmentCondition> {
    private static final String UPDATE = """
            UPDATE equipment_twin SET status = ?, status_since = ?, rul_hours = ?, drift_channel = ?, condition_version = ?
            WHERE asset_id = ? AND (condition_version IS NULL OR condition_version < ?)""";

    private transient Connection connection;
    private transient PreparedStatement update;
    private transient Map<String, EquipmentCondition> newest;

    @Override
    public void open(Connection c) throws SQLException {
        connection = c;
        update = c.prepareStatement(UPDATE);
        newest = new LinkedHashMap<>();
    }

    @Override
    public void add(EquipmentCondition c) {
        newest.merge(c.assetId(), c, (a, b) -> b.version() > a.version() ? b : a);
    }

    @Override
    public void execute() throws SQLException {
        for (EquipmentCondition c : newest.values()) {
            update.setString(1, c.status());
            update.setObject(2, c.status() == null ? null : EquipmentTwinTable.utc(c.statusSinceMillis()));
            update.setObject(3, Double.isFinite(c.rulHours()) ? c.rulHours() : null);
            update.setString(4, c.driftChannel());
            update.setLong(5, c.version());
            update.setString(6, c.assetId());
            update.setLong(7, c.version());
            update.executeUpdate();
            connection.commit();
        }
        newest.clear();
    }

    @Override
    public void close() throws SQLException {
        if (update != null) {
            update.close();
        }
    }
}
