package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullTwin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hull twin writer against a real H2 file database: idempotent under replay, never moving a twin back. */
class HullTwinTableTest {
    private static final String BLOCK = "88.118.8001/BLK-H1234-B101";
    private static final long T0 = 1_772_409_600_000L;

    @TempDir
    Path tmp;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
        H2Sink.createTables(connection);
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static HullTwin version(int v) {
        long[] started = new long[LifecycleStage.values().length];
        long[] finished = new long[started.length];
        Arrays.fill(started, -1);
        Arrays.fill(finished, -1);
        started[LifecycleStage.CUTTING.ordinal()] = T0;
        String stage = "CUTTING";
        if (v >= 2) {
            finished[LifecycleStage.CUTTING.ordinal()] = T0 + 1000;
        }
        if (v >= 3) {
            started[LifecycleStage.FORMING.ordinal()] = T0 + 2000;
            stage = "FORMING";
        }
        return new HullTwin(BLOCK, "block", "88.118.8001/SHIP-H1234", stage, v, started, finished, v * 1.5, v * 100L, "CNY",
                0, v, 0, 0, false, "e" + v, T0 + v * 1000L, 5L);
    }

    private void write(List<HullTwin> twins) throws SQLException {
        HullTwinTable table = new HullTwinTable();
        table.open(connection);
        for (HullTwin t : twins) {
            table.add(t);
        }
        table.execute();
        connection.commit();
        table.close();
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT entity_id, kind, ship_id, stage, version, man_hours, cost_minor_units, "
                    + "inspections_passed, last_event_id FROM hull_twin")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|"
                            + r.getLong(5) + "|" + r.getDouble(6) + "|" + r.getLong(7) + "|" + r.getLong(8) + "|" + r.getString(9));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT stage, started_at IS NOT NULL, finished_at IS NOT NULL, version "
                    + "FROM hull_stage_dates ORDER BY stage")) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getBoolean(2) + "|" + r.getBoolean(3) + "|" + r.getLong(4));
                }
            }
        }
        return rows;
    }

    @Test
    void replayLeavesTheSameRowsAndNeverMovesTheTwinBack() throws SQLException {
        write(List.of(version(1), version(2), version(3)));
        List<String> once = rows();
        assertThat(once).containsExactly(
                BLOCK + "|block|88.118.8001/SHIP-H1234|FORMING|3|4.5|300|3|e3",
                "CUTTING|true|true|3",
                "FORMING|true|false|3");

        // Replay after a restore: the same versions again, and older ones alone in a later batch.
        write(List.of(version(1), version(2), version(3)));
        write(List.of(version(1)));
        write(List.of(version(2)));
        assertThat(rows()).isEqualTo(once);
    }
}
