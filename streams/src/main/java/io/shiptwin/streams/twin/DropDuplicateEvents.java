package io.shiptwin.streams.twin;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Drops events already seen, by event id, per asset. The bridge delivers at least once, so
 * duplicates are expected; each one leaves by {@link #DUPLICATES} to be counted and stored.
 * Seen ids expire after {@code retention} so state stays bounded on a long run.
 */
public final class DropDuplicateEvents extends KeyedProcessFunction<String, IngestedReading, IngestedReading> {
    public static final OutputTag<DroppedEvent> DUPLICATES = new OutputTag<>("duplicates") {
    };

    private final Duration retention;
    private transient MapState<String, Boolean> seen;
    private transient Counter duplicates;

    public DropDuplicateEvents(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void open(OpenContext ctx) {
        MapStateDescriptor<String, Boolean> descriptor = new MapStateDescriptor<>("seen-event-ids", String.class, Boolean.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(retention)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getMapState(descriptor);
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicatesDropped");
    }

    @Override
    public void processElement(IngestedReading in, Context ctx, Collector<IngestedReading> out) throws Exception {
        String eventId = in.reading().eventId();
        if (seen.contains(eventId)) {
            duplicates.inc();
            ctx.output(DUPLICATES, DroppedEvent.duplicate(in, ctx.timerService().currentProcessingTime()));
            return;
        }
        seen.put(eventId, Boolean.TRUE);
        out.collect(in);
    }
}
