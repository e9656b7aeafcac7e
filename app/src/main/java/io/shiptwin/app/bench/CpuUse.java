package io.shiptwin.app.bench;

import java.time.Duration;

/**
 * CPU time (user and system, all threads) of ShipTwin's JVM and of the Kafka child: used so far ({@link #now}), or
 * over a phase ({@link #since}). Over a phase and divided by its events, it is the work each event cost the machine:
 * a figure that holds still when the machine's speed drifts, where events/s do not (docs/performance.md).
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

    /** The CPU used between {@code before} and this reading. */
    CpuUse since(CpuUse before) {
        return new CpuUse(difference(before.shiptwinNanos, shiptwinNanos), difference(before.kafkaNanos, kafkaNanos));
    }

    private static long difference(long from, long to) {
        return from < 0 || to < 0 ? -1 : to - from;
    }

    double shiptwinMicrosPerEvent(long events) {
        return perEvent(shiptwinNanos, events);
    }

    double kafkaMicrosPerEvent(long events) {
        return perEvent(kafkaNanos, events);
    }

    /** Cores kept busy on average by both processes over {@code wallNanos}; NaN where either is unknown. */
    double coresBusy(long wallNanos) {
        return shiptwinNanos < 0 || kafkaNanos < 0 || wallNanos <= 0 ? Double.NaN : (double) (shiptwinNanos + kafkaNanos) / wallNanos;
    }

    private static double perEvent(long nanos, long events) {
        return nanos < 0 || events <= 0 ? Double.NaN : nanos / 1e3 / events;
    }
}
