package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts what the Flink twin job has written to H2.
 *
 * <p>A table that does not exist yet counts as empty: the dashboard may start before the job has run
 * its DDL, and "0 twins" is the truth at that moment.
 */
final class TwinTableCounts {
    private static final Logger LOG = LoggerFactory.getLogger(TwinTableCounts.class);

    private final String jdbcUrl;

    TwinTableCounts(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    PipelineSnapshot.H2Counts read() {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("SELECT 1");
            long[] twins = longs(s, "SELECT COUNT(*), COALESCE(SUM(event_count), 0) FROM " + TwinTables.EQUIPMENT_TWIN, 2);
            long duplicates = longs(s, dropped(TwinTables.DROP_DUPLICATE), 1)[0];
            long deadLettered = longs(s, dropped(TwinTables.DROP_DEAD_LETTER), 1)[0];
            return new PipelineSnapshot.H2Counts(twins[1], twins[0], duplicates, deadLettered, true);
        } catch (SQLException e) {
            LOG.debug("H2 at {} not reachable: {}", jdbcUrl, e.toString());
            return PipelineSnapshot.H2Counts.UNREACHABLE;
        }
    }

    private static String dropped(String kind) {
        return "SELECT COUNT(*) FROM " + TwinTables.DROPPED_EVENTS + " WHERE kind = '" + kind + "'";
    }

    /** The first {@code n} columns of the single row of {@code sql}; zeros when the table is missing. */
    private static long[] longs(Statement s, String sql, int n) throws SQLException {
        long[] values = new long[n];
        try (ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) {
                for (int i = 0; i < n; i++) {
                    values[i] = rs.getLong(i + 1);
                }
            }
        } catch (SQLException e) {
            if (!isMissingTable(e)) {
                throw e;
            }
        }
        return values;
    }

    static boolean isMissingTable(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                || code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                || code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2;
    }
}
