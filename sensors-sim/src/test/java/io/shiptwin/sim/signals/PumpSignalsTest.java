package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PumpSignalsTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final int FLOW = 0;
    private static final int VIBRATION = 2;
    private static final int BEARING = 3;
    private static final EquipmentState RUNNING = EquipmentState.working(0.8);

    private final PumpSignals.Params params = SignalDefaults.dockPump();

    @Test
    void vibrationTrendRisesMonotonicallyInASixHourMovingAverageDuringDegradation() {
        PumpSignals pump = new PumpSignals(params, new SplittableRandom(7), T0);
        long onset = T0 + 2 * DAY;
        Degradation bearing = Degradation.accelerating(onset, Duration.ofDays(5));
        pump.degrade(bearing);
        double[] windows = sixHourMeans(pump, onset, bearing.failureMillis());

        for (int k = 1; k < windows.length; k++) {
            assertThat(windows[k]).as("6 h mean %d vs %d", k, k - 1).isGreaterThan(windows[k - 1]);
        }
    }

    @Test
    void vibrationCrossesItsAlarmLimitBeforeTheFailureTime() {
        PumpSignals pump = new PumpSignals(params, new SplittableRandom(8), T0);
        Degradation bearing = Degradation.accelerating(T0 + DAY, Duration.ofDays(4));
        pump.degrade(bearing);
        double[] out = new double[4];
        long firstAlarm = Long.MAX_VALUE;
        double[] recent = new double[30];
        for (long t = T0; t < bearing.failureMillis(); t += MINUTE) {
            pump.sample(t, RUNNING, out);
            int i = (int) ((t - T0) / MINUTE);
            recent[i % recent.length] = out[VIBRATION];
            if (i >= recent.length && mean(recent) > params.alarmVibrationMmS() && firstAlarm == Long.MAX_VALUE) {
                firstAlarm = t;
            }
        }
        assertThat(firstAlarm).as("first 30-min mean over the alarm limit").isGreaterThan(bearing.onsetMillis())
                .isLessThan(bearing.failureMillis() - DAY);
    }

    @Test
    void healthyPumpStaysWellBelowTheAlarmLimit() {
        PumpSignals pump = new PumpSignals(params, new SplittableRandom(9), T0);
        double[] out = new double[4];
        for (long t = T0; t < T0 + 30 * DAY; t += MINUTE) {
            pump.sample(t, RUNNING, out);
            assertThat(out[VIBRATION]).isLessThan(params.alarmVibrationMmS());
        }
    }

    @Test
    void stoppedPumpHasNoFlowAndOnlyBackgroundVibration() {
        PumpSignals pump = new PumpSignals(params, new SplittableRandom(10), T0);
        double[] out = new double[4];
        for (long t = T0; t < T0 + DAY; t += MINUTE) {
            pump.sample(t, EquipmentState.IDLE, out);
            assertThat(out[FLOW]).isZero();
            assertThat(out[VIBRATION]).isLessThan(params.healthyVibrationMmS());
        }
    }

    @Test
    void wornBearingRunsHotter() {
        PumpSignals healthy = new PumpSignals(params, new SplittableRandom(11), T0);
        PumpSignals worn = new PumpSignals(params, new SplittableRandom(11), T0);
        worn.degrade(new Degradation(T0, Duration.ofDays(1), 1));
        double[] h = new double[4];
        double[] w = new double[4];
        for (long t = T0; t < T0 + DAY; t += MINUTE) {
            healthy.sample(t, RUNNING, h);
            worn.sample(t, RUNNING, w);
        }
        assertThat(w[BEARING] - h[BEARING]).isGreaterThan(0.8 * params.wornBearingRiseC());
    }

    @Test
    void maintenanceRemovesTheWear() {
        PumpSignals pump = new PumpSignals(params, new SplittableRandom(12), T0);
        pump.degrade(Degradation.accelerating(T0, Duration.ofDays(2)));
        pump.maintain(T0 + DAY);
        assertThat(pump.degradation()).isEqualTo(Degradation.NONE);
        for (double mean : sixHourMeans(pump, T0 + DAY, T0 + 2 * DAY)) {
            assertThat(mean).isCloseTo(params.healthyVibrationMmS(), org.assertj.core.data.Offset.offset(0.05));
        }
    }

    private static double[] sixHourMeans(PumpSignals pump, long from, long to) {
        double[] out = new double[4];
        int windows = (int) ((to - from) / (6 * HOUR));
        double[] means = new double[windows];
        for (int k = 0; k < windows; k++) {
            double sum = 0;
            int n = 0;
            for (long t = from + k * 6 * HOUR; t < from + (k + 1) * 6 * HOUR; t += MINUTE) {
                pump.sample(t, RUNNING, out);
                sum += out[VIBRATION];
                n++;
            }
            means[k] = sum / n;
        }
        return means;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
