package io.shiptwin.app.fidelity;

/**
 * How far the twin may be from the truth and still match.
 *
 * @param relative   for sums and averages (man-hours, cost): |twin − truth| ≤ relative × |truth| (0.01 = 1 %)
 * @param dateMillis for stage dates: the feed stamps each event with the simulated instant it happened, to the
 *                   millisecond, so dates are compared exactly (0)
 */
public record Tolerances(double relative, long dateMillis) {
    public static final Tolerances DEFAULT = new Tolerances(0.01, 0);

    public Tolerances {
        if (!(relative >= 0) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("fidelity.relative: must be a finite value >= 0, got " + relative);
        }
        if (dateMillis < 0) {
            throw new IllegalArgumentException("fidelity.dateMillis: must be >= 0, got " + dateMillis);
        }
    }

    boolean within(double expected, double actual) {
        return Math.abs(actual - expected) <= relative * Math.abs(expected) + 1e-9;
    }

    String relativeText() {
        return relative == 0 ? "exact" : String.format(java.util.Locale.ROOT, "%s %%", trim(relative * 100));
    }

    String dateText() {
        return dateMillis == 0 ? "exact" : dateMillis + " ms";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
