package io.shiptwin.streams.h2;

import io.shiptwin.model.TwinTables;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * an exactly-once effect on the tables. Each sink subtask writes on its own thread ({@link Writer}).
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
     * Creates the contract tables if missing; safe to call from many writers at once. Several sink
     * subtasks start together, and H2's IF NOT EXISTS is not atomic between two sessions, so writers
     * in one JVM take turns and a writer that loses a race with another process tries again.
     */
    public static void createTables(Connection c) throws SQLException {
        synchronized (H2Sink.class) {
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

    /**
     * Gathers records on the task's thread and writes each batch on the sink's own H2 thread, so that the task goes on
     * with the next records while H2 inserts, indexes and commits the last ones: a blocking call kept out of the
     * operator. At most one batch is in H2 while the next gathers; a task that fills the next before H2 is done waits
     * for it (backpressure, as a full network buffer would). {@link #flush} waits until everything handed over is
     * committed, so a checkpoint completes only with every record before its barrier in H2.
     *
     * <p>Records are held until written: this needs Flink's default of no object reuse, under which a record is never
     * changed after it was emitted.
     */
    static final class Writer<T> implements SinkWriter<T> {
        private static final Future<?> NOTHING_IN_FLIGHT = CompletableFuture.completedFuture(null);

        private final Connection connection;
        private final TableWriter<T> table;
        private final String tableName;
        private final int batchSize;
        private final long maxDelayMillis;
        private final ProcessingTimeService time;
        private final ExecutorService h2;
        private List<T> gathering;
        /** The batch H2 is writing, with its size for the error message. */
        private Future<?> inFlight = NOTHING_IN_FLIGHT;
        private int inFlightSize;
        private boolean timerSet;

        Writer(String jdbcUrl, Supplier<TableWriter<T>> writers, int batchSize, long maxDelayMillis, ProcessingTimeService time)
                throws SQLException {
            this.connection = DriverManager.getConnection(jdbcUrl);
            createTables(connection);
            connection.setAutoCommit(false);
            this.table = writers.get();
            table.open(connection);
            this.tableName = table.getClass().getSimpleName();
            this.batchSize = batchSize;
            this.maxDelayMillis = maxDelayMillis;
            this.time = time;
            this.gathering = new ArrayList<>(batchSize);
            this.h2 = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "H2 writer " + tableName);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void write(T element, Context context) throws IOException {
            gathering.add(element);
            if (gathering.size() >= batchSize) {
                handOver();
            } else if (!timerSet) {
                timerSet = true;
                // Runs in the task's mailbox thread: no concurrent access to the batch being gathered.
                time.registerTimer(time.getCurrentProcessingTime() + maxDelayMillis, t -> {
                    timerSet = false;
                    handOver();
                });
            }
        }

        /** Hands the gathered records to the H2 thread once the batch before them is committed. */
        private void handOver() throws IOException {
            if (gathering.isEmpty()) {
                return;
            }
            awaitInFlight();
            List<T> batch = gathering;
            gathering = new ArrayList<>(batchSize);
            inFlightSize = batch.size();
            inFlight = h2.submit(() -> {
                writeBatch(batch);
                return null;
            });
        }

        private void writeBatch(List<T> batch) throws SQLException {
            try {
                for (T record : batch) {
                    table.add(record);
                }
                table.execute();
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        }

        /** Waits for the batch in H2; its failure fails the task (which restores from the last checkpoint). */
        private void awaitInFlight() throws IOException {
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while H2 wrote a batch of " + inFlightSize + " (" + tableName + ")", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new IOException("H2 batch of " + inFlightSize + " (" + tableName + ") failed: " + cause.getMessage(), cause);
            } finally {
                if (inFlight.isDone()) {
                    inFlight = NOTHING_IN_FLIGHT;
                }
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            handOver();
            awaitInFlight();
        }

        @Override
        public void close() throws Exception {
            h2.shutdown();
            try {
                if (!h2.awaitTermination(30, TimeUnit.SECONDS)) {
                    h2.shutdownNow();
                }
            } finally {
                try {
                    table.close();
                } finally {
                    connection.close();
                }
            }
        }
    }
}
