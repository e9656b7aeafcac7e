package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Event time as the pipeline sees it: per source and operator subtask, the watermark next to the latest event time
 * (the simulated clock), from H2 {@code watermarks}; and the late events, from {@code dropped_events} kind LATE.
 */
final class EventTime {
    static final int RECENT_LATE = 20;
    /** Where a late event goes; the dashboard says it to the student. */
    static final List<String> LATE_DESTINATIONS = List.of("H2 " + TwinTables.DROPPED_EVENTS + " (kind " + TwinTables.DROP_LATE
            + ", with the watermark it missed)", "Kafka yard.deadletter (header deadletter.reason)", "Flink metric kpiLateEvents");

    /**
     * @param lagMillis simulated clock minus watermark; null while either is unknown
     */
    public record Source(String source, String operator, int subtask, String watermark, String simulatedClock, Long lagMillis,
                         long events, long lateEvents, String updatedAt) {
    }

    public record LateEvent(String eventId, String assetId, String sourceTopic, int sourcePartition, long sourceOffset,
                            String watermark, String reason, String recordedAt) {
    }

    public record Answer(List<Source> sources, long lateEvents, List<LateEvent> recentLate, List<String> lateGoesTo) {
    }

    private final String jdbcUrl;

    EventTime(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Answer read() throws SQLException {
        List<Source> sources = new ArrayList<>();
        List<LateEvent> recent = new ArrayList<>();
        long late = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT source, operator_name, subtask, watermark_at, max_event_at, events, late_events,"
                    + " updated_at FROM " + TwinTables.WATERMARKS + " ORDER BY source, operator_name, subtask")) {
                while (rs.next()) {
                    OffsetDateTime wm = rs.getObject(4, OffsetDateTime.class);
                    OffsetDateTime clock = rs.getObject(5, OffsetDateTime.class);
                    Long lag = wm == null || clock == null ? null
                            : clock.toInstant().toEpochMilli() - wm.toInstant().toEpochMilli();
                    sources.add(new Source(rs.getString(1), rs.getString(2), rs.getInt(3), Times.iso(wm), Times.iso(clock), lag,
                            rs.getLong(6), rs.getLong(7), Times.iso(rs.getObject(8, OffsetDateTime.class))));
                }
            } catch (SQLException e) {
                if (!KpiSeries.isMissingTable(e)) {
                    throw e;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TwinTables.DROPPED_EVENTS + " WHERE kind = '"
                    + TwinTables.DROP_LATE + "'")) {
                rs.next();
                late = rs.getLong(1);
            } catch (SQLException e) {
                if (!KpiSeries.isMissingTable(e)) {
                    throw e;
                }
            }
            if (late > 0) {
                try (ResultSet rs = s.executeQuery("SELECT event_id, asset_id, source_topic, source_partition, source_offset, watermark_at,"
                        + " reason, recorded_at FROM " + TwinTables.DROPPED_EVENTS + " WHERE kind = '" + TwinTables.DROP_LATE
                        + "' ORDER BY recorded_at DESC, source_offset DESC LIMIT " + RECENT_LATE)) {
                    while (rs.next()) {
                        recent.add(new LateEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                                Times.iso(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
                                Times.iso(rs.getObject(8, OffsetDateTime.class))));
                    }
                }
            }
        }
        return new Answer(sources, late, recent, LATE_DESTINATIONS);
    }
}
