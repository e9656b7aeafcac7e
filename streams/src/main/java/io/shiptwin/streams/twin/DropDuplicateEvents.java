package io.shiptwin.streams.twin;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Drops events already seen, by event id, per asset. The bridge delivers at least once, so
 * duplicates are expected; each one leaves by {@link #DUPLICATES} to be counted and stored.
 * Seen ids are remembered for at least {@code retention} (at most twice that, see {@link SeenEventIds}),
 * so state stays bounded on a long run; a processing-time timer clears the ids of an asset that has gone
 * quiet once their retention has run out, so machines that stop reporting leave no state behind.
 */
public final class DropDuplicateEvents extends KeyedProcessFunction<String, IngestedReading, IngestedReading> {
    public static final OutputTag<DroppedEvent> DUPLICATES = new OutputTag<>("duplicates") {
    };

    private final Duration retention;
    private transient SeenEventIds seen;
    private transient Counter duplicates;
    private transient Counter idleAssetsForgotten;

    public DropDuplicateEvents(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void open(OpenContext ctx) {
        seen = SeenEventIds.open(getRuntimeContext(), "seen-event-ids", retention);
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicatesDropped");
        idleAssetsForgotten = getRuntimeContext().getMetricGroup().counter("idleAssetsForgotten");
    }

    @Override
    public void processElement(IngestedReading in, Context ctx, Collector<IngestedReading> out) throws Exception {
        boolean first = seen.firstSighting(in.reading().eventId(), in.reading().sequence(), ctx.timerService().currentProcessingTime());
        seen.armForgetting(ctx.timerService());
        if (!first) {
            duplicates.inc();
            ctx.output(DUPLICATES, DroppedEvent.duplicate(in, ctx.timerService().currentProcessingTime()));
            return;
        }
        out.collect(in);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IngestedReading> out) throws Exception {
        if (seen.forgetIfIdle(timestamp)) {
            idleAssetsForgotten.inc();
        }
    }
}
