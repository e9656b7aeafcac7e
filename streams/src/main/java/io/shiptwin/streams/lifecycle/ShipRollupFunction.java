package io.shiptwin.streams.lifecycle;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Rolls flows up to the ship (keyed by ship id): a ship's man-hours, cost and energy are its own plus the sum
 * of its blocks' and grand blocks'. Each delta comes from one unique event already de-duplicated by
 * {@link HullTwinFunction}, whose state is checkpointed with this one, so each event counts once.
 */
public final class ShipRollupFunction extends KeyedProcessFunction<String, FlowDelta, ShipTotals> {
    private transient ValueState<Totals> state;

    /** Keyed state; a Flink POJO. */
    public static class Totals {
        public long version;
        public double ownManHours;
        public double blocksManHours;
        public long ownCost;
        public long blocksCost;
        public String currency;
        public double ownEnergy;
        public double blocksEnergy;

        public Totals() {
        }
    }

    @Override
    public void open(OpenContext ctx) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("ship-totals", Totals.class));
    }

    @Override
    public void processElement(FlowDelta d, Context ctx, Collector<ShipTotals> out) throws Exception {
        Totals t = state.value();
        if (t == null) {
            t = new Totals();
        }
        long cost = 0;
        if (d.currency() != null && (t.currency == null || t.currency.equals(d.currency()))) {
            t.currency = d.currency();
            cost = d.costMinorUnits();
        }
        if (d.own()) {
            t.ownManHours += d.manHours();
            t.ownCost += cost;
            t.ownEnergy += d.energyKwh();
        } else {
            t.blocksManHours += d.manHours();
            t.blocksCost += cost;
            t.blocksEnergy += d.energyKwh();
        }
        t.version++;
        state.update(t);
        out.collect(new ShipTotals(ctx.getCurrentKey(), t.version, t.ownManHours, t.blocksManHours, t.ownCost, t.blocksCost,
                t.currency, t.ownEnergy, t.blocksEnergy, d.eventId(), ctx.timerService().currentProcessingTime()));
    }
}
