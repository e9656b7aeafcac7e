package io.shiptwin.sim.signals;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** What every signal model shares: its random stream, the calibration clock, the wear trend, the time step. */
abstract class AbstractSignals implements EquipmentSignals {
    protected static final double MILLIS_PER_DAY = 86_400_000.0;

    protected final RandomGenerator random;
    private long calibratedAtMillis;
    private long lastMillis = Long.MIN_VALUE;
    private EquipmentState lastState;
    private Degradation degradation = Degradation.NONE;

    AbstractSignals(RandomGenerator random, long calibratedAtMillis) {
        this.random = Objects.requireNonNull(random, "random");
        this.calibratedAtMillis = calibratedAtMillis;
    }

    @Override
    public final void sample(long simMillis, EquipmentState state, double[] out) {
        if (out.length < channels().length) {
            throw new IllegalArgumentException("out: needs " + channels().length + " values, got " + out.length);
        }
        if (simMillis < lastMillis) {
            throw new IllegalArgumentException("simMillis: must not go backwards, got " + simMillis + " after " + lastMillis);
        }
        double dtSeconds = lastMillis == Long.MIN_VALUE ? 0 : (simMillis - lastMillis) / 1000.0;
        EquipmentState during = lastState == null ? state : lastState;
        lastMillis = simMillis;
        lastState = state;
        fill(simMillis, state, during, dtSeconds, degradation.severity(simMillis), out);
    }

    /**
     * Fills the reading. {@code state} holds from now on and decides what the sensors read now;
     * {@code during} is the state given at the previous sample, which held for the {@code dtSeconds}
     * since then (0 for the first sample): integrating quantities (arc-on time, consumable hours, distance,
     * battery) advance with it. {@code severity} is the wear in 0..1.
     */
    protected abstract void fill(long simMillis, EquipmentState state, EquipmentState during, double dtSeconds,
                                 double severity, double[] out);

    @Override
    public void degrade(Degradation newDegradation) {
        this.degradation = Objects.requireNonNull(newDegradation, "degradation");
    }

    @Override
    public void maintain(long simMillis) {
        calibratedAtMillis = simMillis;
        degradation = Degradation.NONE;
        onMaintenance();
    }

    /** Model-specific reset at maintenance (new consumables, charged battery). */
    protected void onMaintenance() {
    }

    public Degradation degradation() {
        return degradation;
    }

    protected double daysSinceCalibration(long simMillis) {
        return (simMillis - calibratedAtMillis) / MILLIS_PER_DAY;
    }

    protected double read(SensorNoise noise, double trueValue, long simMillis) {
        return noise.read(trueValue, random, daysSinceCalibration(simMillis));
    }

    /** First-order lag of {@code value} towards {@code target} with time constant {@code tauSeconds}. */
    protected static double relax(double value, double target, double dtSeconds, double tauSeconds) {
        return target + (value - target) * Math.exp(-dtSeconds / tauSeconds);
    }

    /**
     * One step of an Ornstein-Uhlenbeck process (exact discretisation): mean-reverting to {@code mean}
     * with time constant {@code tauSeconds} and stationary standard deviation {@code sigma}.
     */
    protected double ornsteinUhlenbeck(double value, double mean, double sigma, double dtSeconds, double tauSeconds) {
        double decay = Math.exp(-dtSeconds / tauSeconds);
        return mean + (value - mean) * decay + sigma * Math.sqrt(1 - decay * decay) * random.nextGaussian();
    }

    protected static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be > 0, got " + value);
        }
    }

    static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be >= 0, got " + value);
        }
    }

    static void requireFraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": must be in [0, 1], got " + value);
        }
    }
}
