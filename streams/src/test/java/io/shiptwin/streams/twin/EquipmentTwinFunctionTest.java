package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.CRANE_2;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class EquipmentTwinFunctionTest {

    private static KeyedOneInputStreamOperatorTestHarness<String, IngestedReading, EquipmentTwin> newHarness() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, IngestedReading, EquipmentTwin> h =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new EquipmentTwinFunction()),
                        r -> r.reading().assetId(), Types.STRING);
        h.setup();
        return h;
    }

    private static IngestedReading event(String assetId, int n, double load) {
        return Readings.ingested(Readings.crane(assetId, assetId + "-e" + n, n, T0 + n * 1000L, load, 5), n);
    }

    @Test
    void emitsOneTwinPerEventWithIncreasingVersion() throws Exception {
        try (var harness = newHarness()) {
            harness.open();
            harness.setProcessingTime(777L);

            harness.processElement(event(CRANE, 1, 100), T0);
            harness.processElement(event(CRANE, 2, 140), T0);
            harness.processElement(event(CRANE, 3, 120), T0);

            List<EquipmentTwin> twins = harness.extractOutputValues();
            assertThat(twins).extracting(EquipmentTwin::version).containsExactly(1L, 2L, 3L);
            assertThat(twins).extracting(t -> t.applied().eventId()).containsExactly(CRANE + "-e1", CRANE + "-e2", CRANE + "-e3");
            EquipmentTwin third = twins.get(2);
            assertThat(third.assetId()).isEqualTo(CRANE);
            assertThat(third.last()[0]).isEqualTo(120);
            assertThat(third.max()[0]).isEqualTo(140);
            assertThat(third.samples()[0]).isEqualTo(3);
            assertThat(third.updatedAtMillis()).isEqualTo(777L);
        }
    }

    @Test
    void keepsSeparateStatePerAsset() throws Exception {
        try (var harness = newHarness()) {
            harness.open();

            harness.processElement(event(CRANE, 1, 100), T0);
            harness.processElement(event(CRANE, 2, 110), T0);
            harness.processElement(event(CRANE_2, 1, 10), T0);

            List<EquipmentTwin> twins = harness.extractOutputValues();
            assertThat(twins).extracting(EquipmentTwin::assetId, EquipmentTwin::version)
                    .containsExactly(
                            tuple(CRANE, 1L),
                            tuple(CRANE, 2L),
                            tuple(CRANE_2, 1L));
            EquipmentTwin other = twins.get(2);
            assertThat(other.samples()).containsExactly(1, 1);
            assertThat(other.min()[0]).isEqualTo(10);
            assertThat(other.max()[0]).isEqualTo(10);
        }
    }

    @Test
    void restoredStateContinuesTheVersionAndStatistics() throws Exception {
        OperatorSubtaskState snapshot;
        try (var before = newHarness()) {
            before.open();
            before.processElement(event(CRANE, 1, 100), T0);
            before.processElement(event(CRANE, 2, 150), T0);
            before.processElement(event(CRANE, 3, 120), T0);
            snapshot = before.snapshot(1L, 1L);
        }

        try (var after = newHarness()) {
            after.initializeState(snapshot);
            after.open();
            after.processElement(event(CRANE, 4, 90), T0);

            assertThat(after.extractOutputValues()).singleElement().satisfies(t -> {
                assertThat(t.version()).isEqualTo(4);
                assertThat(t.samples()).containsExactly(4, 4);
                assertThat(t.min()[0]).isEqualTo(90);
                assertThat(t.max()[0]).isEqualTo(150);
                assertThat(t.mean()[0]).isEqualTo(115);
                assertThat(t.last()[0]).isEqualTo(90);
                assertThat(t.lastEventId()).isEqualTo(CRANE + "-e4");
            });
        }
    }
}
