package io.shiptwin.streams.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.Topics;
import io.shiptwin.streams.maintenance.WorkOrder;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Work orders to the compacted {@code twin.workorders}, keyed by work order id: the latest state of each order. */
public final class WorkOrderRecordSerializer implements KafkaRecordSerializationSchema<WorkOrder> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ProducerRecord<byte[], byte[]> serialize(WorkOrder w, KafkaSinkContext ctx, Long timestamp) {
        try {
            return new ProducerRecord<>(Topics.TWIN_WORK_ORDERS, null, null, w.workOrderId().getBytes(StandardCharsets.UTF_8),
                    JSON.writeValueAsBytes(w));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write work order " + w.workOrderId(), e);
        }
    }
}
