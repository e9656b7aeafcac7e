package io.shiptwin.streams.lifecycle;

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
 * reason; business events about no ship or block are counted ({@code unattributedEvents}) and leave by
 * {@link #UNATTRIBUTED}, for the KPIs only.
 */
public final class DecodeBusinessEvents extends ProcessFunction<RawRecord, IngestedEvent> {
    public static final OutputTag<DroppedEvent> DEAD_LETTERS = new OutputTag<>("business-dead-letters") {
    };
    /** Business events about no ship or block (steel deliveries, energy of areas...): for the KPIs, not the hull twin. */
    public static final OutputTag<IngestedEvent> UNATTRIBUTED = new OutputTag<>("unattributed-business-events") {
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
                String entity = HullEntity.of(e).orElse(null);
                if (entity == null) {
                    unattributed.inc();
                    ctx.output(UNATTRIBUTED, new IngestedEvent(e, null, raw.topic(), raw.partition(), raw.offset()));
                    return;
                }
                out.collect(new IngestedEvent(e, entity, raw.topic(), raw.partition(), raw.offset()));
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
