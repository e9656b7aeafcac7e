package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every equipment model promises: determinism, finite values, units in names, no allocation. */
class SignalModelContractTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long SECOND = 1_000;
    private static final EquipmentState[] CYCLE = {EquipmentState.IDLE, EquipmentState.working(0.7),
            EquipmentState.working(1), EquipmentState.DOWN, EquipmentState.MAINTENANCE, EquipmentState.working(5)};

    @ParameterizedTest
    @EnumSource(EquipmentKind.class)
    void sameSeedAndStatesGiveBitIdenticalSamples(EquipmentKind kind) {
        assertThat(run(kind, 42)).isEqualTo(run(kind, 42));
    }

    @ParameterizedTest
    @EnumSource(value = EquipmentKind.class, names = {"CREW_TAGS", "ENERGY_METER"}, mode = EnumSource.Mode.EXCLUDE)
    void differentSeedGivesDifferentSamples(EquipmentKind kind) {
        assertThat(run(kind, 42)).isNotEqualTo(run(kind, 43));
    }

    @ParameterizedTest
    @EnumSource(EquipmentKind.class)
    void everyValueIsFiniteEvenDuringWearAndAfterTheFailureTime(EquipmentKind kind) {
        EquipmentSignals model = kind.signals(new SplittableRandom(1), T0);
        model.degrade(Degradation.accelerating(T0, Duration.ofHours(1)));
        double[] out = new double[model.channels().length];
        for (int i = 0; i < 10_000; i++) {
            model.sample(T0 + i * SECOND, CYCLE[(i / 50) % CYCLE.length], out);
            for (double v : out) {
                assertThat(v).as("%s sample %d", kind, i).isFinite();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EquipmentKind.class)
    void channelNamesEndWithTheirUnit(EquipmentKind kind) {
        assertThat(kind.signals(new SplittableRandom(1), T0).channels())
                .allMatch(c -> c.equals("headcount") || c.matches(
                        "[a-z0-9_]+_(t|m|ms|c|a|v|s|h|mm|kn|bar|pct|um|kw|kwh|mbps|min|m_min|l_min|cm_min|kj_mm|m3_h|mm_s)"));
    }

    @ParameterizedTest
    @EnumSource(EquipmentKind.class)
    void samplingDoesNotAllocate(EquipmentKind kind) {
        EquipmentSignals model = new FaultInjector(kind.signals(new SplittableRandom(1), T0))
                .inject(new SensorFault(kind.signals(new SplittableRandom(1), T0).channels()[0], SensorFault.Kind.STUCK, T0, T0 + 100_000_000L, 0));
        double[] out = new double[model.channels().length];
        EquipmentState working = EquipmentState.working(0.7);
        for (int i = 0; i < 20_000; i++) {
            model.sample(T0 + i * SECOND, working, out);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 20_000; i < 120_000; i++) {
            model.sample(T0 + i * SECOND, working, out);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // 100,000 samples; a single allocation per sample would be >= 1.6 MB.
        assertThat(allocated).as("bytes allocated by 100,000 samples of %s", kind).isLessThan(16_000);
    }

    @ParameterizedTest
    @EnumSource(io.shiptwin.model.AssetType.class)
    void everyAssetTypeOfTheTwinModelHasASignalModel(io.shiptwin.model.AssetType type) {
        assertThat(EquipmentKind.of(type).signals(new SplittableRandom(1), T0).channels()).isNotEmpty();
    }

    @Test
    void rejectsSampleTimesThatGoBackwards() {
        EquipmentSignals pump = EquipmentKind.DOCK_PUMP.signals(new SplittableRandom(1), T0);
        double[] out = new double[4];
        pump.sample(T0 + 10, EquipmentState.IDLE, out);
        assertThatIllegalArgumentException().isThrownBy(() -> pump.sample(T0, EquipmentState.IDLE, out))
                .withMessageStartingWith("simMillis: must not go backwards");
    }

    @Test
    void rejectsLoadOutsideTheWorkingState() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EquipmentState(EquipmentState.Mode.IDLE, 3))
                .withMessage("state.load: must be 0 unless WORKING, got 3.0 while IDLE");
    }

    @Test
    void paramsNameTheFieldThatIsOutOfRange() {
        PumpSignals.Params p = SignalDefaults.dockPump();
        assertThatIllegalArgumentException().isThrownBy(() -> new PumpSignals.Params(-1, p.ratedPressureBar(),
                        p.healthyVibrationMmS(), p.standstillVibrationMmS(), p.alarmVibrationMmS(), p.failureVibrationMmS(),
                        p.ambientTempC(), p.bearingRiseC(), p.wornBearingRiseC(), p.bearingTauMinutes(), p.flowNoise(),
                        p.pressureNoise(), p.vibrationNoise(), p.tempNoise()))
                .withMessage("pump.ratedFlowM3h: must be > 0, got -1.0");
    }

    @Test
    void degradationSeverityRisesFromZeroAtOnsetToOneAtFailure() {
        Degradation d = Degradation.accelerating(1_000, Duration.ofMillis(1_000));
        assertThat(d.severity(500)).isZero();
        assertThat(d.severity(1_000)).isZero();
        assertThat(d.severity(1_500)).isEqualTo(0.25);
        assertThat(d.severity(2_000)).isEqualTo(1.0);
        assertThat(d.severity(9_000)).isEqualTo(1.0);
        assertThat(d.failureMillis()).isEqualTo(2_000);
    }

    @Test
    void sensorNoiseIsBoundedAtFourSigma() {
        SensorNoise noise = SensorNoise.sigma(1);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(noise.read(10, random, 0)).isBetween(6.0, 14.0);
        }
    }

    private static long[] run(EquipmentKind kind, long seed) {
        EquipmentSignals model = kind.signals(new SplittableRandom(seed), T0);
        model.degrade(Degradation.accelerating(T0 + 1_000 * SECOND, Duration.ofHours(2)));
        int n = model.channels().length;
        double[] out = new double[n];
        long[] bits = new long[3_000 * n];
        for (int i = 0; i < 3_000; i++) {
            model.sample(T0 + i * SECOND, CYCLE[(i / 40) % CYCLE.length], out);
            for (int c = 0; c < n; c++) {
                bits[i * n + c] = Double.doubleToRawLongBits(out[c]);
            }
        }
        return bits;
    }
}
