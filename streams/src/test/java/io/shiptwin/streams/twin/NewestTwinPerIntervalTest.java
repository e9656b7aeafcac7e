package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.CRANE_2;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class NewestTwinPerIntervalTest {
    private static final long INTERVAL = 100;

    private final Map<String, EquipmentAccumulator> twins = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    private static KeyedOneInputStreamOperatorTestHarness<String, EquipmentTwin, EquipmentTwin> newHarness() throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new NewestTwinPerInterval(Duration.ofMillis(INTERVAL))),
                EquipmentTwin::assetId, Types.STRING);
        h.setup();
        return h;
    }

    /** The next version of an asset's twin, as the twin function makes it. */
    private EquipmentTwin next(String assetId, double load) {
        EquipmentAccumulator acc = twins.computeIfAbsent(assetId, a -> new EquipmentAccumulator());
        int n = versions.merge(assetId, 1, Integer::sum);
        IngestedReading in = Readings.ingested(Readings.crane(assetId, assetId + "-e" + n, n, T0 + n * 1000L, load, 5), n);
        acc.apply(in.reading());
        return acc.snapshot(in.reading(), 0, in.trace());
    }

    @Test
    void theFirstVersionGoesAtOnceAndTheNewestOfTheIntervalAtItsEnd() throws Exception {
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);

            h.processElement(next(CRANE, 100), T0);
            assertThat(h.extractOutputValues()).extracting(EquipmentTwin::version).containsExactly(1L);

            h.processElement(next(CRANE, 110), T0);
            h.processElement(next(CRANE, 120), T0);
            h.processElement(next(CRANE, 130), T0);
            h.setProcessingTime(1_000 + INTERVAL - 1);
            assertThat(h.extractOutputValues()).as("held until the interval ends").hasSize(1);

            h.setProcessingTime(1_000 + INTERVAL);
            List<EquipmentTwin> out = h.extractOutputValues();
            assertThat(out).extracting(EquipmentTwin::version).containsExactly(1L, 4L);
            assertThat(out.get(1).last()[0]).isEqualTo(130);
            assertThat(out.get(1).max()[0]).isEqualTo(130);
        }
    }

    @Test
    void aQuietIntervalClosesAndTheNextChangeGoesAtOnceAgain() throws Exception {
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);
            h.processElement(next(CRANE, 100), T0);
            h.processElement(next(CRANE, 101), T0);
            h.setProcessingTime(1_100); // publishes version 2, opens another interval
            h.setProcessingTime(1_200); // nothing held: the interval closes
            h.setProcessingTime(5_000);
            assertThat(h.numProcessingTimeTimers()).isZero();

            h.processElement(next(CRANE, 102), T0);

            assertThat(h.extractOutputValues()).extracting(EquipmentTwin::version).containsExactly(1L, 2L, 3L);
            assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
        }
    }

    @Test
    void assetsAreHeldApart() throws Exception {
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);
            h.processElement(next(CRANE, 100), T0);
            h.processElement(next(CRANE, 101), T0);
            h.processElement(next(CRANE_2, 7), T0);
            h.processElement(next(CRANE_2, 8), T0);
            h.processElement(next(CRANE, 102), T0);
            h.setProcessingTime(1_100);

            assertThat(h.extractOutputValues()).extracting(EquipmentTwin::assetId, EquipmentTwin::version)
                    .containsExactlyInAnyOrder(tuple(CRANE, 1L), tuple(CRANE_2, 1L), tuple(CRANE, 3L), tuple(CRANE_2, 2L));
        }
    }

    @Test
    void aReplayedOlderVersionNeverReplacesANewerOneHeld() throws Exception {
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);
            EquipmentTwin v1 = next(CRANE, 100);
            EquipmentTwin v2 = next(CRANE, 110);
            EquipmentTwin v3 = next(CRANE, 120);
            h.processElement(v1, T0);
            h.processElement(v3, T0);
            h.processElement(v2, T0);
            h.setProcessingTime(1_100);

            assertThat(h.extractOutputValues()).extracting(EquipmentTwin::version).containsExactly(1L, 3L);
        }
    }

    @Test
    void aHeldVersionSurvivesARestoreAndIsPublishedWhenItsTimerFires() throws Exception {
        OperatorSubtaskState snapshot;
        try (var before = newHarness()) {
            before.open();
            before.setProcessingTime(1_000);
            before.processElement(next(CRANE, 100), T0);
            before.processElement(next(CRANE, 150), T0);
            snapshot = before.snapshot(1L, 1_050L);
            assertThat(before.extractOutputValues()).extracting(EquipmentTwin::version).containsExactly(1L);
        }

        try (var after = newHarness()) {
            after.initializeState(snapshot);
            after.open();
            after.setProcessingTime(2_000);

            assertThat(after.extractOutputValues()).singleElement().satisfies(t -> {
                assertThat(t.version()).isEqualTo(2);
                assertThat(t.last()[0]).isEqualTo(150);
            });
        }
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new NewestTwinPerInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }
}
