package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.streams.service.ShipService;
import io.shiptwin.streams.service.ShipSurvey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service twin's writers against a real H2 database: replays and duplicates leave each row once and never move it back. */
class ServiceTablesTest {
    private static final String SHIP = "88.118.8001/SHIP-H1234";
    private static final long T0 = 1_772_409_600_000L;
    private static final long DAY = 86_400_000L;

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

    @SafeVarargs
    private <T> void write(TableWriter<T> w, T... records) throws SQLException {
        w.open(connection);
        for (T r : records) {
            w.add(r);
        }
        w.execute();
        connection.commit();
        w.close();
    }

    private static ShipService service(long version, long reports, double distance) {
        int[] done = new int[SurveyKind.values().length];
        done[SurveyKind.ANNUAL.ordinal()] = 1;
        return new ShipService(SHIP, version, T0, reports, reports * 24.0, reports * 16.0, distance, reports * 16.0, reports * 16.0,
                14, 0.07, 24, T0 + reports * DAY, done, 0, "88.118.8001/SRV-H1234-A1", "ANNUAL", T0 + 365 * DAY, true,
                "ANNUAL", 2, T0 + 730 * DAY, false, "e" + version, T0 + reports * DAY, T0);
    }

    @Test
    void theShipRowMovesOnlyForwardSoAReplayedOlderVersionChangesNothing() throws SQLException {
        write(new ShipServiceTable(), service(3, 2, 448), service(3, 2, 448)); // the same version twice: one row
        write(new ShipServiceTable(), service(2, 1, 224));                     // a replayed older version

        try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*), MAX(version), MAX(reports), MAX(distance_nm),"
                + " MAX(annual_surveys), MAX(next_survey_kind), MAX(next_survey_due), MAX(delivered_at), MAX(last_survey_passed)"
                + " FROM ship_service WHERE ship_id = '" + SHIP + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getLong(2)).isEqualTo(3);
            assertThat(rs.getLong(3)).isEqualTo(2);
            assertThat(rs.getDouble(4)).isEqualTo(448.0);
            assertThat(rs.getInt(5)).isEqualTo(1);
            assertThat(rs.getString(6)).isEqualTo("ANNUAL");
            assertThat(rs.getObject(7, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 730 * DAY);
            assertThat(rs.getObject(8, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0);
            assertThat(rs.getBoolean(9)).isTrue();
        }
    }

    @Test
    void aShipNotYetDeliveredHasNoDatesAndNoNextSurvey() throws SQLException {
        write(new ShipServiceTable(), new ShipService(SHIP, 1, -1, 1, 24, 16, 224, 16, 16, 14, 0.07, 24, T0,
                new int[SurveyKind.values().length], 0, null, null, -1, null, null, 0, -1, false, "e1", T0, T0));
        try (ResultSet rs = connection.createStatement().executeQuery(
                "SELECT delivered_at, next_survey_kind, next_survey_number, last_survey_passed FROM ship_service")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isNull();
            assertThat(rs.getObject(2)).isNull();
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.getObject(4)).isNull();
        }
    }

    @Test
    void aSurveyIsOneRowByItsIdHoweverOftenItIsWritten() throws SQLException {
        ShipSurvey a1 = new ShipSurvey("88.118.8001/SRV-H1234-A1", SHIP, "ANNUAL", 1, "CCS", true, T0 + 365 * DAY, T0 + 365 * DAY,
                "s1", T0);
        ShipSurvey a2 = new ShipSurvey("88.118.8001/SRV-H1234-A2", SHIP, "ANNUAL", 2, "CCS", false, T0 + 731 * DAY, -1, "s2", T0);
        write(new ShipSurveyTable(), a1, a2);
        write(new ShipSurveyTable(), a1);

        try (ResultSet rs = connection.createStatement().executeQuery(
                "SELECT survey_id, survey_number, passed, due_at FROM ship_surveys WHERE ship_id = '" + SHIP + "' ORDER BY completed_at")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).endsWith("A1");
            assertThat(rs.getObject(4, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T0 + 365 * DAY);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(2)).isEqualTo(2);
            assertThat(rs.getBoolean(3)).isFalse();
            assertThat(rs.getObject(4)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }
}
