package io.shiptwin.streams.h2;

import io.shiptwin.streams.health.Alert;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Alerts by id; a cleared alert never reopens, so a replay cannot undo a clearing. */
public final class AlertTable extends SingleStatementTable<Alert> {
    private static final String UPSERT = """
            MERGE INTO alerts t
            USING (VALUES (CAST(? AS VARCHAR(500)), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),
                           CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(1000)), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS VARCHAR(200)),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS DOUBLE PRECISION)))
                  AS s(alert_id, asset_id, asset_type, rule_id, status, message, offending_value, limit_value,
                       opening_event_id, opened_at, clearing_event_id, cleared_at, rul_hours)
            ON t.alert_id = s.alert_id
            WHEN MATCHED AND t.status = 'OPEN' THEN UPDATE SET
                status = s.status, clearing_event_id = s.clearing_event_id, cleared_at = s.cleared_at
            WHEN NOT MATCHED THEN INSERT (alert_id, asset_id, asset_type, rule_id, status, message, offending_value,
                limit_value, opening_event_id, opened_at, clearing_event_id, cleared_at, rul_hours)
                VALUES (s.alert_id, s.asset_id, s.asset_type, s.rule_id, s.status, s.message,
                s.offending_value, s.limit_value, s.opening_event_id, s.opened_at, s.clearing_event_id, s.cleared_at,
                s.rul_hours)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement upsert, Alert a) throws SQLException {
        upsert.setString(1, a.alertId());
        upsert.setString(2, a.assetId());
        upsert.setString(3, a.assetType());
        upsert.setString(4, a.ruleId());
        upsert.setString(5, a.status());
        upsert.setString(6, a.message());
        upsert.setDouble(7, a.value());
        upsert.setDouble(8, a.limit());
        upsert.setString(9, a.openingEventId());
        upsert.setObject(10, EquipmentTwinTable.utc(a.openedAtMillis()));
        upsert.setString(11, a.clearingEventId());
        upsert.setObject(12, a.clearedAtMillis() < 0 ? null : EquipmentTwinTable.utc(a.clearedAtMillis()));
        upsert.setObject(13, Double.isFinite(a.rulHours()) ? a.rulHours() : null);
    }
}
