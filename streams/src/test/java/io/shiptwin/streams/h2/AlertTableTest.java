package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.health.Alert;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTableTest {
    @TempDir
    Path dir;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db"));
        H2Sink.createTables(connection);
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void write(Alert... alerts) throws SQLException {
        AlertTable table = new AlertTable();
        table.open(connection);
        for (Alert a : alerts) {
            table.add(a);
        }
        table.execute();
        connection.commit();
        table.close();
    }

    @Test
    void aClearedAlertStaysClearedWhenItsOpeningIsReplayed() throws SQLException {
        Alert open = new Alert("GC-01/crane-lift-in-wind/e2", "88.118.8001/EQ-GC-01", "crane", "crane-lift-in-wind", Alert.OPEN,
                "lift while the wind is over the limit", 23.5, 20, "e2", 1_772_409_602_000L, null, -1);
        write(open, open.cleared("e4", 1_772_409_604_000L));
        write(open);   // a replay after a restore

        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(status), MAX(clearing_event_id) FROM alerts")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("CLEARED");
            assertThat(rs.getString(3)).isEqualTo("e4");
        }
    }
}
