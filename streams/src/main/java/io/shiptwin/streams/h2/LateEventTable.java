package io.shiptwin.streams.h2;

import io.shiptwin.model.TwinTables;
import io.shiptwin.streams.kpi.LateEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Late events (beyond the KPI windows' allowed lateness) into {@code dropped_events} with kind {@code LATE} and the
 * watermark they missed, keyed by their Kafka coordinates so a replay writes each once.
 */
public final class LateEventTable extends SingleStatementTable<LateEvent> {
    private static final String UPSERT = """
            MERGE INTO dropped_events (source_topic, source_partition, source_offset, kind, event_id, asset_id, source_key,
                                       reason, recorded_at, watermark_at)
            KEY (source_topic, source_partition, source_offset) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, LateEvent e) throws SQLException {
        s.setString(1, e.sourceTopic());
        s.setInt(2, e.sourcePartition());
        s.setLong(3, e.sourceOffset());
        s.setString(4, TwinTables.DROP_LATE);
        s.setString(5, e.eventId());
        s.setString(6, e.assetId());
        s.setString(7, e.reason());
        s.setObject(8, EquipmentTwinTable.utc(e.recordedAtMillis()));
        WatermarkTable.time(s, 9, e.watermarkMillis());
    }
}
