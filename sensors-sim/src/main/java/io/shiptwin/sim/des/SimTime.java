package io.shiptwin.sim.des;

/**
 * The simulated clock is a {@code long} count of milliseconds since the scenario's start.
 *
 * <p>Why long millis and not double hours: integer time is exact (no drift when thousands of
 * durations are added), two events at "the same time" really tie and are then ordered by the
 * documented tie-break, and it maps one-to-one onto the envelope's ISO-8601 timestamps with
 * millis. Model code speaks hours and days; this class converts at the edge.
 */
public final class SimTime {
    public static final long MILLIS_PER_SECOND = 1_000L;
    public static final long MILLIS_PER_HOUR = 3_600_000L;
    public static final long MILLIS_PER_DAY = 24 * MILLIS_PER_HOUR;
    public static final long MILLIS_PER_WEEK = 7 * MILLIS_PER_DAY;

    private SimTime() {
    }

    /** A duration in hours as clock millis, rounded to the nearest milli; negative becomes zero. */
    public static long hours(double hours) {
        return hours <= 0 ? 0L : Math.round(hours * MILLIS_PER_HOUR);
    }

    public static long days(double days) {
        return hours(days * 24.0);
    }

    public static double toHours(long millis) {
        return millis / (double) MILLIS_PER_HOUR;
    }

    public static double toDays(long millis) {
        return millis / (double) MILLIS_PER_DAY;
    }
}
