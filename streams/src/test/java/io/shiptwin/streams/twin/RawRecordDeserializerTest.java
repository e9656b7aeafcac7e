package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.bridge.MqttKafkaBridge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RawRecordDeserializerTest {

    private static List<RawRecord> deserialize(ConsumerRecord<byte[], byte[]> record) {
        List<RawRecord> out = new ArrayList<>();
        new RawRecordDeserializer().deserialize(record, new Collector<>() {
            @Override
            public void collect(RawRecord r) {
                out.add(r);
            }

            @Override
            public void close() {
            }
        });
        return out;
    }

    private static ConsumerRecord<byte[], byte[]> record(RecordHeaders headers) {
        return new ConsumerRecord<>("yard.telemetry.raw", 1, 77L, 1_700_000_000_123L, TimestampType.CREATE_TIME, 5, 3,
                "GC-01".getBytes(StandardCharsets.UTF_8), "abc".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }

    @Test
    void keepsCoordinatesKeyBytesAndTheBridgesReceiveTime() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(MqttKafkaBridge.HEADER_BRIDGE_RECEIVED, "1700000000100".getBytes(StandardCharsets.UTF_8));

        RawRecord raw = deserialize(record(headers)).get(0);

        assertThat(raw.key()).isEqualTo("GC-01");
        assertThat(raw.value()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.trace()).isEqualTo(new EventTrace("yard.telemetry.raw", 1, 77L, 1_700_000_000_100L, 1_700_000_000_123L));
    }

    @Test
    void aMissingOrGarbledBridgeHeaderMeansUnknownNotAFailure() {
        RecordHeaders garbled = new RecordHeaders();
        garbled.add(MqttKafkaBridge.HEADER_BRIDGE_RECEIVED, "soon".getBytes(StandardCharsets.UTF_8));

        assertThat(deserialize(record(new RecordHeaders())).get(0).bridgeReceivedMillis()).isEqualTo(-1);
        assertThat(deserialize(record(garbled)).get(0).bridgeReceivedMillis()).isEqualTo(-1);
    }
}
