package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullProgress;
import io.shiptwin.streams.lifecycle.HullSchedule;
import io.shiptwin.streams.lifecycle.HullTwin;
import io.shiptwin.streams.lifecycle.ShipSchedule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle twin's writers against a real H2 database: plan beside actual, flows and schedules never move back. */
class LifecycleTablesTest {
    private static final String SHIP = "88.118.8001/SHIP-H1234";
    private static final String BLOCK = "88.118.8001/BLK-H1234-B101";
    private static final long T0 = 1_772_409_600_000L;
    private static final long DAY = 86_400_000L;
    private static final int ASSEMBLY = LifecycleStage.BLOCK_ASSEMBLY.ordinal();

    @TempDir
    Path tmp;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
        H2Sink.createTables(connection);
        H2Sink.createTables(connection); // the DDL is idempotent, ALTERs included
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static long[] none() {
        long[] a = new long[LifecycleStage.values().length];
        Arrays.fill(a, -1);
        return a;
    }

    private static HullProgress progress(long version, double crewHours) {
        long[] plannedStart = none();
        long[] plannedFinish = none();
        plannedStart[ASSEMBLY] = T0 + 10 * DAY;
        plannedFinish[ASSEMBLY] = T0 + 12 * DAY;
        return new HullProgress(SHIP, BLOCK, "block", version, "e" + version, T0, plannedStart, plannedFinish, none(), none(),
                HullSchedule.UNKNOWN, null, 1, 0, 0, 10, 10, 1, 2, 1, 0, 0, 0, crewHours, null, false);
    }

    private <T> void write(TableWriter<T> w, T record) throws SQLException {
        w.open(connection);
        w.add(record);
        w.execute();
        connection.commit();
        w.close();
    }

    private ResultSet query(String sql) throws SQLException {
        Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql);
        assertThat(rs.next()).as(sql).isTrue();
        return rs;
    }

    @Test
    void thePlanAndTheActualDatesOfAStageShareARowAndNeitherOverwritesTheOther() throws SQLException {
        write(new HullProgressTable(), progress(1, 0));
        long[] started = none();
        started[ASSEMBLY] = T0 + 11 * DAY;
        write(new HullTwinTable(), new HullTwin(BLOCK, "block", SHIP, "BLOCK_ASSEMBLY", 2, started, none(), 0, 0, null, 0, 0, 0, 0,
                false, "e2", T0 + 11 * DAY, T0));

        ResultSet rs = query("SELECT planned_start, planned_finish, started_at, finished_at FROM hull_stage_dates"
                + " WHERE entity_id = '" + BLOCK + "' AND stage = 'BLOCK_ASSEMBLY'");
        assertThat(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 10 * DAY);
        assertThat(rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 12 * DAY);
        assertThat(rs.getObject(3, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 11 * DAY);
        assertThat(rs.getObject(4)).isNull();
    }

    @Test
    void flowsMoveOnlyForwardAndCountOpenNonConformances() throws SQLException {
        write(new HullProgressTable(), progress(5, 40));
        write(new HullProgressTable(), progress(3, 7)); // a replayed older version

        ResultSet rs = query("SELECT version, crew_hours, open_non_conformances, slip_hours FROM hull_flows WHERE entity_id = '"
                + BLOCK + "'");
        assertThat(rs.getLong(1)).isEqualTo(5);
        assertThat(rs.getDouble(2)).isEqualTo(40.0);
        assertThat(rs.getLong(3)).isEqualTo(1);
        assertThat(rs.getObject(4)).isNull();
    }

    @Test
    void theShipScheduleKeepsThePredictionTheDockAndTheProgress() throws SQLException {
        ShipSchedule s = new ShipSchedule(SHIP, 4, T0 + 200 * DAY, T0 + 205 * DAY, 5 * DAY, BLOCK, "BLOCK_ASSEMBLY", 2, 1, 10, 4,
                1, 2, 100, 90, 1, 14, 10, 3, 1, "88.118.8001/WC-DOCK-1", T0 + 100 * DAY, -1, -1, "e4", T0);
        write(new ShipScheduleTable(), s);
        write(new ShipScheduleTable(), new ShipSchedule(SHIP, 3, 0, 0, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null,
                -1, -1, -1, "e3", T0));

        ResultSet rs = query("SELECT predicted_delivery, slip_days, progress_pct, dock, in_dock, dock_out, open_non_conformances,"
                + " critical_entity FROM ship_schedule WHERE ship_id = '" + SHIP + "'");
        assertThat(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 205 * DAY);
        assertThat(rs.getDouble(2)).isEqualTo(5.0);
        assertThat(rs.getDouble(3)).isEqualTo(40.0);
        assertThat(rs.getString(4)).isEqualTo("88.118.8001/WC-DOCK-1");
        assertThat(rs.getBoolean(5)).isTrue();
        assertThat(rs.getObject(6)).isNull();
        assertThat(rs.getLong(7)).isEqualTo(2);
        assertThat(rs.getString(8)).isEqualTo(BLOCK);
    }
}
