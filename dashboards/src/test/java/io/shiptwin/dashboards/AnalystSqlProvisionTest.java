package io.shiptwin.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.TwinTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only user is created while another session of this JVM creates tables, as the Flink sinks do when the job
 * starts next to the dashboard. Without taking turns on {@link TwinTables#SCHEMA_CHANGES}, H2 2.4 let a {@code CREATE
 * USER} or {@code GRANT} and a {@code CREATE TABLE} wait for each other until the lock timeout (a .ci/run lost its SQL
 * panel to it), or lost the user's row from its metadata: without the turns this test failed in two runs of three
 * (the timeout) and once more (the lost row), with 200 provisions.
 */
class AnalystSqlProvisionTest {
    private static final int PROVISIONS = 500;

    @TempDir
    Path dir;

    @Test
    void theUserIsCreatedWhileAnotherSessionKeepsCreatingTables() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("twin").toAbsolutePath();
        AnalystSql analyst = new AnalystSql(url);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger tablesCreated = new AtomicInteger();
        ExecutorService sinks = Executors.newSingleThreadExecutor();
        try (Connection keepOpen = DriverManager.getConnection(url)) {
            Future<?> creating = sinks.submit(() -> {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    for (int i = 0; !stop.get(); i++) {
                        synchronized (TwinTables.SCHEMA_CHANGES) { // as H2Sink.createTables
                            s.execute("CREATE TABLE sink_table_" + i + " (id VARCHAR(64) PRIMARY KEY, v DOUBLE PRECISION)");
                        }
                        tablesCreated.incrementAndGet();
                    }
                }
                return null;
            });
            int before;
            int during;
            try {
                while (tablesCreated.get() == 0 && !creating.isDone()) { // done here: it failed, and get() below says why
                    Thread.onSpinWait();
                }
                before = tablesCreated.get();
                for (int i = 0; i < PROVISIONS; i++) {
                    analyst.provision(); // each re-keys the user: CREATE USER IF NOT EXISTS, ALTER USER, GRANT
                }
                during = tablesCreated.get() - before;
            } finally {
                stop.set(true);
                creating.get(60, TimeUnit.SECONDS); // the table-creating session failed on nothing either
            }
            assertThat(during).as("tables the other session created while the user was provisioned").isPositive();

            AnalystSql.Result r = analyst.run("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'SINK_TABLE_%'", 10);
            assertThat(((Number) r.rows().get(0).get(0)).intValue()).isEqualTo(tablesCreated.get());
            assertThat(refusal(analyst, "CREATE TABLE analyst_notes (x INT)")).isEqualTo("read-only");
            assertThat(tableNames(keepOpen)).doesNotContain("ANALYST_NOTES");
        } finally {
            sinks.shutdownNow();
        }
    }

    private static String refusal(AnalystSql analyst, String sql) throws SQLException {
        try {
            analyst.run(sql, 10);
            return "accepted";
        } catch (AnalystSql.Refused e) {
            return e.reason;
        }
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
