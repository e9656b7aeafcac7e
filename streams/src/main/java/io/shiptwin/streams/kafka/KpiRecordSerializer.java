package io.shiptwin.streams.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.Topics;
import io.shiptwin.streams.kpi.KpiValue;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** KPI values to the compacted {@code twin.kpis}, keyed {@code kpi|scope|WINDOW|start}: the latest value per window stays. */
public final class KpiRecordSerializer implements KafkaRecordSerializationSchema<KpiValue> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ProducerRecord<byte[], byte[]> serialize(KpiValue v, KafkaSinkContext ctx, Long timestamp) {
        try {
            return new ProducerRecord<>(Topics.TWIN_KPIS, null, null, v.key().getBytes(StandardCharsets.UTF_8), JSON.writeValueAsBytes(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write KPI " + v.key(), e);
        }
    }
}
