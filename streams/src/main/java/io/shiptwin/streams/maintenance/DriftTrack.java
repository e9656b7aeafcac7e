package io.shiptwin.streams.maintenance;

/**
 * The detector's state for one rule on one machine, updated in place (no allocation per reading): Welford's running
 * mean and variance during warm-up, then the EWMA, the open episode, and exponentially weighted least-squares sums of
 * the EWMA over time (hours since {@code originMillis}) for the degradation trend. A Flink POJO.
 */
public class DriftTrack {
    public long samples;
    public double mean;
    public double m2;
    public double sigma;
    public double ewma;
    public boolean open;
    public String alertId;
    public String openingEventId;
    public String message;
    public double openedValue;
    public double openedRul = Double.NaN;
    public long openedAt;
    public long originMillis = Long.MIN_VALUE;
    public long lastMillis = Long.MIN_VALUE;
    public double s0;
    public double st;
    public double sy;
    public double stt;
    public double sty;

    public DriftTrack() {
    }

    /** What one reading did to the episode. */
    public enum Change { NONE, OPENED, CLEARED }

    public boolean warm(DriftRule rule) {
        return samples >= rule.warmUpSamples();
    }

    /** The EWMA in units of its own standard deviation above the healthy mean; 0 during warm-up. */
    public double z(DriftRule rule) {
        if (!warm(rule)) {
            return 0;
        }
        double sd = sigma * Math.sqrt(rule.lambda() / (2 - rule.lambda()));
        return (ewma - mean) / sd;
    }

    /** Adds one guarded reading at event time {@code t}; returns whether an episode opened or cleared. */
    public Change add(DriftRule rule, double x, long t) {
        samples++;
        if (samples <= rule.warmUpSamples()) {
            double d = x - mean;
            mean += d / samples;
            m2 += d * (x - mean);
            if (samples == rule.warmUpSamples()) {
                sigma = Math.max(rule.minSigma(), Math.sqrt(m2 / (samples - 1)));
                ewma = mean;
                originMillis = t;
                lastMillis = t;
            }
            return Change.NONE;
        }
        ewma = rule.lambda() * x + (1 - rule.lambda()) * ewma;
        trend(rule, t);
        double z = z(rule);
        if (!open && z > rule.openSigmas() && ewma - mean >= rule.minShift()) {
            open = true;
            openedAt = t;
            return Change.OPENED;
        }
        if (open && z < rule.clearSigmas()) {
            open = false;
            return Change.CLEARED;
        }
        return Change.NONE;
    }

    /** Exponential forgetting with time constant {@code trendHours}: older points weigh e^(-age / tau). */
    private void trend(DriftRule rule, long t) {
        if (t > lastMillis) {
            double decay = Math.exp(-(t - lastMillis) / 3_600_000.0 / rule.trendHours());
            s0 *= decay;
            st *= decay;
            sy *= decay;
            stt *= decay;
            sty *= decay;
            lastMillis = t;
        }
        double h = (t - originMillis) / 3_600_000.0;
        s0 += 1;
        st += h;
        sy += ewma;
        stt += h * h;
        sty += h * ewma;
    }

    /** Slope of the weighted regression of the EWMA over time, in channel units per hour; NaN with too little spread. */
    public double slopePerHour() {
        double det = s0 * stt - st * st;
        if (s0 < 3 || !(det > 1e-12 * s0 * s0)) {
            return Double.NaN;
        }
        return (s0 * sty - st * sy) / det;
    }

    /**
     * Hours until the trend reaches the failure limit: 0 at or over it, NaN when the trend does not rise (no
     * estimate). The trend's value now is the regression line at the last reading.
     */
    public double rulHours(DriftRule rule) {
        double slope = slopePerHour();
        if (Double.isNaN(slope)) {
            return Double.NaN;
        }
        double h = (lastMillis - originMillis) / 3_600_000.0;
        double level = (sy - slope * st) / s0 + slope * h;
        if (level >= rule.failureLimit()) {
            return 0;
        }
        return slope > 0 ? (rule.failureLimit() - level) / slope : Double.NaN;
    }
}
