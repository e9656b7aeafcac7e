package io.shiptwin.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.streams.h2.H2Sink;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

    /**
     * What Flink does to a sink when it cancels a job: interrupts the task thread, which goes on writing and committing
     * (the sink's flush and close) with the interrupt flag set. On H2's default file system the first file read of
     * that thread closes the channel all sessions share, and the next query of any session fails ("Reading from file
     * … failed … read 0"); this failed in the first or second round every time without {@code retry:}.
     */
    @Test
    void aWriterInterruptedWhileWritingLeavesTheDatabaseWholeForEveryoneElse() throws Exception {
        EmbeddedH2 h2 = new EmbeddedH2(dir, "127.0.0.1", -1).start();
        try (Connection reader = DriverManager.getConnection(h2.url()); Statement s = reader.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, v VARCHAR)");
            long committed = 0;
            for (int round = 0; round < 5; round++) {
                long first = committed;
                AtomicLong upTo = new AtomicLong(first);
                AtomicBoolean stop = new AtomicBoolean();
                AtomicReference<Exception> failed = new AtomicReference<>();
                Thread writer = new Thread(() -> {
                    try (Connection c = DriverManager.getConnection(h2.url())) {
                        c.setAutoCommit(false);
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                            for (long id = first; !stop.get(); id++) {
                                ps.setLong(1, id);
                                ps.setString(2, "x".repeat(2000));
                                ps.executeUpdate();
                                if (id % 50 == 49) {
                                    c.commit();
                                    upTo.set(id + 1);
                                }
                            }
                        }
                    } catch (Exception e) {
                        failed.set(e);
                    }
                });
                writer.start();
                Thread.sleep(100);
                writer.interrupt();
                Thread.sleep(300);
                stop.set(true);
                writer.join();
                assertThat(failed.get()).as("the interrupted writer's own statements").isNull();
                committed = upTo.get();
                assertThat(committed).as("rows committed by round %d", round).isGreaterThan(first);
                try (ResultSet rows = s.executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM t WHERE id < " + committed)) {
                    rows.next();
                    assertThat(rows.getLong(1)).as("every committed row, read by another session").isEqualTo(committed);
                    assertThat(rows.getLong(3)).isEqualTo(committed - 1);
                }
                s.execute("DELETE FROM t WHERE id >= " + committed);
            }
        } finally {
            h2.close();
        }
    }

    @Test
    void everyUrlOfTheEmbeddedDatabaseIsOneTheJobDoesNotWarnAbout() {
        EmbeddedH2 h2 = new EmbeddedH2(dir, "127.0.0.1", -1);
        assertThat(h2.url()).isEqualTo(EmbeddedH2.fileUrl(dir));
        assertThat(H2Sink.interruptCanCloseTheFile(h2.url())).as("the job's check agrees that retry: is interrupt-safe").isFalse();
        assertThat(H2Sink.interruptCanCloseTheFile(h2.url().replace(EmbeddedH2.INTERRUPT_SAFE, ""))).isTrue();
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
