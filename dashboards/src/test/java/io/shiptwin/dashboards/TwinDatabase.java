package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/** A real H2 file database in a test directory, written the way the Flink twin job writes it. */
final class TwinDatabase {
    final String url;

    TwinDatabase(Path dir) {
        this.url = "jdbc:h2:file:" + dir.resolve("twin").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    TwinDatabase createTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String ddl : TwinTables.DDL) {
                s.execute(ddl);
            }
        }
        return this;
    }

    TwinDatabase twin(String assetId, String type, String area, long events, String lastEventTime) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO equipment_twin VALUES (?, ?, 'wenchong', ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, assetId);
            ps.setString(2, type);
            ps.setString(3, area);
            ps.setLong(4, events);
            ps.setLong(5, events);
            ps.setString(6, "evt-" + assetId + "-" + events);
            ps.setLong(7, events);
            ps.setObject(8, OffsetDateTime.parse(lastEventTime));
            ps.setObject(9, OffsetDateTime.parse("2025-03-01T09:00:00.000Z"));
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase channel(String assetId, String channel, double last, double min, double max, double mean, long samples)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO equipment_channel VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, assetId);
            ps.setString(2, channel);
            ps.setDouble(3, last);
            ps.setDouble(4, min);
            ps.setDouble(5, max);
            ps.setDouble(6, mean);
            ps.setLong(7, samples);
            ps.setLong(8, samples);
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase dropped(String kind, long offset) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO dropped_events (source_topic, source_partition, source_offset, kind, reason, recorded_at) VALUES ('yard.telemetry.raw', 0, ?, ?, 'test', CURRENT_TIMESTAMP)")) {
            ps.setLong(1, offset);
            ps.setString(2, kind);
            ps.executeUpdate();
        }
        return this;
    }
}
