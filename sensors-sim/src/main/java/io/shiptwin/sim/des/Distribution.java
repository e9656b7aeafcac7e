package io.shiptwin.sim.des;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The distributions a scenario may name. Inverse-transform sampling where it exists, so one
 * uniform draw makes one sample and common random numbers line up across variants.
 * {@link #duration(RandomGenerator)} never returns a negative value.
 */
public sealed interface Distribution permits Distribution.Constant, Distribution.Uniform, Distribution.Triangular,
        Distribution.Normal, Distribution.LogNormal, Distribution.Exponential, Distribution.Empirical {

    double sample(RandomGenerator random);

    double mean();

    /** A sample used as a duration or quantity: truncated at zero. */
    default double duration(RandomGenerator random) {
        return Math.max(0.0, sample(random));
    }

    /** The same shape scaled by {@code factor} (a slower machine, a heavier block). */
    Distribution scaled(double factor);

    record Constant(double value) implements Distribution {
        public double sample(RandomGenerator r) {
            return value;
        }

        public double mean() {
            return value;
        }

        public Distribution scaled(double f) {
            return new Constant(value * f);
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            require(max >= min, "uniform: max must be >= min, got min=" + min + " max=" + max);
        }

        public double sample(RandomGenerator r) {
            return min + (max - min) * r.nextDouble();
        }

        public double mean() {
            return (min + max) / 2;
        }

        public Distribution scaled(double f) {
            return new Uniform(min * f, max * f);
        }
    }

    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            require(min <= mode && mode <= max && min < max,
                    "triangular: must have min <= mode <= max and min < max, got (" + min + ", " + mode + ", " + max + ")");
        }

        public double sample(RandomGenerator r) {
            double u = r.nextDouble();
            double c = (mode - min) / (max - min);
            return u < c
                    ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        public double mean() {
            return (min + mode + max) / 3;
        }

        public Distribution scaled(double f) {
            return new Triangular(min * f, mode * f, max * f);
        }
    }

    /** Normal; as a duration it is truncated at zero by re-drawing (then clamping after 16 tries). */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            require(sd >= 0, "normal: sd must be >= 0, got " + sd);
        }

        public double sample(RandomGenerator r) {
            return mean + sd * r.nextGaussian();
        }

        @Override
        public double duration(RandomGenerator r) {
            for (int i = 0; i < 16; i++) {
                double x = sample(r);
                if (x >= 0) {
                    return x;
                }
            }
            return 0.0;
        }

        public Distribution scaled(double f) {
            return new Normal(mean * f, sd * f);
        }
    }

    /** Lognormal given by the mean and standard deviation of the variable itself (not of its log). */
    record LogNormal(double mean, double sd) implements Distribution {
        public LogNormal {
            require(mean > 0, "lognormal: mean must be > 0, got " + mean);
            require(sd >= 0, "lognormal: sd must be >= 0, got " + sd);
        }

        public double sample(RandomGenerator r) {
            double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            return Math.exp(mu + Math.sqrt(sigma2) * r.nextGaussian());
        }

        public Distribution scaled(double f) {
            return new LogNormal(mean * f, sd * f);
        }
    }

    record Exponential(double mean) implements Distribution {
        public Exponential {
            require(mean > 0, "exponential: mean must be > 0, got " + mean);
        }

        public double sample(RandomGenerator r) {
            return -mean * Math.log(1.0 - r.nextDouble());
        }

        public Distribution scaled(double f) {
            return new Exponential(mean * f);
        }
    }

    /** Discrete empirical: one of {@code values} with the given relative {@code weights}. */
    record Empirical(double[] values, double[] weights) implements Distribution {
        public Empirical {
            require(values.length > 0 && values.length == weights.length,
                    "empirical: values and weights must be non-empty and of equal length");
            for (double w : weights) {
                require(w >= 0, "empirical: weights must be >= 0, got " + w);
            }
            values = values.clone();
            weights = weights.clone();
        }

        public double sample(RandomGenerator r) {
            double total = Arrays.stream(weights).sum();
            double u = r.nextDouble() * total;
            for (int i = 0; i < values.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        public double mean() {
            double total = Arrays.stream(weights).sum();
            double m = 0;
            for (int i = 0; i < values.length; i++) {
                m += values[i] * weights[i] / total;
            }
            return m;
        }

        public Distribution scaled(double f) {
            return new Empirical(Arrays.stream(values).map(v -> v * f).toArray(), weights);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(weights, e.weights);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "empirical(" + Arrays.toString(values) + ", " + Arrays.toString(weights) + ")";
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
