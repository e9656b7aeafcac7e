package io.shiptwin.streams.kafka;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.twin.DroppedEvent;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Dead letters to {@code yard.deadletter}: the value is the original bytes, untouched; the reason
 * and the source coordinates travel as headers so a consumer can inspect and replay.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DroppedEvent> {
    public static final String HEADER_REASON = "deadletter.reason";
    public static final String HEADER_SOURCE = "deadletter.source";

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DroppedEvent e, KafkaSinkContext ctx, Long timestamp) {
        byte[] key = e.sourceKey() == null ? null : e.sourceKey().getBytes(StandardCharsets.UTF_8);
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(Topics.DEAD_LETTER, null, null, key, e.payload());
        r.headers().add(HEADER_REASON, e.reason().getBytes(StandardCharsets.UTF_8));
        r.headers().add(HEADER_SOURCE, (e.sourceTopic() + "/" + e.sourcePartition() + "@" + e.sourceOffset())
                .getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
