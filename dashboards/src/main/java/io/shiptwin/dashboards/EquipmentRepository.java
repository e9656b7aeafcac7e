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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the equipment twin snapshot from H2.
 *
 * <p>Opens a short-lived connection per call: the database is an embedded file with AUTO_SERVER
 * that the Flink job writes to, and holding no connection lets either side restart freely.
 * Missing tables read as "no equipment yet".
 */
final class EquipmentRepository {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String TWINS = "SELECT asset_id, asset_type, site, area, version, event_count, last_event_id,"
            + " last_sequence, last_event_time, updated_at FROM " + TwinTables.EQUIPMENT_TWIN;
    private static final String CHANNELS = "SELECT asset_id, channel, last_value, min_value, max_value, mean_value, samples"
            + " FROM " + TwinTables.EQUIPMENT_CHANNEL;

    private final String jdbcUrl;

    EquipmentRepository(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Every equipment twin, ordered by asset id. */
    List<EquipmentTwinView> all() throws SQLException {
        return query(TWINS + " ORDER BY asset_id", CHANNELS + " ORDER BY asset_id, channel", null);
    }

    Optional<EquipmentTwinView> find(String assetId) throws SQLException {
        return query(TWINS + " WHERE asset_id = ?", CHANNELS + " WHERE asset_id = ? ORDER BY channel", assetId)
                .stream().findFirst();
    }

    private List<EquipmentTwinView> query(String twinsSql, String channelsSql, String assetId) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Map<String, List<EquipmentTwinView.Channel>> channels = channels(c, channelsSql, assetId);
            List<EquipmentTwinView> twins = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(twinsSql)) {
                bind(ps, assetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("asset_id");
                        twins.add(new EquipmentTwinView(id, rs.getString("asset_type"), rs.getString("site"),
                                rs.getString("area"), rs.getLong("version"), rs.getLong("event_count"),
                                rs.getString("last_event_id"), rs.getLong("last_sequence"),
                                iso(rs.getObject("last_event_time", OffsetDateTime.class)),
                                iso(rs.getObject("updated_at", OffsetDateTime.class)),
                                channels.getOrDefault(id, List.of())));
                    }
                }
            }
            return twins;
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return List.of();
            }
            throw e;
        }
    }

    private static Map<String, List<EquipmentTwinView.Channel>> channels(Connection c, String sql, String assetId)
            throws SQLException {
        Map<String, List<EquipmentTwinView.Channel>> byAsset = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString("channel");
                    byAsset.computeIfAbsent(rs.getString("asset_id"), k -> new ArrayList<>())
                            .add(new EquipmentTwinView.Channel(channel, ChannelUnit.of(channel),
                                    rs.getDouble("last_value"), rs.getDouble("min_value"), rs.getDouble("max_value"),
                                    rs.getDouble("mean_value"), rs.getLong("samples")));
                }
            }
        }
        return byAsset;
    }

    private static void bind(PreparedStatement ps, String assetId) throws SQLException {
        if (assetId != null) {
            ps.setString(1, assetId);
        }
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : ISO_MILLIS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
