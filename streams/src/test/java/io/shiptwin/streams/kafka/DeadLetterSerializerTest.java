package io.shiptwin.streams.kafka;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.RawRecord;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterSerializerTest {
    private static final byte[] ORIGINAL = {'{', '"', 'x', (byte) 0xC3, (byte) 0x28, 0, '}'};

    private static ProducerRecord<byte[], byte[]> serialize() {
        RawRecord raw = new RawRecord("yard.telemetry.raw", 4, 1234L, CRANE, ORIGINAL.clone(), T0);
        DroppedEvent dead = DroppedEvent.deadLetter(raw, "$.schemaVersion: required, missing", T0);
        return new DeadLetterSerializer().serialize(dead, null, T0);
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void goesToTheDeadLetterTopic() {
        assertThat(serialize().topic()).isEqualTo("yard.deadletter");
    }

    @Test
    void valueIsTheOriginalBytesUnchanged() {
        assertThat(serialize().value()).isEqualTo(ORIGINAL);
    }

    @Test
    void reasonTravelsInTheReasonHeader() {
        assertThat(header(serialize(), "deadletter.reason")).isEqualTo("$.schemaVersion: required, missing");
    }

    @Test
    void sourceCoordinatesTravelInTheSourceHeader() {
        assertThat(header(serialize(), "deadletter.source")).isEqualTo("yard.telemetry.raw/4@1234");
    }

    @Test
    void keyIsTheSourceKeyAndTheTimestampIsLeftToTheProducer() {
        ProducerRecord<byte[], byte[]> r = serialize();
        assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(CRANE);
        assertThat(r.timestamp()).as("the producer stamps the wall clock, never the simulated event time").isNull();
    }
}
