package io.shiptwin.streams.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.Topics;
import io.shiptwin.streams.health.Alert;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Alerts to {@code twin.alerts}, keyed by alert id (opening and clearing of one alert share the key). */
public final class AlertRecordSerializer implements KafkaRecordSerializationSchema<Alert> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Alert a, KafkaSinkContext ctx, Long timestamp) {
        try {
            return new ProducerRecord<>(Topics.TWIN_ALERTS, null, null, a.alertId().getBytes(StandardCharsets.UTF_8),
                    JSON.writeValueAsBytes(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + a.alertId(), e);
        }
    }
}
