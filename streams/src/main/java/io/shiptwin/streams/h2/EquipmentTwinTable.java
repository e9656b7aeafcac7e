package io.shiptwin.streams.h2;

import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.EquipmentHistoryWriter;
import io.shiptwin.model.JsonText;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.EventTrace;
import io.shiptwin.streams.twin.TwinJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes equipment twins: the current row (only when the version is newer, so a replay never moves
 * it back), one row per channel, and every version into the history's chunks ({@link EquipmentHistoryWriter}). All
 * keyed, all idempotent.
 */
public final class EquipmentTwinTable implements TableWriter<EquipmentTwin> {
    private static final String UPSERT_TWIN = """
            MERGE INTO equipment_twin t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),
                           CAST(? AS BIGINT), CAST(? AS VARCHAR(200)), CAST(? AS BIGINT),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))
                  AS s(asset_id, asset_type, site, area, version, last_event_id, last_sequence, last_event_time, updated_at)
            ON t.asset_id = s.asset_id
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                asset_type = s.asset_type, site = s.site, area = s.area, version = s.version, event_count = s.version,
                last_event_id = s.last_event_id, last_sequence = s.last_sequence,
                last_event_time = s.last_event_time, updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT (asset_id, asset_type, site, area, version, event_count, last_event_id,
                last_sequence, last_event_time, updated_at)
                VALUES (s.asset_id, s.asset_type, s.site, s.area, s.version, s.version, s.last_event_id,
                s.last_sequence, s.last_event_time, s.updated_at)""";
    private static final String UPSERT_CHANNEL = """
            MERGE INTO equipment_channel t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(64)), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS BIGINT), CAST(? AS BIGINT)))
                  AS s(asset_id, channel, last_value, min_value, max_value, mean_value, samples, version)
            ON t.asset_id = s.asset_id AND t.channel = s.channel
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                last_value = s.last_value, min_value = s.min_value, max_value = s.max_value,
                mean_value = s.mean_value, samples = s.samples, version = s.version
            WHEN NOT MATCHED THEN INSERT VALUES
                (s.asset_id, s.channel, s.last_value, s.min_value, s.max_value, s.mean_value, s.samples, s.version)""";
    private transient PreparedStatement twin;
    private transient PreparedStatement channel;
    private transient EquipmentHistoryWriter history;
    /** The readings of every version are written through one generator and buffer. */
    private transient JsonText readingsText;
    /** Only the newest version of each twin in a batch needs writing to the current-state tables. */
    private transient Map<String, EquipmentTwin> newest;

    @Override
    public void open(Connection c) throws SQLException {
        twin = c.prepareStatement(UPSERT_TWIN);
        channel = c.prepareStatement(UPSERT_CHANNEL);
        history = new EquipmentHistoryWriter(c);
        readingsText = TwinJson.readingsText();
        newest = new LinkedHashMap<>();
    }

    @Override
    public void add(EquipmentTwin t) throws SQLException {
        history.add(historyVersion(t));
        newest.merge(t.assetId(), t, (a, b) -> b.version() > a.version() ? b : a);
    }

    /** The history's record of a version: the event applied and where it was seen on its way. */
    private Version historyVersion(EquipmentTwin t) {
        EventTrace trace = t.trace();
        return new Version(t.assetId(), t.version(), t.applied().eventId(), t.applied().eventTimeMillis(),
                TwinJson.readings(readingsText, t.applied()), trace.sourceTopic().isEmpty() ? null : trace.sourceTopic(),
                trace.sourcePartition() < 0 ? null : trace.sourcePartition(),
                trace.sourceOffset() < 0 ? null : trace.sourceOffset(),
                trace.bridgeReceivedMillis() < 0 ? null : trace.bridgeReceivedMillis(),
                trace.kafkaTimestampMillis() < 0 ? null : trace.kafkaTimestampMillis(), t.updatedAtMillis());
    }

    private void addCurrent(EquipmentTwin t) throws SQLException {
        twin.setString(1, t.assetId());
        twin.setString(2, t.assetType());
        twin.setString(3, t.site());
        twin.setString(4, t.area());
        twin.setLong(5, t.version());
        twin.setString(6, t.lastEventId());
        twin.setLong(7, t.lastSequence());
        twin.setObject(8, utc(t.lastEventTimeMillis()));
        twin.setObject(9, utc(t.updatedAtMillis()));
        twin.addBatch();
        for (int i = 0; i < t.channels().length; i++) {
            channel.setString(1, t.assetId());
            channel.setString(2, t.channels()[i]);
            channel.setDouble(3, t.last()[i]);
            channel.setDouble(4, t.min()[i]);
            channel.setDouble(5, t.max()[i]);
            channel.setDouble(6, t.mean()[i]);
            channel.setLong(7, t.samples()[i]);
            channel.setLong(8, t.version());
            channel.addBatch();
        }
    }

    @Override
    public void execute() throws SQLException {
        for (EquipmentTwin t : newest.values()) {
            addCurrent(t);
        }
        newest.clear();
        twin.executeBatch();
        channel.executeBatch();
        history.flush();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {twin, channel}) {
            if (s != null) {
                s.close();
            }
        }
        if (history != null) {
            history.close();
        }
    }

    static OffsetDateTime utc(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }
}
