package io.shiptwin.streams.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink's writer: batches written on its own H2 thread, flush waits for them, failures reach the task. */
class H2SinkWriterTest {

    @TempDir
    Path tmp;

    /** Writes strings into a table of its own; remembers on which threads it was called. */
    static final class NoteTable implements TableWriter<String> {
        static final List<String> THREADS = Collections.synchronizedList(new ArrayList<>());
        static volatile CountDownLatch gate = new CountDownLatch(0);
        private transient PreparedStatement insert;

        @Override
        public void open(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS notes (note VARCHAR(20) PRIMARY KEY)");
            }
            c.commit();
            insert = c.prepareStatement("INSERT INTO notes VALUES (?)");
        }

        @Override
        public void add(String note) throws SQLException {
            THREADS.add(Thread.currentThread().getName());
            insert.setString(1, note);
            insert.addBatch();
        }

        @Override
        public void execute() throws SQLException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /** Processing time that moves only when the test fires the registered timer. */
    static final class ManualTime implements ProcessingTimeService {
        ProcessingTimeCallback pending;

        @Override
        public long getCurrentProcessingTime() {
            return 0;
        }

        @Override
        public ScheduledFuture<?> registerTimer(long timestamp, ProcessingTimeCallback target) {
            pending = target;
            return null;
        }

        void fire() throws Exception {
            ProcessingTimeCallback callback = pending;
            pending = null;
            callback.onProcessingTime(0);
        }
    }

    private String url() {
        return "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    }

    private H2Sink.Writer<String> writer(int batchSize, ManualTime time) throws SQLException {
        NoteTable.THREADS.clear();
        NoteTable.gate = new CountDownLatch(0);
        return new H2Sink.Writer<>(url(), NoteTable::new, batchSize, 20, time);
    }

    private List<String> notes() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM notes ORDER BY note")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void batchesAreWrittenOnTheSinksOwnThreadAndFlushWaitsForTheirCommit() throws Exception {
        try (H2Sink.Writer<String> w = writer(2, new ManualTime())) {
            for (String n : List.of("a", "b", "c", "d", "e")) {
                w.write(n, null);
            }
            w.flush(false);
            assertThat(notes()).containsExactly("a", "b", "c", "d", "e");
            assertThat(NoteTable.THREADS).hasSize(5).allMatch(t -> t.equals("H2 writer NoteTable"));
        }
    }

    @Test
    void theTimerHandsOverABatchThatIsNotFull() throws Exception {
        ManualTime time = new ManualTime();
        try (H2Sink.Writer<String> w = writer(100, time)) {
            w.write("only", null);
            assertThat(time.pending).as("a timer for the part batch").isNotNull();
            time.fire();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (notes().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(notes()).containsExactly("only");
        }
    }

    @Test
    void atMostOneBatchIsInH2WhileTheNextGathers() throws Exception {
        try (H2Sink.Writer<String> w = writer(2, new ManualTime())) {
            NoteTable.gate = new CountDownLatch(1);
            w.write("a", null);
            w.write("b", null); // handed over; H2 holds it at the gate
            w.write("c", null); // gathers while the first batch is in H2
            Thread task = new Thread(() -> {
                try {
                    w.write("d", null); // the second full batch waits for the first
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            task.start();
            task.join(300);
            assertThat(task.isAlive()).as("the task waits while H2 still writes the batch before").isTrue();
            assertThat(notes()).isEmpty();
            NoteTable.gate.countDown();
            task.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(task.isAlive()).isFalse();
            w.flush(false);
            assertThat(notes()).containsExactly("a", "b", "c", "d");
        }
    }

    @Test
    void aBatchH2RefusesFailsTheFlushWithTheTableAndKeepsWhatWasCommitted() throws Exception {
        try (H2Sink.Writer<String> w = writer(2, new ManualTime())) {
            w.write("a", null);
            w.write("b", null);
            w.flush(false);
            w.write("c", null);
            w.write("a", null); // a second "a": the primary key refuses the batch
            assertThatThrownBy(() -> w.flush(false))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("H2 batch of 2 (NoteTable) failed")
                    .hasMessageContaining("NOTES");
            assertThat(notes()).as("the committed batch stays, the refused one is rolled back whole").containsExactly("a", "b");
        }
    }
}
