package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code dropped_events}: the records that did not change the twin (dead letters with their reason,
 * duplicates), latest first, so the data-flow view can show what went wrong and where it came from.
 */
final class DroppedEvents {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    /** One row; {@code eventId} and {@code assetId} are null when the payload could not be read. */
    public record Dropped(String kind, String sourceTopic, int sourcePartition, long sourceOffset, String eventId,
                          String assetId, String sourceKey, String reason, String recordedAt) {
    }

    /** Validated query: {@code kind} null for both kinds. */
    record Query(String kind, int limit) {
        static Query parse(String kind, String limit) {
            String k = kind == null || kind.isBlank() ? null : kind.trim().toUpperCase(Locale.ROOT);
            if (k != null && !k.equals(TwinTables.DROP_DEAD_LETTER) && !k.equals(TwinTables.DROP_DUPLICATE)) {
                throw new IllegalArgumentException("kind: must be " + TwinTables.DROP_DEAD_LETTER + " or "
                        + TwinTables.DROP_DUPLICATE + ", got '" + kind + "'");
            }
            int n = DEFAULT_LIMIT;
            if (limit != null && !limit.isBlank()) {
                try {
                    n = Integer.parseInt(limit.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("limit: expected an integer 1.." + MAX_LIMIT + ", got '" + limit + "'");
                }
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit: must be 1.." + MAX_LIMIT + ", got " + n);
            }
            return new Query(k, n);
        }
    }

    private final String jdbcUrl;

    DroppedEvents(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    List<Dropped> latest(Query q) throws SQLException {
        String sql = "SELECT kind, source_topic, source_partition, source_offset, event_id, asset_id, source_key, reason,"
                + " recorded_at FROM " + TwinTables.DROPPED_EVENTS + (q.kind() == null ? "" : " WHERE kind = ?")
                + " ORDER BY recorded_at DESC, source_offset DESC LIMIT ?";
        List<Dropped> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (q.kind() != null) {
                ps.setString(i++, q.kind());
            }
            ps.setInt(i, q.limit());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
                    rows.add(new Dropped(rs.getString("kind"), rs.getString("source_topic"), rs.getInt("source_partition"),
                            rs.getLong("source_offset"), rs.getString("event_id"), rs.getString("asset_id"),
                            rs.getString("source_key"), rs.getString("reason"),
                            at == null ? null : ISO_MILLIS.format(at.withOffsetSameInstant(ZoneOffset.UTC))));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return rows;
    }
}
