package io.shiptwin.streams.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class DecodeBusinessEventsTest {

    private static RawRecord raw(long offset, byte[] value) {
        return new RawRecord("yard.events.raw", 0, offset, "B101", value, 0L);
    }

    @Test
    void decodesAttributesAndDeadLettersTheRest() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new DecodeBusinessEvents()))) {
            h.open();
            h.processElement(raw(0, EnvelopeCodec.encode(Hulls.started(Hulls.BLOCK, "e1", 1, LifecycleStage.CUTTING))), 0L);
            h.processElement(raw(1, EnvelopeCodec.encode(Hulls.energy(Hulls.AREA, "e2", 2, 5))), 0L); // counted only
            h.processElement(raw(2, "not json".getBytes(StandardCharsets.UTF_8)), 0L);
            TelemetryReading telemetry = new TelemetryReading("t1", "88.118.8001/EQ-GC-01", 1, Hulls.T0, "wenchong", "dock-1",
                    "crane", new String[] {"load_t"}, new double[] {1});
            h.processElement(raw(3, EnvelopeCodec.encode(telemetry)), 0L);

            List<IngestedEvent> out = h.extractOutputValues();
            assertThat(out).singleElement().satisfies(e -> {
                assertThat(e.entityId()).isEqualTo(Hulls.BLOCK.toString());
                assertThat(e.sourceOffset()).isZero();
            });
            List<DroppedEvent> dead = h.getSideOutput(DecodeBusinessEvents.DEAD_LETTERS).stream().map(StreamRecord::getValue).toList();
            assertThat(dead).extracting(DroppedEvent::sourceOffset).containsExactly(2L, 3L);
            assertThat(dead).allSatisfy(d -> assertThat(d.isDeadLetter()).isTrue());
            assertThat(dead.get(1).reason()).startsWith("not a business event");
        }
    }
}
