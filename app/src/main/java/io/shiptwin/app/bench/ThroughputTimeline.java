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
 * pipeline. The rate over all events of a short run is mostly that warm-up. And once the last event is published, the
 * twin works off what Kafka holds with the MQTT hop idle, faster than it can while every stage runs. So the sustained
 * figure is the twin's rate over the second half of the publishing ({@link #rateOver}): warm, and with all stages busy.
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

    /** The count at the latest sample: at most {@link #SAMPLE_MILLIS} old, and cheap to ask. */
    synchronized long latest() {
        return counts[size - 1];
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

    /** Events/s the twin applied between two moments ({@link System#nanoTime()}); NaN outside the sampled time. */
    synchronized double rateOver(long fromNanos, long toNanos) {
        return rateOver(Arrays.copyOf(nanos, size), Arrays.copyOf(counts, size), fromNanos, toNanos);
    }

    /** Events/s between two moments, with the count at each interpolated linearly between the samples around it. */
    static double rateOver(long[] nanos, long[] counts, long fromNanos, long toNanos) {
        if (toNanos <= fromNanos) {
            return Double.NaN;
        }
        return (countAt(nanos, counts, toNanos) - countAt(nanos, counts, fromNanos)) * 1e9 / (toNanos - fromNanos);
    }

    /** The count at {@code at}, interpolated between the two samples around it; NaN before the first or after the last. */
    static double countAt(long[] nanos, long[] counts, long at) {
        for (int i = 0; i < nanos.length; i++) {
            if (nanos[i] >= at) {
                if (nanos[i] == at) {
                    return counts[i];
                }
                if (i == 0) {
                    return Double.NaN;
                }
                double share = (double) (at - nanos[i - 1]) / (nanos[i] - nanos[i - 1]);
                return counts[i - 1] + share * (counts[i] - counts[i - 1]);
            }
        }
        return Double.NaN;
    }
}
