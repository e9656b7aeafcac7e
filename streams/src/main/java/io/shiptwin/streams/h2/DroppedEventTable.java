package io.shiptwin.streams.h2;

import io.shiptwin.streams.twin.DroppedEvent;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Records dead letters and duplicates, keyed by their Kafka coordinates so a replay writes each once. */
public final class DroppedEventTable extends SingleStatementTable<DroppedEvent> {
    private static final String UPSERT = """
            MERGE INTO dropped_events (source_topic, source_partition, source_offset, kind, event_id, asset_id, source_key,
                                       reason, recorded_at)
            KEY (source_topic, source_partition, source_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int MAX_REASON = 2000;
    private static final int MAX_ID = 200;

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement upsert, DroppedEvent e) throws SQLException {
        upsert.setString(1, e.sourceTopic());
        upsert.setInt(2, e.sourcePartition());
        upsert.setLong(3, e.sourceOffset());
        upsert.setString(4, e.kind());
        upsert.setString(5, clip(e.eventId(), MAX_ID));
        upsert.setString(6, clip(e.assetId(), MAX_ID));
        upsert.setString(7, clip(e.sourceKey(), MAX_ID));
        upsert.setString(8, clip(e.reason(), MAX_REASON));
        upsert.setObject(9, EquipmentTwinTable.utc(e.recordedAtMillis()));
    }

    /** A dropped record may carry anything; the columns have limits, and a dead letter must never fail the job. */
    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
