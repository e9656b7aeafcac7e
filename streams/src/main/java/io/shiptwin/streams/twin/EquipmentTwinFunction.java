package io.shiptwin.streams.twin;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keeps the twin of each piece of equipment (keyed by asset id) and emits its new version per unique event. */
public final class EquipmentTwinFunction extends KeyedProcessFunction<String, IngestedReading, EquipmentTwin> {
    private transient ValueState<EquipmentAccumulator> state;
    private transient Counter updates;

    @Override
    public void open(OpenContext ctx) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("equipment-twin", EquipmentAccumulator.class));
        updates = getRuntimeContext().getMetricGroup().counter("twinUpdates");
    }

    @Override
    public void processElement(IngestedReading in, Context ctx, Collector<EquipmentTwin> out) throws Exception {
        EquipmentAccumulator acc = state.value();
        if (acc == null) {
            acc = new EquipmentAccumulator();
        }
        acc.apply(in.reading());
        state.update(acc);
        updates.inc();
        out.collect(acc.snapshot(in.reading(), ctx.timerService().currentProcessingTime(), in.trace()));
    }
}
