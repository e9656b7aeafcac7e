package io.shiptwin.streams.h2;

import io.shiptwin.model.EventHeader;
import io.shiptwin.streams.kpi.WatermarkSample;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The latest watermark sample per (source, operator, subtask): one row each, overwritten. */
public final class WatermarkTable extends SingleStatementTable<WatermarkSample> {
    private static final String UPSERT = """
            MERGE INTO watermarks (source, operator_name, subtask, watermark_at, max_event_at, events, late_events, updated_at)
            KEY (source, operator_name, subtask) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, WatermarkSample w) throws SQLException {
        s.setString(1, w.source());
        s.setString(2, w.operatorName());
        s.setInt(3, w.subtask());
        time(s, 4, w.watermarkMillis());
        time(s, 5, w.maxEventMillis());
        s.setLong(6, w.events());
        s.setLong(7, w.lateEvents());
        s.setObject(8, EquipmentTwinTable.utc(w.sampledAtMillis()));
    }

    /**
     * No watermark yet (Long.MIN_VALUE) is stored as null, not as a date far before year 0; the end of a bounded
     * input (Long.MAX_VALUE) as the last instant an event can have, 9999-12-31T23:59:59.999Z.
     */
    static void time(PreparedStatement s, int index, long millis) throws SQLException {
        if (millis == Long.MIN_VALUE || millis < EventHeader.MIN_EVENT_TIME_MILLIS) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (millis > EventHeader.MAX_EVENT_TIME_MILLIS) {
            s.setObject(index, EquipmentTwinTable.utc(EventHeader.MAX_EVENT_TIME_MILLIS));
        } else {
            s.setObject(index, EquipmentTwinTable.utc(millis));
        }
    }
}
