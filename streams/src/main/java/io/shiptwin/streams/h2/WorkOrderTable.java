package io.shiptwin.streams.h2;

import io.shiptwin.streams.maintenance.WorkOrder;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Work orders by id; a closed order never reopens, so a replay cannot undo a closure (ADR 0002). */
public final class WorkOrderTable extends SingleStatementTable<WorkOrder> {
    private static final String UPSERT = """
            MERGE INTO work_orders t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(500)),
                           CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(16)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS VARCHAR(200)),
                           CAST(? AS VARCHAR(64))))
                  AS s(work_order_id, asset_id, asset_type, reason_alert_id, reason, status, opened_at, rul_hours, closed_at,
                       closed_by_event_id, closed_by)
            ON t.work_order_id = s.work_order_id
            WHEN MATCHED AND t.status = 'OPEN' AND s.status = 'CLOSED' THEN UPDATE SET
                status = s.status, closed_at = s.closed_at, closed_by_event_id = s.closed_by_event_id, closed_by = s.closed_by
            WHEN NOT MATCHED THEN INSERT (work_order_id, asset_id, asset_type, reason_alert_id, reason, status, opened_at,
                rul_hours, closed_at, closed_by_event_id, closed_by)
                VALUES (s.work_order_id, s.asset_id, s.asset_type, s.reason_alert_id, s.reason, s.status, s.opened_at,
                s.rul_hours, s.closed_at, s.closed_by_event_id, s.closed_by)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, WorkOrder w) throws SQLException {
        s.setString(1, w.workOrderId());
        s.setString(2, w.assetId());
        s.setString(3, w.assetType());
        s.setString(4, w.reasonAlertId());
        s.setString(5, w.reason());
        s.setString(6, w.status());
        s.setObject(7, EquipmentTwinTable.utc(w.openedAtMillis()));
        s.setObject(8, Double.isFinite(w.rulHours()) ? w.rulHours() : null);
        s.setObject(9, w.closedAtMillis() < 0 ? null : EquipmentTwinTable.utc(w.closedAtMillis()));
        s.setString(10, w.closedByEventId());
        s.setString(11, w.closedBy());
    }
}
