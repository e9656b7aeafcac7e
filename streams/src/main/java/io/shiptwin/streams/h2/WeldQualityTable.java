package io.shiptwin.streams.h2;

import io.shiptwin.streams.qc.WeldQuality;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One row per block in {@code weld_quality}: the latest version of its welding and inspection record. */
public final class WeldQualityTable extends SingleStatementTable<WeldQuality> {
    private static final String UPSERT = """
            MERGE INTO weld_quality (block_id, work_centre, area, weld_start, weld_finish, resolved, arc_on_readings,
                                     out_of_window_readings, inspections, failed_inspections, dft_inspections, dft_passed,
                                     version, updated_at, equipment, ut_inspections, failed_ut, failed_ut_at, ut_arc_on_readings,
                                     ut_out_of_window_readings, suspected_cause, booth, dft_readings, dft_mean_um)
            KEY (block_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, WeldQuality w) throws SQLException {
        s.setString(1, w.blockId());
        s.setString(2, w.workCentre());
        s.setString(3, w.area());
        WatermarkTable.time(s, 4, w.weldStart());
        WatermarkTable.time(s, 5, w.weldFinish());
        s.setBoolean(6, w.resolved());
        s.setLong(7, w.arcOnReadings());
        s.setLong(8, w.outOfWindowReadings());
        s.setLong(9, w.inspections());
        s.setLong(10, w.failedInspections());
        s.setLong(11, w.dftInspections());
        s.setLong(12, w.dftPassed());
        s.setLong(13, w.version());
        s.setObject(14, EquipmentTwinTable.utc(w.updatedAtMillis()));
        s.setString(15, w.equipment());
        s.setLong(16, w.utInspections());
        s.setLong(17, w.failedUt());
        WatermarkTable.time(s, 18, w.failedUtAt());
        setLong(s, 19, w.utArcOnReadings());
        setLong(s, 20, w.utOutOfWindowReadings());
        s.setString(21, w.suspectedCause());
        s.setString(22, w.booth());
        s.setLong(23, w.dftReadings());
        if (w.dftMeanUm() == null) {
            s.setNull(24, java.sql.Types.DOUBLE);
        } else {
            s.setDouble(24, w.dftMeanUm());
        }
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, java.sql.Types.BIGINT);
        } else {
            s.setLong(i, v);
        }
    }
}
