package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.qc.WeldQuality;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality join's record of a block in H2 {@code weld_quality}: the latest version, uncounted figures as NULL. */
class WeldQualityTableTest {
    private static final String BLOCK = "88.118.8001/BLK-H1-B1";
    private static final long T = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();

    @TempDir
    Path tmp;

    private static WeldQuality record(long version, Long utOut, String cause, Double dft) {
        return new WeldQuality(BLOCK, "88.118.8001/WC-ASSEMBLY-BAY", "shop", "88.118.8001/EQ-ASSEMBLY-BAY-01", T - 7_200_000, T,
                true, 3, 2, 1, 1, 0, 0, 1, 1, T, utOut == null ? null : 3L, utOut, cause, dft == null ? null
                : "88.118.8001/EQ-PAINT-BOOTH-01", dft == null ? 0 : 2, dft, version, T + 5);
    }

    @Test
    void aBlockIsOneRowWithItsFailedUtCauseAndMeasuredDftOnceCounted() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath())) {
            H2Sink.createTables(c);
            c.setAutoCommit(false);
            WeldQualityTable table = new WeldQualityTable();
            table.open(c);
            table.add(record(1, null, null, null));
            table.execute();
            c.commit();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ut_out_of_window_readings, suspected_cause, dft_mean_um, failed_ut, equipment"
                         + " FROM weld_quality WHERE block_id = '" + BLOCK + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).as("not counted yet").isNull();
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getObject(3)).isNull();
                assertThat(rs.getLong(4)).isEqualTo(1);
                assertThat(rs.getString(5)).isEqualTo("88.118.8001/EQ-ASSEMBLY-BAY-01");
            }
            table.add(record(2, 2L, "welding parameters out of procedure window before the failed UT: 2 of 3", 321.5));
            table.execute();
            c.commit();
            table.close();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(ut_out_of_window_readings), MAX(suspected_cause), MAX(dft_mean_um),"
                         + " MAX(dft_readings), MAX(version), MAX(failed_ut_at) FROM weld_quality")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.getLong(2)).isEqualTo(2);
                assertThat(rs.getString(3)).startsWith("welding parameters out of procedure window");
                assertThat(rs.getDouble(4)).isEqualTo(321.5);
                assertThat(rs.getLong(5)).isEqualTo(2);
                assertThat(rs.getLong(6)).isEqualTo(2);
                assertThat(rs.getObject(7, java.time.OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(T);
            }
        }
    }
}
