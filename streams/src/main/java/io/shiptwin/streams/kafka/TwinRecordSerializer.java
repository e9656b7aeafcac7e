package io.shiptwin.streams.kafka;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.TwinJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Equipment twins to the compacted {@code twin.equipment} topic, keyed by asset identifier. */
public final class TwinRecordSerializer implements KafkaRecordSerializationSchema<EquipmentTwin> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(EquipmentTwin t, KafkaSinkContext ctx, Long timestamp) {
        return new ProducerRecord<>(Topics.TWIN_EQUIPMENT, null, timestamp,
                t.assetId().getBytes(StandardCharsets.UTF_8), TwinJson.equipmentTwin(t));
    }
}
