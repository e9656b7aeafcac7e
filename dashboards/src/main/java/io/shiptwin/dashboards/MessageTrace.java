package io.shiptwin.dashboards;

import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.TwinTables;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message tracer: where one event was seen on its way, from the twin history's trace columns
 * (bridge receipt, Kafka append and offset, twin update) and from {@code dropped_events} (its duplicates
 * and dead letters). Wall-clock times, except {@code eventTime}, which is the simulated clock.
 */
final class MessageTrace {
    static final int MAX_EVENT_ID = 200;
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    /** The event applied to the twin: version and the times it was seen at each hop (null when unknown). */
    public record Applied(String assetId, long version, String eventTime, String sourceTopic, Integer sourcePartition,
                          Long sourceOffset, String bridgeReceivedAt, String kafkaAppendedAt, String twinUpdatedAt) {
    }

    /**
     * @param outcome          {@code APPLIED}, {@code APPLIED, DUPLICATES DROPPED} or {@code DEAD-LETTERED}
     * @param publishedAt      when the simulator handed it to MQTT; null when not seen in this process lately
     * @param brokerReceivedAt when the MQTT broker received it; null likewise
     */
    public record Trace(String eventId, String outcome, String publishedAt, String brokerReceivedAt, List<Applied> applied,
                        List<DroppedEvents.Dropped> dropped) {
        /** With the times of the in-process hops ({@link PipelineProbe#hopTimes}). */
        Trace withHops(Map<String, Long> hops) {
            Long published = hops.get(PUBLISHED);
            Long broker = hops.get(BROKER);
            return new Trace(eventId, outcome, published == null ? null : Times.iso(published),
                    broker == null ? null : Times.iso(broker), applied, dropped);
        }
    }

    /** Keys of {@link PipelineProbe#hopTimes} the tracer shows. */
    static final String PUBLISHED = "published";
    static final String BROKER = "broker";

    private final String jdbcUrl;

    MessageTrace(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Throws {@link IllegalArgumentException} naming the parameter when the id is blank or too long. */
    static String validEventId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId: required, missing");
        }
        if (eventId.length() > MAX_EVENT_ID) {
            throw new IllegalArgumentException("eventId: must be 1-" + MAX_EVENT_ID + " characters, got " + eventId.length());
        }
        return eventId;
    }

    /** Empty when the event is neither in the twin history nor among the dropped events. */
    Optional<Trace> find(String eventId) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            List<Applied> applied = applied(c, eventId);
            List<DroppedEvents.Dropped> dropped = dropped(c, eventId);
            if (applied.isEmpty() && dropped.isEmpty()) {
                return Optional.empty();
            }
            String outcome = applied.isEmpty() ? "DEAD-LETTERED" : dropped.isEmpty() ? "APPLIED" : "APPLIED, DUPLICATES DROPPED";
            return Optional.of(new Trace(eventId, outcome, null, null, applied, dropped));
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<Applied> applied(Connection c, String eventId) throws SQLException {
        List<Applied> rows = new ArrayList<>();
        for (Version v : EquipmentHistoryChunks.withEventId(c, eventId)) {
            rows.add(new Applied(v.assetId(), v.version(), iso(v.eventTimeMillis()), v.sourceTopic(), v.sourcePartition(),
                    v.sourceOffset(), iso(v.bridgeReceivedMillis()), iso(v.kafkaAppendedMillis()), iso(v.twinUpdatedMillis())));
        }
        rows.addAll(appliedToHulls(c, eventId));
        return rows;
    }

    /** A business event applied to a ship, grand block or block ({@code hull_twin_history}); no bridge or Kafka times. */
    private static List<Applied> appliedToHulls(Connection c, String eventId) throws SQLException {
        List<Applied> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, version, event_time, source_topic, source_partition,"
                + " source_offset, twin_updated_at FROM " + TwinTables.HULL_HISTORY + " WHERE event_id = ? ORDER BY entity_id, version")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Applied(rs.getString("entity_id"), rs.getLong("version"), time(rs, "event_time"),
                            rs.getString("source_topic"), rs.getObject("source_partition", Integer.class),
                            rs.getObject("source_offset", Long.class), null, null, time(rs, "twin_updated_at")));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return rows;
    }

    private static List<DroppedEvents.Dropped> dropped(Connection c, String eventId) throws SQLException {
        String sql = "SELECT kind, source_topic, source_partition, source_offset, event_id, asset_id, source_key, reason,"
                + " recorded_at FROM " + TwinTables.DROPPED_EVENTS + " WHERE event_id = ? ORDER BY recorded_at, source_offset";
        List<DroppedEvents.Dropped> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DroppedEvents.Dropped(rs.getString("kind"), rs.getString("source_topic"),
                            rs.getInt("source_partition"), rs.getLong("source_offset"), rs.getString("event_id"),
                            rs.getString("asset_id"), rs.getString("source_key"), rs.getString("reason"),
                            time(rs, "recorded_at")));
                }
            }
        }
        return rows;
    }

    private static String iso(Long epochMillis) {
        return epochMillis == null ? null : ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }

    private static String time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : ISO_MILLIS.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
