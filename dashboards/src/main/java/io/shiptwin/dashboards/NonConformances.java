package io.shiptwin.dashboards;

import io.shiptwin.model.EventType;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.TwinTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open non-conformances, from the block twin's history ({@code hull_twin_history}): every
 * {@code non-conformance-opened} row (subject: the non-conformance, entity: its block) without a
 * {@code non-conformance-closed} row for the same subject. Each comes with its block's station and area (the
 * welding station of the quality join, {@code weld_quality}), the block's current stage, and where its raw message
 * is in Kafka ({@code /api/raw/...}).
 *
 * <p>The inspection that found the defect (its id, method, severity and the NC's description) is in the raw
 * messages only, not in H2: {@link QualityApi} reads it from Kafka when Kafka answers.
 */
final class NonConformances {
    static final String OPENED = EventType.NON_CONFORMANCE_OPENED.wireName();
    static final String CLOSED = EventType.NON_CONFORMANCE_CLOSED.wireName();

    /** Where a raw message is in Kafka; null fields when the twin job did not record it. */
    public record Source(String topic, Integer partition, Long offset, String raw) {
        static Source of(String topic, Integer partition, Long offset) {
            boolean known = topic != null && partition != null && offset != null;
            return new Source(topic, partition, offset, known ? "/api/raw/" + topic + "/" + partition + "/" + offset : null);
        }
    }

    /**
     * One open non-conformance. {@code inspectionId}, {@code inspectionMethod}, {@code severity} and
     * {@code description} come from the raw messages (null when Kafka did not answer). {@code weldingUnit} is the
     * robot that welded the block and {@code suspectedCause} what the weld/UT join found for a failed ultrasonic
     * test (welding readings out of the procedure window before it), both from {@code weld_quality}; null if none.
     */
    public record Open(String nonConformanceId, String blockId, String shipId, String station, String area, String blockStage,
                       String openedAt, String openedByEventId, Source source, String inspectionId, String inspectionMethod,
                       String severity, String description, String weldingUnit, String suspectedCause) {
        Open withInspection(String inspection, String method, String sev, String text) {
            return new Open(nonConformanceId, blockId, shipId, station, area, blockStage, openedAt, openedByEventId, source,
                    inspection, method, sev, text, weldingUnit, suspectedCause);
        }
    }

    /**
     * @param details where inspection, method and severity came from: {@code kafka}, or why they are missing
     */
    public record OpenList(List<Open> nonConformances, long open, long opened, long closed, Map<String, Long> openByStation,
                           int limit, boolean truncated, String details) {
        OpenList withDetails(List<Open> list, String why) {
            return new OpenList(list, open, opened, closed, openByStation, limit, truncated, why);
        }
    }

    /** Validated {@code ship} (null for every ship) and {@code limit}. */
    record Query(String shipId, int limit) {
        static Query parse(String ship, String limit) {
            String id = ship == null || ship.isBlank() ? null : ship.trim();
            if (id != null) {
                try {
                    Identifier.parse(id);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("ship: " + e.getMessage());
                }
            }
            return new Query(id, Maintenance.Query.limit(limit));
        }
    }

    private static final String OPEN_ROWS = " FROM " + TwinTables.HULL_HISTORY + " o WHERE o.event_type = '" + OPENED + "'"
            + " AND NOT EXISTS (SELECT 1 FROM " + TwinTables.HULL_HISTORY + " c WHERE c.subject_id = o.subject_id"
            + " AND c.event_type = '" + CLOSED + "')";

    private final String jdbcUrl;

    NonConformances(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Oldest first: the longest open leads. */
    OpenList open(Query q) throws SQLException {
        List<Open> list = new ArrayList<>();
        Map<String, Long> byStation = new LinkedHashMap<>();
        long open = 0;
        long opened = 0;
        long closed = 0;
        String shipFilter = q.shipId() == null ? "" : " AND o.ship_id = ?";
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT o.subject_id, o.entity_id, o.ship_id, w.work_centre, w.area,"
                    + " h.stage, o.event_time, o.event_id, o.source_topic, o.source_partition, o.source_offset,"
                    + " w.equipment, w.suspected_cause"
                    + OPEN_ROWS.replace(" o WHERE", " o LEFT JOIN " + TwinTables.WELD_QUALITY + " w ON w.block_id = o.entity_id"
                    + " LEFT JOIN " + TwinTables.HULL_TWIN + " h ON h.entity_id = o.entity_id WHERE")
                    + shipFilter + " ORDER BY o.event_time, o.subject_id LIMIT ?")) {
                int i = 1;
                if (q.shipId() != null) {
                    ps.setString(i++, q.shipId());
                }
                ps.setInt(i, q.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Open(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), Times.iso(rs.getObject(7, OffsetDateTime.class)), rs.getString(8),
                                Source.of(rs.getString(9), rs.getObject(10, Integer.class), rs.getObject(11, Long.class)),
                                null, null, null, null, rs.getString(12), rs.getString(13)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(CASE event_type WHEN '" + OPENED + "' THEN 1 ELSE 0 END),"
                    + " SUM(CASE event_type WHEN '" + CLOSED + "' THEN 1 ELSE 0 END) FROM " + TwinTables.HULL_HISTORY + " o"
                    + " WHERE event_type IN ('" + OPENED + "', '" + CLOSED + "')" + shipFilter)) {
                if (q.shipId() != null) {
                    ps.setString(1, q.shipId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    opened = rs.getLong(1);
                    closed = rs.getLong(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT w.work_centre, COUNT(*)" + OPEN_ROWS.replace(" o WHERE",
                    " o LEFT JOIN " + TwinTables.WELD_QUALITY + " w ON w.block_id = o.entity_id WHERE") + shipFilter
                    + " GROUP BY w.work_centre ORDER BY w.work_centre NULLS LAST")) {
                if (q.shipId() != null) {
                    ps.setString(1, q.shipId());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String station = rs.getString(1);
                        byStation.put(station == null ? UNKNOWN_STATION : station, rs.getLong(2));
                        open += rs.getLong(2);
                    }
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        boolean truncated = list.size() > q.limit();
        return new OpenList(truncated ? list.subList(0, q.limit()) : list, open, opened, closed, byStation, q.limit(), truncated,
                null);
    }

    /** The key of {@link OpenList#openByStation()} for blocks whose welding station the quality join has not seen. */
    static final String UNKNOWN_STATION = "unknown";
}
