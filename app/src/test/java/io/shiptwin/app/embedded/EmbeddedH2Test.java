package io.shiptwin.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2Test {
    @TempDir
    Path dir;

    @Test
    void theDatabaseStaysOpenWhileNoWriterIsConnectedAndKeepsWhatWasCommitted() throws Exception {
        EmbeddedH2 h2 = new EmbeddedH2(dir, "127.0.0.1", -1).start();
        try {
            try (Connection writer = DriverManager.getConnection(h2.url()); Statement s = writer.createStatement()) {
                s.execute("CREATE TABLE t (v INT)");
                s.execute("INSERT INTO t VALUES (42)");
            }
            // Every writer has let go; the database is still the one open instance, with the process's own session in it.
            try (Connection reader = DriverManager.getConnection(h2.url()); Statement s = reader.createStatement();
                 ResultSet sessions = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                assertThat(sessions.getInt(1)).as("the held session and this reader").isEqualTo(2);
                try (ResultSet rows = s.executeQuery("SELECT v FROM t")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isEqualTo(42);
                }
            }
        } finally {
            h2.close();
        }
        // Shut down cleanly: opened again (only if it exists), the committed row is there.
        try (Connection again = DriverManager.getConnection(h2.url() + ";IFEXISTS=TRUE"); Statement s = again.createStatement();
             ResultSet rows = s.executeQuery("SELECT v FROM t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedWithItsFile() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("shiptwin.mv.db"), "not an H2 file");
        EmbeddedH2 h2 = new EmbeddedH2(dir, "127.0.0.1", -1);
        assertThatThrownBy(h2::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open H2 database").hasMessageContaining(dir.resolve("shiptwin").toString());
        h2.close();
    }
}
