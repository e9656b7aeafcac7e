package io.shiptwin.streams.h2;

import io.shiptwin.streams.lifecycle.ShipSchedule;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Ship schedules by ship id; the row only moves forward (newer version), so a replay never moves it back. */
public final class ShipScheduleTable extends SingleStatementTable<ShipSchedule> {
    private static final String COLUMNS = "ship_id, version, planned_delivery, predicted_delivery, slip_days, critical_entity,"
            + " critical_stage, blocks, blocks_erected, stages_planned, stages_done, progress_pct, design_revisions,"
            + " block_revisions, material_ordered_tonnes, material_delivered_tonnes, material_deliveries, equipment_hours,"
            + " crew_hours, non_conformances_opened, non_conformances_closed, open_non_conformances, dock, dock_in, dock_out,"
            + " in_dock, delivered_at, last_event_id, updated_at";
    private static final String UPSERT = "MERGE INTO ship_schedule t USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS BIGINT),"
            + " CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS DOUBLE PRECISION),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT),"
            + " CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION),"
            + " CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)),"
            + " CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BOOLEAN),"
            + " CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))"
            + " AS s(" + COLUMNS + ") ON t.ship_id = s.ship_id"
            + " WHEN MATCHED AND s.version > t.version THEN UPDATE SET " + updates()
            + " WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (" + COLUMNS.replaceAll("(\\w+)", "s.$1") + ")";

    private static String updates() {
        StringBuilder b = new StringBuilder();
        for (String c : COLUMNS.split(",\\s*")) {
            if (!c.equals("ship_id")) {
                b.append(b.isEmpty() ? "" : ", ").append(c).append(" = s.").append(c);
            }
        }
        return b.toString();
    }

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, ShipSchedule t) throws SQLException {
        int i = 1;
        s.setString(i++, t.shipId());
        s.setLong(i++, t.version());
        s.setObject(i++, time(t.plannedDeliveryMillis()));
        s.setObject(i++, time(t.predictedDeliveryMillis()));
        s.setDouble(i++, t.slipMillis() / 86_400_000.0);
        s.setString(i++, t.criticalEntity());
        s.setString(i++, t.criticalStage());
        s.setInt(i++, t.blocks());
        s.setInt(i++, t.blocksErected());
        s.setInt(i++, t.stagesPlanned());
        s.setInt(i++, t.stagesDone());
        s.setDouble(i++, t.progressPercent());
        s.setLong(i++, t.designRevisions());
        s.setLong(i++, t.blockRevisions());
        s.setDouble(i++, t.materialOrderedTonnes());
        s.setDouble(i++, t.materialDeliveredTonnes());
        s.setLong(i++, t.materialDeliveries());
        s.setDouble(i++, t.equipmentHours());
        s.setDouble(i++, t.crewHours());
        s.setLong(i++, t.nonConformancesOpened());
        s.setLong(i++, t.nonConformancesClosed());
        s.setLong(i++, t.openNonConformances());
        s.setString(i++, t.dock());
        s.setObject(i++, time(t.dockInMillis()));
        s.setObject(i++, time(t.dockOutMillis()));
        s.setBoolean(i++, t.inDock());
        s.setObject(i++, time(t.deliveredMillis()));
        s.setString(i++, t.lastEventId());
        s.setObject(i, EquipmentTwinTable.utc(t.updatedAtMillis()));
    }

    private static Object time(long millis) {
        return millis < 0 ? null : EquipmentTwinTable.utc(millis);
    }
}
