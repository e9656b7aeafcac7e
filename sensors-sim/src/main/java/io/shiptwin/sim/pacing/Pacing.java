package io.shiptwin.sim.pacing;

import java.util.Locale;

/**
 * How a run maps simulated time to wall time.
 *
 * @param mode  the kind of pacing
 * @param speed simulated seconds per wall second: 1 for REAL_TIME, the factor for SPEED, infinite for
 *              AS_FAST_AS_POSSIBLE; unused by RATE
 */
public record Pacing(Mode mode, double speed) {
    /** Today's behaviour: a fixed number of messages per wall second ({@code SimConfig.ratePerSecond}). */
    public static final Pacing RATE = new Pacing(Mode.RATE, Double.NaN);
    public static final Pacing REAL_TIME = new Pacing(Mode.REAL_TIME, 1.0);
    public static final Pacing AS_FAST_AS_POSSIBLE = new Pacing(Mode.AS_FAST_AS_POSSIBLE, Double.POSITIVE_INFINITY);

    public enum Mode {
        /** Messages per wall second, regardless of simulated time. */
        RATE,
        /** One simulated second per wall second. */
        REAL_TIME,
        /** {@code speed} simulated seconds per wall second. */
        SPEED,
        /** No waiting at all. */
        AS_FAST_AS_POSSIBLE
    }

    public Pacing {
        if (mode == null) {
            throw new IllegalArgumentException("sim.pacing: must be one of rate, realtime, max or a speed-up factor");
        }
        if (mode == Mode.SPEED && (!(speed > 0) || Double.isInfinite(speed))) {
            throw new IllegalArgumentException("sim.pacing.speed: must be a finite value > 0, got " + speed);
        }
    }

    /** Speed-up factor {@code speed}: 60 = one simulated minute per wall second. */
    public static Pacing speed(double speed) {
        return new Pacing(Mode.SPEED, speed);
    }

    /**
     * Parses the CLI form: {@code rate}, {@code realtime} (or {@code 1x}), {@code max} (or {@code afap},
     * {@code 0}), or a speed-up factor such as {@code 60} or {@code 60x}.
     */
    public static Pacing parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "rate":
                return RATE;
            case "realtime":
            case "real-time":
                return REAL_TIME;
            case "max":
            case "afap":
            case "as-fast-as-possible":
                return AS_FAST_AS_POSSIBLE;
            default:
                break;
        }
        String number = s.endsWith("x") ? s.substring(0, s.length() - 1) : s;
        double factor;
        try {
            factor = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sim.pacing: expected rate, realtime, max or a speed-up factor like 60x, got '" + text + "'");
        }
        if (factor == 0) {
            return AS_FAST_AS_POSSIBLE;
        }
        return factor == 1 ? REAL_TIME : speed(factor);
    }

    /** True if simulated time drives the wall clock (every mode but RATE). */
    public boolean followsSimulatedTime() {
        return mode != Mode.RATE;
    }

    @Override
    public String toString() {
        return switch (mode) {
            case RATE -> "rate";
            case REAL_TIME -> "realtime";
            case AS_FAST_AS_POSSIBLE -> "max";
            case SPEED -> speed + "x";
        };
    }
}
