package io.shiptwin.streams.twin;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * What goes to the compacted {@code twin.equipment} topic: an asset's first new version at once, then at most one
 * version per interval, always the newest. A busy machine reports hundreds of readings a second; a consumer of a
 * compacted topic wants its current state, and compaction would throw the versions in between away anyway. Kafka
 * Streams' record cache does the same for a KTable's changelog. Every version still reaches the history table.
 *
 * <p>The held version and the timer are keyed state, part of every checkpoint: after a restore the timer fires and the
 * topic ends with the newest version, as it would have without the failure. The telemetry source is unbounded, so a
 * held version is never left behind by the end of the input.
 */
public final class NewestTwinPerInterval extends KeyedProcessFunction<String, EquipmentTwin, EquipmentTwin> {
    private final long intervalMillis;
    private transient ValueState<EquipmentTwin> held;
    /** The end of the current interval, or null when the asset was quiet for a whole interval. */
    private transient ValueState<Long> intervalEnd;
    private transient Counter skipped;

    public NewestTwinPerInterval(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval between twin records must be positive, not " + interval);
        }
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void open(OpenContext ctx) {
        held = getRuntimeContext().getState(new ValueStateDescriptor<>("held-twin", EquipmentTwin.class));
        intervalEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("interval-end", Long.class));
        skipped = getRuntimeContext().getMetricGroup().counter("twinVersionsNotPublished");
    }

    @Override
    public void processElement(EquipmentTwin twin, Context ctx, Collector<EquipmentTwin> out) throws Exception {
        if (intervalEnd.value() == null) {
            out.collect(twin);
            startInterval(ctx.timerService().currentProcessingTime(), ctx);
            return;
        }
        EquipmentTwin before = held.value();
        if (before != null) {
            skipped.inc();
            if (before.version() > twin.version()) {
                return; // only a replay after a restore brings an older version: it never replaces a newer one
            }
        }
        held.update(twin);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EquipmentTwin> out) throws Exception {
        EquipmentTwin newest = held.value();
        if (newest == null) {
            intervalEnd.clear();
            return;
        }
        out.collect(newest);
        held.clear();
        startInterval(timestamp, ctx);
    }

    private void startInterval(long now, Context ctx) throws Exception {
        long end = now + intervalMillis;
        intervalEnd.update(end);
        ctx.timerService().registerProcessingTimeTimer(end);
    }
}
