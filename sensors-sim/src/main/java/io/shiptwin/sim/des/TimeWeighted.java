package io.shiptwin.sim.des;

/** A quantity that holds its value between changes (busy units, queue length): its time-average. */
public final class TimeWeighted {
    private double value;
    private long lastChange;
    private long start;
    private double area;
    private double max;

    public TimeWeighted(long start) {
        this.start = start;
        this.lastChange = start;
    }

    public void set(long now, double newValue) {
        area += value * (now - lastChange);
        lastChange = now;
        value = newValue;
        if (newValue > max) {
            max = newValue;
        }
    }

    public double value() {
        return value;
    }

    public double max() {
        return max;
    }

    /** Integral of the value over [start, now], in value x millis. */
    public double area(long now) {
        return area + value * (now - lastChange);
    }

    /** Time-average over [start, now]; the current value if no time has passed. */
    public double mean(long now) {
        long span = now - start;
        return span <= 0 ? value : area(now) / span;
    }

    /** Forgets the history (warm-up) but keeps the current value. */
    public void reset(long now) {
        area = 0;
        start = now;
        lastChange = now;
        max = value;
    }
}
