package io.shiptwin.sim.signals;

import java.time.Duration;

/**
 * A wear process that ends in a failure: nothing shows before {@code onsetMillis}, then the severity
 * rises from 0 to 1 at the failure time as {@code ((t - onset) / timeToFailure) ^ exponent}. An
 * exponent above 1 gives the accelerating trend of bearing wear (DOMAIN.md: pump vibration rises over
 * days before a bearing failure); each signal model maps severity onto its own channels.
 *
 * @param onsetMillis   simulated time the wear starts to show
 * @param timeToFailure from onset to the failure
 * @param exponent      shape of the trend: 1 linear, 2 accelerating
 */
public record Degradation(long onsetMillis, Duration timeToFailure, double exponent) {
    /** No wear: severity 0 forever. */
    public static final Degradation NONE = new Degradation(Long.MAX_VALUE / 2, Duration.ofMillis(1), 1);

    public Degradation {
        if (timeToFailure == null || timeToFailure.isNegative() || timeToFailure.isZero()) {
            throw new IllegalArgumentException("degradation.timeToFailure: must be > 0, got " + timeToFailure);
        }
        if (!(exponent > 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("degradation.exponent: must be > 0, got " + exponent);
        }
    }

    /** An accelerating (exponent 2) trend: the usual shape of bearing and brake wear. */
    public static Degradation accelerating(long onsetMillis, Duration timeToFailure) {
        return new Degradation(onsetMillis, timeToFailure, 2.0);
    }

    public long failureMillis() {
        return onsetMillis + timeToFailure.toMillis();
    }

    /** 0 before onset, rising to 1 at the failure time, 1 after it. */
    public double severity(long simMillis) {
        if (simMillis <= onsetMillis) {
            return 0;
        }
        double progress = (double) (simMillis - onsetMillis) / timeToFailure.toMillis();
        return progress >= 1 ? 1 : Math.pow(progress, exponent);
    }
}
