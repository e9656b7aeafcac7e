package io.shiptwin.app.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the twin's event count grew during the throughput phase, sampled every {@link #SAMPLE_MILLIS} ms by a daemon
 * thread, with a progress line every five seconds.
 *
 * <p>Why the bench needs it: a freshly started ShipTwin JVM keeps its JIT compilers busy for a minute and more (tens of
 * thousands of methods across Flink, Kafka, H2, Netty and Jackson), and on two cores the compiler takes CPU from the
 * pipeline. The rate over all events of a short run is mostly that warm-up; the rate over the second half of the events
 * ({@link #rateBetween(long, long)}) is the sustained figure the goal is about. Both are reported.
 */
final class ThroughputTimeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThroughputTimeline.class);
    static final long SAMPLE_MILLIS = 250;
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final LongSupplier count;
    private final long target;
    private final Thread sampler;
    private long[] nanos = new long[1024];
    private long[] counts = new long[1024];
    private int size;
    private volatile boolean stopped;

    /** @param count the twin's events so far, counted from the start of the phase; {@code target} the phase's events */
    ThroughputTimeline(LongSupplier count, long target) {
        this.count = count;
        this.target = target;
        add(System.nanoTime(), count.getAsLong());
        this.sampler = new Thread(this::sample, "bench-throughput-timeline");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        long lastProgress = System.nanoTime();
        long lastProgressCount = 0;
        while (!stopped) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long c = count.getAsLong();
            add(now, c);
            if (now - lastProgress >= PROGRESS_NANOS) {
                LOG.info("bench: {} of {} events in the twin, {} events/s over the last {} s", c, target,
                        Math.round((c - lastProgressCount) * 1e9 / (now - lastProgress)), Math.round((now - lastProgress) / 1e9));
                lastProgress = now;
                lastProgressCount = c;
            }
        }
    }

    private synchronized void add(long atNanos, long events) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        nanos[size] = atNanos;
        counts[size] = events;
        size++;
    }

    /** Stops sampling, after one last sample. */
    @Override
    public void close() throws InterruptedException {
        if (stopped) {
            return;
        }
        stopped = true;
        sampler.interrupt();
        sampler.join();
        add(System.nanoTime(), count.getAsLong());
    }

    /** Events/s while the twin's count went from {@code from} to {@code to}; NaN if it never got there. */
    synchronized double rateBetween(long from, long to) {
        return rateBetween(Arrays.copyOf(nanos, size), Arrays.copyOf(counts, size), from, to);
    }

    /**
     * Events/s while the count went from {@code from} to {@code to}, with the moment each was reached interpolated
     * linearly between the two samples around it. NaN when a count was never reached, or {@code to <= from}.
     */
    static double rateBetween(long[] nanos, long[] counts, long from, long to) {
        if (to <= from) {
            return Double.NaN;
        }
        double a = reached(nanos, counts, from);
        double b = reached(nanos, counts, to);
        if (Double.isNaN(a) || Double.isNaN(b) || b <= a) {
            return Double.NaN;
        }
        return (to - from) * 1e9 / (b - a);
    }

    /** When the count reached {@code n}, in nanos, interpolated between samples; NaN if it never did. */
    private static double reached(long[] nanos, long[] counts, long n) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= n) {
                if (i == 0 || counts[i] == counts[i - 1]) {
                    return nanos[i];
                }
                double share = (double) (n - counts[i - 1]) / (counts[i] - counts[i - 1]);
                return nanos[i - 1] + share * (nanos[i] - nanos[i - 1]);
            }
        }
        return Double.NaN;
    }
}
