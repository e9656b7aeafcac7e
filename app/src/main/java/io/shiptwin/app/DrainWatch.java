package io.shiptwin.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Waits for a bounded run's messages to be accounted for, for as long as they keep coming: it gives up only
 * after {@code patience} without progress, never after a fixed total. A backlog that takes minutes to drain
 * is waited for; a pipeline that stopped moving is not.
 *
 * @param accounted  messages accounted for so far (in the twin, dead-lettered, ...)
 * @param idle       true when nothing is still on its way (e.g. the bridge holds no message unacknowledged)
 * @param nanoClock  the clock ({@code System::nanoTime} outside tests)
 * @param pause      waits between two looks, given the nanos to wait
 * @param progress   told every {@code progressEvery} while waiting: (accounted, expected)
 */
public record DrainWatch(LongSupplier accounted, BooleanSupplier idle, LongSupplier nanoClock, Pause pause,
                         Progress progress, Duration patience, Duration progressEvery, Duration lookEvery) {

    /** How the watch waits between two looks. */
    @FunctionalInterface
    public interface Pause {
        void nanos(long nanos) throws InterruptedException;
    }

    /** What the watch reports while it waits. */
    @FunctionalInterface
    public interface Progress {
        void report(long accounted, long expected);
    }

    /** True once {@code expected} messages are accounted for and nothing is on its way; false after {@link #patience} without progress. */
    public boolean await(long expected) throws InterruptedException {
        long now = nanoClock.getAsLong();
        long giveUpAt = now + patience.toNanos();
        long nextReport = now + progressEvery.toNanos();
        long best = -1;
        while (true) {
            long count = accounted.getAsLong();
            if (count >= expected && idle.getAsBoolean()) {
                return true;
            }
            now = nanoClock.getAsLong();
            if (count > best) {
                best = count;
                giveUpAt = now + patience.toNanos();
            }
            if (now >= giveUpAt) {
                return false;
            }
            if (now >= nextReport) {
                nextReport = now + progressEvery.toNanos();
                progress.report(count, expected);
            }
            pause.nanos(lookEvery.toNanos());
        }
    }
}
