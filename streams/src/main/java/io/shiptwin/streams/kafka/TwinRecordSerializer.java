package io.shiptwin.streams.kafka;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.TwinJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Equipment twins to the compacted {@code twin.equipment} topic, keyed by asset identifier.
 *
 * <p>Records of ShipTwin's own topics carry no timestamp of their own, so the producer stamps the wall
 * clock. Flink would otherwise pass the element's event time: a simulated clock that may run days
 * ahead of the wall clock, and a broker rejects timestamps more than an hour in the future
 * ({@code log.message.timestamp.after.max.ms}), failing the job. Event time travels in the value.
 */
public final class TwinRecordSerializer implements KafkaRecordSerializationSchema<EquipmentTwin> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(EquipmentTwin t, KafkaSinkContext ctx, Long timestamp) {
        return new ProducerRecord<>(Topics.TWIN_EQUIPMENT, null, null,
                t.assetId().getBytes(StandardCharsets.UTF_8), TwinJson.equipmentTwin(t));
    }
}
