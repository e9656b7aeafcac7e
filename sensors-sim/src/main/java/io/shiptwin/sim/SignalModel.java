package io.shiptwin.sim;

import java.util.SplittableRandom;

/**
 * What a piece of equipment reports at each sample: channels tied to what it is doing, with noise.
 * Each model owns its own seeded random stream, so adding equipment never reshuffles the others.
 */
public sealed interface SignalModel permits SignalModel.GantryCrane, SignalModel.WeldingRobot, SignalModel.PaintBooth {

    /** Channel names, each ending with its unit. */
    String[] channels();

    /** Fills {@code out} (length = channels) with the sample at simulated time {@code simMillis}. */
    void sample(long simMillis, double[] out);

    /**
     * A gantry crane lifting blocks in cycles: load only while a block hangs on the hook;
     * motor temperature follows the load; wind is a slow random walk (DOMAIN.md: wind stop ~20 m/s).
     */
    final class GantryCrane implements SignalModel {
        private static final String[] CHANNELS = {"load_t", "hoist_speed_m_min", "wind_speed_ms", "motor_temp_c"};
        private static final long CYCLE_MILLIS = 20 * 60_000L;
        private final SplittableRandom random;
        private final double blockWeightTonnes;
        private double wind = 6.0;
        private double motorTemp = 35.0;

        public GantryCrane(long seed, double blockWeightTonnes) {
            this.random = new SplittableRandom(seed);
            this.blockWeightTonnes = blockWeightTonnes;
        }

        @Override
        public String[] channels() {
            return CHANNELS;
        }

        @Override
        public void sample(long simMillis, double[] out) {
            double phase = (double) (simMillis % CYCLE_MILLIS) / CYCLE_MILLIS;
            boolean lifting = phase < 0.4;
            double load = lifting ? blockWeightTonnes * (0.98 + 0.04 * random.nextDouble()) : 0.0;
            double hoist = lifting ? 4.0 + random.nextDouble() : 0.0;
            wind = clamp(wind + (random.nextDouble() - 0.5) * 0.4, 0.0, 30.0);
            double targetTemp = 35.0 + 0.05 * load;
            motorTemp += (targetTemp - motorTemp) * 0.01 + (random.nextDouble() - 0.5) * 0.2;
            out[0] = round(load, 2);
            out[1] = round(hoist, 2);
            out[2] = round(wind, 2);
            out[3] = round(motorTemp, 2);
        }
    }

    /**
     * An FCAW welding robot: current and voltage only while the arc is on (DOMAIN.md: 150-350 A, 22-36 V,
     * travel 20-60 cm/min); heat input = V * I * 60 / (1000 * travel speed in mm/min) in kJ/mm.
     */
    final class WeldingRobot implements SignalModel {
        private static final String[] CHANNELS = {"current_a", "voltage_v", "wire_feed_m_min", "travel_speed_cm_min", "heat_input_kj_mm"};
        private final SplittableRandom random;
        private boolean arcOn;

        public WeldingRobot(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public String[] channels() {
            return CHANNELS;
        }

        @Override
        public void sample(long simMillis, double[] out) {
            if (random.nextDouble() < 0.05) {
                arcOn = !arcOn;
            }
            if (!arcOn) {
                java.util.Arrays.fill(out, 0.0);
                return;
            }
            double current = 250 + random.nextGaussian() * 10;
            double voltage = 28 + random.nextGaussian() * 0.8;
            double travel = 40 + random.nextGaussian() * 2;
            out[0] = round(current, 1);
            out[1] = round(voltage, 2);
            out[2] = round(9 + random.nextGaussian() * 0.3, 2);
            out[3] = round(travel, 1);
            out[4] = round(voltage * current * 60 / (1000 * travel * 10), 3);
        }
    }

    /**
     * A blasting/painting booth's climate (DOMAIN.md: RH <= 85 %, steel >= dew point + 3 C per ISO 8502-4).
     * Dew point from the Magnus formula.
     */
    final class PaintBooth implements SignalModel {
        private static final String[] CHANNELS = {"air_temp_c", "humidity_pct", "dew_point_c", "steel_temp_c"};
        private final SplittableRandom random;
        private double humidity = 60.0;

        public PaintBooth(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public String[] channels() {
            return CHANNELS;
        }

        @Override
        public void sample(long simMillis, double[] out) {
            double hourOfDay = (simMillis / 3_600_000.0) % 24.0;
            double airTemp = 20 + 4 * Math.sin((hourOfDay - 9) / 24.0 * 2 * Math.PI) + random.nextGaussian() * 0.2;
            humidity = clamp(humidity + (random.nextDouble() - 0.5) * 0.8, 30.0, 98.0);
            double gamma = Math.log(humidity / 100.0) + 17.62 * airTemp / (243.12 + airTemp);
            double dewPoint = 243.12 * gamma / (17.62 - gamma);
            out[0] = round(airTemp, 2);
            out[1] = round(humidity, 2);
            out[2] = round(dewPoint, 2);
            out[3] = round(airTemp - 1.0 + random.nextGaussian() * 0.3, 2);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
