package io.shiptwin.streams.twin;

import io.shiptwin.streams.bridge.MqttKafkaBridge;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Keeps the bytes and the coordinates; parsing happens in {@link ValidateTelemetry} where errors become dead letters. */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<RawRecord> out) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        out.collect(new RawRecord(r.topic(), r.partition(), r.offset(), key, r.value(), r.timestamp(), bridgeReceived(r)));
    }

    private static long bridgeReceived(ConsumerRecord<byte[], byte[]> r) {
        Header h = r.headers().lastHeader(MqttKafkaBridge.HEADER_BRIDGE_RECEIVED);
        if (h == null) {
            return -1;
        }
        try {
            return Long.parseLong(new String(h.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }
}
