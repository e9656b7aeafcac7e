package io.shiptwin.app.bench;

import java.time.Duration;

/**
 * CPU time (user and system, all threads) that ShipTwin's JVM and the Kafka child have used so far. The difference
 * between two readings over a phase, divided by its events, is the work each event cost the machine: a figure that
 * holds still when the machine's speed drifts, where events/s do not (docs/performance.md).
 *
 * @param shiptwinNanos CPU of this JVM; -1 where the platform does not say
 * @param kafkaNanos    CPU of the Kafka broker's process; -1 where it is not known (no child, or the platform does not say)
 */
record CpuUse(long shiptwinNanos, long kafkaNanos) {

    static CpuUse now(long kafkaPid) {
        return new CpuUse(nanos(ProcessHandle.current()), kafkaPid <= 0 ? -1
                : ProcessHandle.of(kafkaPid).map(CpuUse::nanos).orElse(-1L));
    }

    private static long nanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** Microseconds of CPU per event between {@code before} and this reading: ShipTwin, Kafka; NaN where unknown. */
    double[] microsPerEventSince(CpuUse before, long events) {
        return new double[] {perEvent(before.shiptwinNanos, shiptwinNanos, events), perEvent(before.kafkaNanos, kafkaNanos, events)};
    }

    private static double perEvent(long from, long to, long events) {
        return from < 0 || to < 0 || events <= 0 ? Double.NaN : (to - from) / 1e3 / events;
    }
}
