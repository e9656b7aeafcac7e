package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.TwinTables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidateTelemetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OneInputStreamOperatorTestHarness<RawRecord, IngestedReading> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(new ValidateTelemetry());
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static TelemetryReading reading() {
        return Readings.crane(CRANE, "evt-1", 7, T0, 120.5, 6.1);
    }

    private static RawRecord raw(byte[] value) {
        return new RawRecord("yard.telemetry.raw", 3, 42L, CRANE, value, T0);
    }

    private List<DroppedEvent> deadLetters() {
        Queue<StreamRecord<DroppedEvent>> side = harness.getSideOutput(ValidateTelemetry.DEAD_LETTERS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void validEnvelopeComesOutAsIngestedReadingWithItsKafkaCoordinates() throws Exception {
        harness.processElement(raw(EnvelopeCodec.encode(reading())), T0);

        assertThat(harness.extractOutputValues())
                .containsExactly(new IngestedReading(reading(), "yard.telemetry.raw", 3, 42L,
                        new EventTrace("yard.telemetry.raw", 3, 42L, -1, T0)));
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void bytesThatAreNotJsonGoToDeadLettersWithReasonAndOriginalBytes() throws Exception {
        byte[] payload = "not json".getBytes(StandardCharsets.UTF_8);

        harness.processElement(raw(payload), T0);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(TwinTables.DROP_DEAD_LETTER);
            assertThat(d.reason()).startsWith("not JSON: Unrecognized token 'not'");
            assertThat(d.payload()).isEqualTo("not json".getBytes(StandardCharsets.UTF_8));
            assertThat(d.sourceTopic()).isEqualTo("yard.telemetry.raw");
            assertThat(d.sourcePartition()).isEqualTo(3);
            assertThat(d.sourceOffset()).isEqualTo(42L);
        });
    }

    @Test
    void schemaVersionTwoGoesToDeadLettersAsUnsupported() throws Exception {
        ObjectNode envelope = (ObjectNode) JSON.readTree(EnvelopeCodec.encode(reading()));
        envelope.put("schemaVersion", 2);
        byte[] payload = JSON.writeValueAsBytes(envelope);

        harness.processElement(raw(payload.clone()), T0);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("$.schemaVersion: unsupported version 2 (supported: 1)");
            assertThat(d.payload()).isEqualTo(payload);
        });
    }

    @Test
    void envelopeWithoutEventIdGoesToDeadLettersNamingTheMissingField() throws Exception {
        ObjectNode envelope = (ObjectNode) JSON.readTree(EnvelopeCodec.encode(reading()));
        envelope.remove("eventId");
        byte[] payload = JSON.writeValueAsBytes(envelope);

        harness.processElement(raw(payload.clone()), T0);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("$.eventId: required, missing");
            assertThat(d.eventId()).isNull();
            assertThat(d.assetId()).isNull();
            assertThat(d.sourceKey()).isEqualTo(CRANE);
            assertThat(d.payload()).isEqualTo(payload);
        });
    }
}
