package io.shiptwin.streams.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Topics;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullTwin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Hull twins to the compacted {@code twin.ships} (ships) and {@code twin.blocks} (blocks and grand blocks)
 * topics, keyed by identifier. No record timestamp: the producer stamps the wall clock (see
 * {@link TwinRecordSerializer}); event time travels in the value.
 */
public final class HullTwinRecordSerializer implements KafkaRecordSerializationSchema<HullTwin> {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public ProducerRecord<byte[], byte[]> serialize(HullTwin t, KafkaSinkContext ctx, Long timestamp) {
        return new ProducerRecord<>(t.isShip() ? Topics.TWIN_SHIPS : Topics.TWIN_BLOCKS, null, null,
                t.entityId().getBytes(StandardCharsets.UTF_8), json(t));
    }

    public static byte[] json(HullTwin t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("entityId", t.entityId());
            g.writeStringField("kind", t.kind());
            g.writeStringField("shipId", t.shipId());
            g.writeStringField("stage", t.stage());
            g.writeNumberField("version", t.version());
            g.writeNumberField("manHours", t.manHours());
            g.writeNumberField("costMinorUnits", t.costMinorUnits());
            g.writeStringField("currency", t.currency());
            g.writeNumberField("energyKwh", t.energyKwh());
            g.writeNumberField("inspectionsPassed", t.inspectionsPassed());
            g.writeNumberField("inspectionsFailed", t.inspectionsFailed());
            g.writeNumberField("nonConformancesOpened", t.nonConformancesOpened());
            g.writeBooleanField("delivered", t.delivered());
            g.writeStringField("lastEventId", t.lastEventId());
            g.writeStringField("lastEventTime", EnvelopeCodec.formatEventTime(t.lastEventTimeMillis()));
            g.writeArrayFieldStart("stages");
            LifecycleStage[] stages = LifecycleStage.values();
            for (int i = 0; i < stages.length; i++) {
                if (t.stageStarted()[i] < 0 && t.stageFinished()[i] < 0) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("stage", stages[i].name());
                if (t.stageStarted()[i] >= 0) {
                    g.writeStringField("startedAt", EnvelopeCodec.formatEventTime(t.stageStarted()[i]));
                }
                if (t.stageFinished()[i] >= 0) {
                    g.writeStringField("finishedAt", EnvelopeCodec.formatEventTime(t.stageFinished()[i]));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
