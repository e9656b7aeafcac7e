package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * How a sensor misreads a true value: Gaussian noise bounded at {@value #BOUND_SIGMAS} sigma (a real
 * transducer has a finite range; unbounded tails would make rare absurd readings) plus a calibration
 * drift that grows linearly from the last calibration.
 *
 * @param sigma       standard deviation of the noise, in the channel's unit
 * @param driftPerDay drift of the reading per simulated day since calibration, in the channel's unit
 */
public record SensorNoise(double sigma, double driftPerDay) {
    public static final double BOUND_SIGMAS = 4.0;
    public static final SensorNoise NONE = new SensorNoise(0, 0);

    public SensorNoise {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("noise.sigma: must be a finite value >= 0, got " + sigma);
        }
        if (!Double.isFinite(driftPerDay)) {
            throw new IllegalArgumentException("noise.driftPerDay: must be finite, got " + driftPerDay);
        }
    }

    public static SensorNoise sigma(double sigma) {
        return new SensorNoise(sigma, 0);
    }

    /** The reading of {@code trueValue}, {@code daysSinceCalibration} after the last calibration. */
    public double read(double trueValue, RandomGenerator random, double daysSinceCalibration) {
        double z = sigma == 0 ? 0 : Math.max(-BOUND_SIGMAS, Math.min(BOUND_SIGMAS, random.nextGaussian()));
        return trueValue + driftPerDay * daysSinceCalibration + sigma * z;
    }
}
