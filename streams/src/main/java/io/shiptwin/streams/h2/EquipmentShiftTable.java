package io.shiptwin.streams.h2;

import io.shiptwin.streams.maintenance.ShiftRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One row per machine and shift, keyed by (asset id, shift start): a replay rewrites the same row. */
public final class EquipmentShiftTable extends SingleStatementTable<ShiftRecord> {
    private static final String UPSERT = """
            MERGE INTO equipment_shift (asset_id, shift_start, shift_end, asset_type, covered_hours, planned_hours,
                working_hours, idle_hours, down_hours, maintenance_hours, utilisation, availability, performance, quality,
                oee, samples)
            KEY (asset_id, shift_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, ShiftRecord r) throws SQLException {
        s.setString(1, r.assetId());
        s.setObject(2, EquipmentTwinTable.utc(r.shiftStartMillis()));
        s.setObject(3, EquipmentTwinTable.utc(r.shiftEndMillis()));
        s.setString(4, r.assetType());
        s.setDouble(5, r.coveredHours());
        s.setDouble(6, r.plannedHours());
        s.setDouble(7, r.workingHours());
        s.setDouble(8, r.idleHours());
        s.setDouble(9, r.downHours());
        s.setDouble(10, r.maintenanceHours());
        s.setDouble(11, r.utilisation());
        s.setDouble(12, r.availability());
        s.setDouble(13, r.performance());
        s.setDouble(14, r.quality());
        s.setDouble(15, r.oee());
        s.setLong(16, r.samples());
    }
}
