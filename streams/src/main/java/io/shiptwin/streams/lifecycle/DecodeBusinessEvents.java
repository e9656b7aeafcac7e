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
 * reason; business events about no ship or block are counted ({@code unattributedEvents}) and go no further.
 */
public final class DecodeBusinessEvents extends ProcessFunction<RawRecord, IngestedEvent> {
    public static final OutputTag<DroppedEvent> DEAD_LETTERS = new OutputTag<>("business-dead-letters") {
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
