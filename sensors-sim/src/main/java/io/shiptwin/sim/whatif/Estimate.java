package io.shiptwin.sim.whatif;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean over replications with its 95% confidence interval (Student t, n - 1 degrees of freedom),
 * or a proportion with its 95% Wilson score interval.
 */
public record Estimate(double mean, double low, double high, int n) {

    public double halfWidth() {
        return (high - low) / 2;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** Mean and Student-t 95% interval; NaN values (a KPI undefined in a replication) are left out. */
    public static Estimate of(double[] values) {
        int n = 0;
        double mean = 0;
        double m2 = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (n == 1) {
            return new Estimate(mean, mean, mean, 1);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(m2 / (n - 1) / n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /** Wilson score interval for {@code successes} out of {@code n} (z = 1.96). */
    public static Estimate proportion(int successes, int n) {
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double z = 1.959963984540054;
        double p = (double) successes / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == n ? 1 : Math.min(1, centre + half);
        return new Estimate(p, low, high, n);
    }
}
