package io.shiptwin.streams.lifecycle;

import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK_2;
import static io.shiptwin.streams.lifecycle.Hulls.SHIP;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.lifecycle.LifecycleStage;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The ship roll-up fed by the hull twin's flow deltas: own + blocks, each unique event once. */
class ShipRollupFunctionTest {

    private static <I, O> KeyedOneInputStreamOperatorTestHarness<String, I, O> open(
            org.apache.flink.streaming.api.functions.KeyedProcessFunction<String, I, O> f,
            org.apache.flink.api.java.functions.KeySelector<I, String> key) throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(f), key, Types.STRING);
        h.setup();
        h.open();
        return h;
    }

    /** Runs events through the hull twin and returns the flow deltas it forwards. */
    private static List<FlowDelta> deltas(BusinessEvent... events) throws Exception {
        try (var hull = ShipRollupFunctionTest.<IngestedEvent, HullTwin>open(new HullTwinFunction(Duration.ofHours(1)),
                IngestedEvent::entityId)) {
            long offset = 0;
            for (BusinessEvent e : events) {
                hull.processElement(Hulls.ingested(e, offset++), e.eventTimeMillis());
            }
            var side = hull.getSideOutput(HullTwinFunction.FLOW_DELTAS);
            return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
        }
    }

    @Test
    void aShipsFlowsAreItsOwnPlusItsBlocks() throws Exception {
        List<FlowDelta> deltas = deltas(
                Hulls.started(BLOCK, "s1", 1, LifecycleStage.CUTTING),  // no flow: no delta
                Hulls.manHours(BLOCK, "m1", 2, 8),
                Hulls.manHours(BLOCK, "m1", 2, 8),                       // duplicate: no delta
                Hulls.manHours(BLOCK_2, "m2", 3, 2.5),
                Hulls.manHours(SHIP, "m3", 4, 1),
                Hulls.cost(BLOCK, "c1", 5, 1000),
                Hulls.cost(SHIP, "c2", 6, 7));
        assertThat(deltas).extracting(FlowDelta::eventId).containsExactly("m1", "m2", "m3", "c1", "c2");
        assertThat(deltas).allSatisfy(d -> assertThat(d.shipId()).isEqualTo(SHIP.toString()));

        OperatorSubtaskState snapshot;
        try (var rollup = ShipRollupFunctionTest.<FlowDelta, ShipTotals>open(new ShipRollupFunction(), FlowDelta::shipId)) {
            for (FlowDelta d : deltas.subList(0, 3)) {
                rollup.processElement(d, 0L);
            }
            snapshot = rollup.snapshot(1L, 1L);
        }
        var restored = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new ShipRollupFunction()),
                FlowDelta::shipId, Types.STRING);
        restored.setup();
        restored.initializeState(snapshot);
        restored.open();
        for (FlowDelta d : deltas.subList(3, 5)) {
            restored.processElement(d, 0L);
        }
        List<ShipTotals> out = restored.extractOutputValues();
        ShipTotals t = out.get(out.size() - 1);
        restored.close();
        assertThat(t.shipId()).isEqualTo(SHIP.toString());
        assertThat(t.version()).isEqualTo(5);
        assertThat(t.ownManHours()).isEqualTo(1);
        assertThat(t.blocksManHours()).isEqualTo(10.5);
        assertThat(t.totalManHours()).isEqualTo(11.5);
        assertThat(t.ownCostMinorUnits()).isEqualTo(7);
        assertThat(t.blocksCostMinorUnits()).isEqualTo(1000);
        assertThat(t.totalCostMinorUnits()).isEqualTo(1007);
        assertThat(t.currency()).isEqualTo("CNY");
    }
}
