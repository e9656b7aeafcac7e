package io.shiptwin.streams.h2;

import io.shiptwin.streams.lifecycle.HullChange;
import io.shiptwin.streams.lifecycle.HullTwin;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One {@code hull_twin_history} row per version of a ship, grand block or block: the event that made it, its
 * contribution to each flow, and the twin after it. Keyed by (entity id, version), so a replay rewrites the same
 * rows with the same values (ADR 0002).
 */
public final class HullTwinHistoryTable extends SingleStatementTable<HullChange> {
    private static final String UPSERT = """
            MERGE INTO hull_twin_history (entity_id, version, kind, ship_id, event_id, event_type, subject_id, event_time,
                                          field, event_stage, man_hours_delta, cost_delta, energy_kwh_delta,
                                          inspections_passed_delta, inspections_failed_delta, non_conformances_delta,
                                          stage, man_hours, cost_minor_units, currency, energy_kwh, inspections_passed,
                                          inspections_failed, non_conformances_opened, delivered, source_topic,
                                          source_partition, source_offset, twin_updated_at)
            KEY (entity_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, HullChange c) throws SQLException {
        HullTwin t = c.twin();
        s.setString(1, t.entityId());
        s.setLong(2, t.version());
        s.setString(3, t.kind());
        s.setString(4, t.shipId());
        s.setString(5, c.eventId());
        s.setString(6, c.eventType());
        s.setString(7, c.subjectId());
        s.setObject(8, EquipmentTwinTable.utc(c.eventTimeMillis()));
        s.setString(9, c.field());
        s.setString(10, c.eventStage());
        s.setDouble(11, c.manHoursDelta());
        s.setLong(12, c.costDelta());
        s.setDouble(13, c.energyDelta());
        s.setInt(14, c.inspectionsPassedDelta());
        s.setInt(15, c.inspectionsFailedDelta());
        s.setInt(16, c.nonConformancesDelta());
        s.setString(17, t.stage());
        s.setDouble(18, t.manHours());
        s.setLong(19, t.costMinorUnits());
        s.setString(20, t.currency());
        s.setDouble(21, t.energyKwh());
        s.setLong(22, t.inspectionsPassed());
        s.setLong(23, t.inspectionsFailed());
        s.setLong(24, t.nonConformancesOpened());
        s.setBoolean(25, t.delivered());
        s.setString(26, c.sourceTopic());
        s.setObject(27, c.sourceTopic() == null ? null : c.sourcePartition());
        s.setObject(28, c.sourceTopic() == null ? null : c.sourceOffset());
        s.setObject(29, EquipmentTwinTable.utc(t.updatedAtMillis()));
    }
}
