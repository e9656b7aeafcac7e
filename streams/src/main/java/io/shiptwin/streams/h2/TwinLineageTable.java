package io.shiptwin.streams.h2;

import io.shiptwin.model.LineageDepth;
import io.shiptwin.streams.history.LineageEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded lineage of every ship, grand block and block ({@code twin_lineage}): a ring of N slots per entity, the
 * event of version v in slot {@code (v - 1) mod N}, written only when its version is newer than the slot's. So the
 * table holds the last N events of each entity, and a replay after a restore (older or equal versions) changes
 * nothing. On open, slots beyond a smaller N of an earlier run are removed, and so are the equipment rows earlier
 * versions wrote (event type {@code telemetry}): an equipment's lineage is read from the equipment history ({@code equipment_history_chunks}).
 */
public final class TwinLineageTable implements TableWriter<LineageEntry> {
    private static final String UPSERT = """
            MERGE INTO twin_lineage t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)),
                           CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS VARCHAR(1000)),
                           CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(200)), CAST(? AS INT), CAST(? AS BIGINT)))
                  AS s(entity_id, slot, version, event_id, event_type, event_time, field, detail, source_topic,
                       source_partition, source_offset)
            ON t.entity_id = s.entity_id AND t.slot = s.slot
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                version = s.version, event_id = s.event_id, event_type = s.event_type, event_time = s.event_time,
                field = s.field, detail = s.detail, source_topic = s.source_topic, source_partition = s.source_partition,
                source_offset = s.source_offset
            WHEN NOT MATCHED THEN INSERT VALUES (s.entity_id, s.slot, s.version, s.event_id, s.event_type, s.event_time,
                s.field, s.detail, s.source_topic, s.source_partition, s.source_offset)""";

    private final int depth;
    private transient PreparedStatement upsert;
    /** Per entity and slot the newest entry of the batch: older ones would be overwritten anyway. */
    private transient Map<String, LineageEntry> batch;

    public TwinLineageTable(int depth) {
        this.depth = LineageDepth.check(depth);
    }

    @Override
    public void open(Connection c) throws SQLException {
        try (PreparedStatement trim = c.prepareStatement("DELETE FROM twin_lineage WHERE slot >= ?")) {
            trim.setInt(1, depth);
            trim.executeUpdate();
        }
        try (PreparedStatement equipment = c.prepareStatement("DELETE FROM twin_lineage WHERE event_type = 'telemetry'")) {
            equipment.executeUpdate();
        }
        c.commit();
        upsert = c.prepareStatement(UPSERT);
        batch = new LinkedHashMap<>();
    }

    /** The slot of a version: versions start at 1. */
    int slot(long version) {
        return (int) Math.floorMod(version - 1, (long) depth);
    }

    @Override
    public void add(LineageEntry e) {
        batch.merge(e.entityId() + "\u0000" + slot(e.version()), e, (a, b) -> b.version() > a.version() ? b : a);
    }

    @Override
    public void execute() throws SQLException {
        for (LineageEntry e : batch.values()) {
            upsert.setString(1, e.entityId());
            upsert.setInt(2, slot(e.version()));
            upsert.setLong(3, e.version());
            upsert.setString(4, e.eventId());
            upsert.setString(5, e.eventType());
            upsert.setObject(6, EquipmentTwinTable.utc(e.eventTimeMillis()));
            upsert.setString(7, e.field());
            upsert.setString(8, e.detail());
            upsert.setString(9, e.sourceTopic());
            if (e.sourceTopic() == null) {
                upsert.setNull(10, Types.INTEGER);
                upsert.setNull(11, Types.BIGINT);
            } else {
                upsert.setInt(10, e.sourcePartition());
                upsert.setLong(11, e.sourceOffset());
            }
            upsert.addBatch();
        }
        batch.clear();
        upsert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        if (upsert != null) {
            upsert.close();
        }
    }
}
