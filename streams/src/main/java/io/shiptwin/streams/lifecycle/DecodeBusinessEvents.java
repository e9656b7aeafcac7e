package io.shiptwin.streams.lifecycle;

import java.util.List;
import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.DecodeResult;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.YardEvent;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.RawRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Decodes {@code yard.events.raw} records into business events with the hull entity they are about.
 * Unreadable records and anything that is not a business event leave by {@link #DEAD_LETTERS} with the
 * reason; business events about no ship or block are counted ({@code unattributedEvents}) and go no further
 * on the main output. Every decoded business event also leaves by {@link #ALL_EVENTS}.
 */
public final class DecodeBusinessEvents extends ProcessFunction<RawRecord, IngestedEvent> {
    public static final OutputTag<DroppedEvent> DEAD_LETTERS = new OutputTag<>("business-dead-letters") {
    };
    /**
     * Every decoded business event, about a ship or block or not (steel deliveries, energy of areas...): what the KPIs
     * and the quality join read. One stream, not a union of this operator's outputs: a union would merge two channels
     * whose watermarks and records interleave at random, and lateness would depend on it.
     */
    public static final OutputTag<IngestedEvent> ALL_EVENTS = new OutputTag<>("all-business-events") {
    };

    private transient Counter valid;
    private transient Counter invalid;
    private transient Counter unattributed;

    @Override
    public void open(OpenContext ctx) {
        valid = getRuntimeContext().getMetricGroup().counter("validBusinessEvents");
        invalid = getRuntimeContext().getMetricGroup().counter("businessDeadLetters");
        unattributed = getRuntimeContext().getMetricGroup().counter("unattributedEvents");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<IngestedEvent> out) {
        DecodeResult<YardEvent> result = EnvelopeCodec.decode(raw.value());
        String reason;
        if (result instanceof DecodeResult.Decoded<YardEvent> d) {
            if (d.value() instanceof BusinessEvent e) {
                valid.inc();
                // Every decoded event once, for the KPI windows (they need no entity; a design revision counts once).
                ctx.output(ALL_EVENTS, new IngestedEvent(e, HullEntity.of(e).orElse(null), raw.topic(), raw.partition(), raw.offset()));
                List<String> entities = HullEntity.all(e);
                if (entities.isEmpty()) {
                    unattributed.inc();
                    return;
                }
                // A design revision reaches each block it touched and their ships: one twin update each.
                for (String entity : entities) {
                    out.collect(new IngestedEvent(e, entity, raw.topic(), raw.partition(), raw.offset()));
                }
                return;
            }
            reason = "not a business event: " + d.value().getClass().getSimpleName() + " on " + raw.topic();
        } else {
            reason = ((DecodeResult.Rejected<YardEvent>) result).reason();
        }
        invalid.inc();
        ctx.output(DEAD_LETTERS, DroppedEvent.deadLetter(raw, reason, ctx.timerService().currentProcessingTime()));
    }
}
