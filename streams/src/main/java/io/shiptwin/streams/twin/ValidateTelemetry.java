package io.shiptwin.streams.twin;

import io.shiptwin.model.DecodeResult;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.TelemetryReading;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Validates each raw record against the envelope contract. Invalid ones (not JSON, wrong schema
 * version, missing fields) leave by the {@link #DEAD_LETTERS} side output with the reason and the
 * original bytes: errors are values here, never exceptions that stop the job.
 */
public final class ValidateTelemetry extends ProcessFunction<RawRecord, IngestedReading> {
    public static final OutputTag<DroppedEvent> DEAD_LETTERS = new OutputTag<>("dead-letters") {
    };

    private transient Counter valid;
    private transient Counter invalid;

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
        valid = getRuntimeContext().getMetricGroup().counter("validEvents");
        invalid = getRuntimeContext().getMetricGroup().counter("deadLetters");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<IngestedReading> out) {
        DecodeResult<TelemetryReading> result = EnvelopeCodec.decodeTelemetry(raw.value());
        if (result instanceof DecodeResult.Decoded<TelemetryReading> d) {
            valid.inc();
            out.collect(new IngestedReading(d.value(), raw.topic(), raw.partition(), raw.offset(), raw.trace()));
        } else if (result instanceof DecodeResult.Rejected<TelemetryReading> r) {
            invalid.inc();
            ctx.output(DEAD_LETTERS, DroppedEvent.deadLetter(raw, r.reason(), ctx.timerService().currentProcessingTime()));
        }
    }
}
