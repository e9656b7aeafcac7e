package io.shiptwin.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.TwinTables;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the equipment history ({@link EquipmentHistoryChunks}): the readings of every unique event, per version.
 *
 * <p>Like {@link EquipmentRepository}, one short-lived connection per call; a missing table reads as
 * "no history yet".
 */
final class EquipmentHistory {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final String jdbcUrl;
    private final ObjectMapper json;

    EquipmentHistory(String jdbcUrl, ObjectMapper json) {
        this.jdbcUrl = jdbcUrl;
        this.json = json;
    }

    /** Empty when no twin with this identifier exists; otherwise its history (possibly no points). */
    Optional<EquipmentHistoryView> find(String assetId, HistoryQuery q) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            if (!twinExists(c, assetId)) {
                return Optional.empty();
            }
            List<EquipmentHistoryView.Point> points = new ArrayList<>();
            TreeSet<String> channels = new TreeSet<>();
            // One more version than asked tells whether the answer was cut.
            for (Version v : EquipmentHistoryChunks.between(c, assetId, q.from(), q.to(), q.limit() + 1)) {
                JsonNode readings = readings(v.readings());
                for (Iterator<String> names = readings.fieldNames(); names.hasNext(); ) {
                    channels.add(names.next());
                }
                points.add(new EquipmentHistoryView.Point(v.version(), v.eventId(), iso(v.eventTime()), readings));
            }
            boolean truncated = points.size() > q.limit();
            if (truncated) {
                points.remove(points.size() - 1);
            }
            Collections.reverse(points);
            return Optional.of(new EquipmentHistoryView(assetId, q.from() == null ? null : q.from().toString(),
                    q.to() == null ? null : q.to().toString(), q.limit(), truncated, List.copyOf(channels), points));
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean twinExists(Connection c, String assetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?")) {
            ps.setString(1, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The stored JSON object; a row that is not one (never written so by the job) reads as no readings. */
    private JsonNode readings(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : JsonNodeFactory.instance.objectNode();
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private static String iso(Instant time) {
        return ISO_MILLIS.format(time.atOffset(ZoneOffset.UTC));
    }
}
