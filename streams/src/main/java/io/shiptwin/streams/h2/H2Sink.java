package io.shiptwin.streams.h2;

import io.shiptwin.model.TwinTables;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * A Flink sink into H2 that batches: a batch is written when it reaches {@code batchSize}, when it
 * is {@code maxDelayMillis} old, and always before a checkpoint completes ({@code flush}). Flushing
 * before the checkpoint gives at-least-once delivery; the writers' idempotent upserts turn that into
 * an exactly-once effect on the tables.
 */
public final class H2Sink<T> implements Sink<T> {
    private final String jdbcUrl;
    private final SerializableSupplier<TableWriter<T>> writers;
    private final int batchSize;
    private final long maxDelayMillis;

    public H2Sink(String jdbcUrl, SerializableSupplier<TableWriter<T>> writers, int batchSize, long maxDelayMillis) {
        this.jdbcUrl = jdbcUrl;
        this.writers = writers;
        this.batchSize = batchSize;
        this.maxDelayMillis = maxDelayMillis;
    }

    /**
     * Whether a URL opens the database file in this process on H2's default file system, whose {@code FileChannel} a
     * thread interrupt closes for every session: Flink interrupts task threads when it cancels or restarts a job, and
     * H2 then fails each later read and loses what it had not written. H2's {@code retry:} file system (e.g.
     * {@code jdbc:h2:retry:file:./run/h2/shiptwin}) reopens the file and repeats the operation; a TCP URL does its file
     * I/O in the server's threads.
     */
    public static boolean interruptCanCloseTheFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String database = jdbcUrl.substring("jdbc:h2:".length());
        return database.startsWith("file:") || database.startsWith("split:") || database.startsWith("/")
                || database.startsWith(".") || database.startsWith("~");
    }

    /**
     * Creates the contract tables if missing; safe to call from many writers at once. Several sink
     * subtasks start together, and H2's IF NOT EXISTS is not atomic between two sessions, so writers
     * in one JVM take turns (with every other schema change, {@link TwinTables#SCHEMA_CHANGES}) and a
     * writer that loses a race with another process tries again.
     */
    public static void createTables(Connection c) throws SQLException {
        synchronized (TwinTables.SCHEMA_CHANGES) {
            for (int attempt = 1; ; attempt++) {
                try (Statement s = c.createStatement()) {
                    for (String ddl : TwinTables.DDL) {
                        s.execute(ddl);
                    }
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                    return;
                } catch (SQLException e) {
                    if (attempt >= 3 || !String.valueOf(e.getMessage()).contains("already exists")) {
                        throw e;
                    }
                }
            }
        }
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        try {
            return new Writer<>(jdbcUrl, writers, batchSize, maxDelayMillis, context.getProcessingTimeService());
        } catch (SQLException e) {
            throw new IOException("cannot open H2 at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private final Connection connection;
        private final TableWriter<T> table;
        private final int batchSize;
        private final long maxDelayMillis;
        private final ProcessingTimeService time;
        private int pending;
        private boolean timerSet;

        Writer(String jdbcUrl, Supplier<TableWriter<T>> writers, int batchSize, long maxDelayMillis, ProcessingTimeService time)
                throws SQLException {
            this.connection = DriverManager.getConnection(jdbcUrl);
            createTables(connection);
            connection.setAutoCommit(false);
            this.table = writers.get();
            table.open(connection);
            this.batchSize = batchSize;
            this.maxDelayMillis = maxDelayMillis;
            this.time = time;
        }

        @Override
        public void write(T element, Context context) throws IOException {
            try {
                table.add(element);
            } catch (SQLException e) {
                throw new IOException("H2 rejected a record: " + e.getMessage(), e);
            }
            if (++pending >= batchSize) {
                flushBatch();
            } else if (!timerSet) {
                timerSet = true;
                // Runs in the task's mailbox thread: no concurrent access to the batch.
                time.registerTimer(time.getCurrentProcessingTime() + maxDelayMillis, t -> {
                    timerSet = false;
                    flushBatch();
                });
            }
        }

        private void flushBatch() throws IOException {
            if (pending == 0) {
                return;
            }
            try {
                table.execute();
                connection.commit();
                pending = 0;
            } catch (SQLException e) {
                throw new IOException("H2 batch of " + pending + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            flushBatch();
        }

        @Override
        public void close() throws Exception {
            try {
                table.close();
            } finally {
                connection.close();
            }
        }
    }
}
