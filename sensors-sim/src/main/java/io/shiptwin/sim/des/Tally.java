package io.shiptwin.sim.des;

/** Observations one at a time (waiting times, lead times): count, mean, variance (Welford), min, max. */
public final class Tally {
    private long count;
    private double mean;
    private double m2;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double x) {
        count++;
        sum += x;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public long count() {
        return count;
    }

    public double mean() {
        return count == 0 ? 0.0 : mean;
    }

    public double sum() {
        return sum;
    }

    public double variance() {
        return count < 2 ? 0.0 : m2 / (count - 1);
    }

    public double min() {
        return count == 0 ? 0.0 : min;
    }

    public double max() {
        return count == 0 ? 0.0 : max;
    }

    public void reset() {
        count = 0;
        mean = 0;
        m2 = 0;
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
