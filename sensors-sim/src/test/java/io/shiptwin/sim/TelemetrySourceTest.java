package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.TelemetryReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelemetrySourceTest {
    private static final long START = 1_772_409_600_000L; // 2026-03-02T00:00:00Z
    private static final long PERIOD = 1_000L;
    private static final int SAMPLES = 10_000;

    @Test
    void sameSeedAndRunIdGiveBitIdenticalReadings() {
        List<TelemetrySource.Sample> first = samples(source(42L, "run-a"), SAMPLES);
        List<TelemetrySource.Sample> second = samples(source(42L, "run-a"), SAMPLES);

        for (int i = 0; i < SAMPLES; i++) {
            TelemetryReading a = first.get(i).reading();
            TelemetryReading b = second.get(i).reading();
            assertThat(rawBits(b.values())).as("values of sample %d", i).isEqualTo(rawBits(a.values()));
            assertThat(b).as("sample %d", i).isEqualTo(a);
            assertThat(second.get(i).topic()).isEqualTo(first.get(i).topic());
        }
    }

    @Test
    void differentSeedGivesDifferentValues() {
        List<TelemetrySource.Sample> seed42 = samples(source(42L, "run-a"), SAMPLES);
        List<TelemetrySource.Sample> seed43 = samples(source(43L, "run-a"), SAMPLES);

        int differing = 0;
        for (int i = 0; i < SAMPLES; i++) {
            if (!java.util.Arrays.equals(rawBits(seed42.get(i).reading().values()), rawBits(seed43.get(i).reading().values()))) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThan(SAMPLES / 2);
    }

    @Test
    void sequenceStartsAtOneAndIncreasesByOnePerStation() {
        Map<String, Long> lastSequence = new HashMap<>();
        for (TelemetrySource.Sample sample : samples(source(42L, "run-a"), SAMPLES)) {
            TelemetryReading r = sample.reading();
            long expected = lastSequence.getOrDefault(r.assetId(), 0L) + 1;
            assertThat(r.sequence()).as("sequence of %s", r.assetId()).isEqualTo(expected);
            lastSequence.put(r.assetId(), r.sequence());
        }
        assertThat(lastSequence).hasSize(7);
    }

    @Test
    void eventIdsAreUniqueAndCarryTheRunId() {
        Set<String> ids = new HashSet<>();
        for (TelemetrySource.Sample sample : samples(source(42L, "run-xyz"), SAMPLES)) {
            String id = sample.reading().eventId();
            assertThat(id).contains("run-xyz");
            ids.add(id);
        }
        assertThat(ids).hasSize(SAMPLES);
    }

    @Test
    void everyReadingOfARoundHasTheSameEventTime() {
        TelemetrySource source = source(42L, "run-a");
        for (int round = 0; round < 100; round++) {
            for (int station = 0; station < 7; station++) {
                assertThat(source.next().reading().eventTimeMillis()).as("round %d station %d", round, station)
                        .isEqualTo(START + round * PERIOD);
            }
        }
    }

    @Test
    void clockAdvancesBySamplePeriodOnlyAfterAFullRoundOfSevenStations() {
        TelemetrySource source = source(42L, "run-a");
        for (int i = 0; i < 6; i++) {
            source.next();
        }
        assertThat(source.simMillis()).isEqualTo(START);

        source.next();

        assertThat(source.simMillis()).isEqualTo(START + PERIOD);
    }

    @Test
    void publishesToTheTelemetryTopicOfEachStationInYardOrder() {
        TelemetrySource source = source(42L, "run-a");

        List<String> topics = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            topics.add(source.next().topic());
        }

        assertThat(topics).containsExactly(
                "shipyard/wenchong/dock-1/crane/GC-01/telemetry",
                "shipyard/wenchong/dock-1/crane/GC-02/telemetry",
                "shipyard/wenchong/panel-line/welding-robot/WR-01/telemetry",
                "shipyard/wenchong/panel-line/welding-robot/WR-02/telemetry",
                "shipyard/wenchong/panel-line/welding-robot/WR-03/telemetry",
                "shipyard/wenchong/panel-line/welding-robot/WR-04/telemetry",
                "shipyard/wenchong/paint-shop/paint-booth/PB-01/telemetry");
    }

    @Test
    void readingCarriesTheSourceOfItsTopic() {
        TelemetrySource source = source(42L, "run-a");
        for (int i = 0; i < 7; i++) {
            TelemetrySource.Sample sample = source.next();
            TelemetryReading r = sample.reading();
            String tag = Identifier.parse(r.assetId()).suffix().substring("EQ-".length());
            assertThat(sample.topic()).isEqualTo(String.join("/", "shipyard", r.site(), r.area(), r.assetType(), tag, "telemetry"));
        }
    }

    private static TelemetrySource source(long seed, String runId) {
        return new TelemetrySource(MinimalYard.stations(Identifier.DEFAULT_YARD_PREFIX, seed), runId, START, PERIOD);
    }

    private static List<TelemetrySource.Sample> samples(TelemetrySource source, int n) {
        List<TelemetrySource.Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(source.next());
        }
        return samples;
    }

    private static long[] rawBits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
