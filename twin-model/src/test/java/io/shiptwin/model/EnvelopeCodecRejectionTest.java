package io.shiptwin.model;

import static io.shiptwin.model.Envelopes.envelopeWith;
import static io.shiptwin.model.Envelopes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeCodecRejectionTest {

    @Test
    void rejectsEmptyPayload() {
        assertThat(EnvelopeCodec.decodeTelemetry(new byte[0])).isEqualTo(rejected("empty payload"));
    }

    @Test
    void rejectsNullPayloadAsEmpty() {
        assertThat(EnvelopeCodec.decodeTelemetry(null)).isEqualTo(rejected("empty payload"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{\"schemaVersion\":1,", "hello", "{'schemaVersion':1}", "\u0000\u0001"})
    void rejectsTextThatIsNotJsonWithReasonStartingNotJson(String payload) {
        assertThat(reasonFor(utf8(payload))).startsWith("not JSON");
    }

    @Test
    void rejectsTrailingTextAfterTheEnvelope() {
        byte[] valid = envelopeWith(e -> { });
        byte[] withGarbage = (new String(valid, java.nio.charset.StandardCharsets.UTF_8) + " garbage")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reasonFor(withGarbage)).startsWith("not JSON");
    }

    @Test
    void rejectsAGatewayBatchThatReachesValidationWholeSayingWhy() {
        assertThat(reasonFor(utf8("[{\"schemaVersion\":1},{\"schemaVersion\":1}]")))
                .isEqualTo("$: a batch of 2 envelopes in one record; the bridge forwards each envelope of a batch as its own record");
        assertThat(reasonFor(utf8("[{\"schemaVersion\":1}, 7]")))
                .isEqualTo("a malformed telemetry batch (schemas/telemetry-batch-v1.schema.json): $[1]: expected an envelope (object), got 7");
        assertThat(reasonFor(utf8("[]"))).endsWith("$: an empty batch");
    }

    @Test
    void rejectsUnknownSchemaVersionWithReason() {
        byte[] payload = envelopeWith(e -> e.put("schemaVersion", 2));

        assertThat(reasonFor(payload)).isEqualTo("$.schemaVersion: unsupported version 2 (supported: 1)");
    }

    static Stream<Arguments> invalidEnvelopes() {
        return Stream.of(
                bad("missing schemaVersion", e -> e.remove("schemaVersion"), "$.schemaVersion: required, missing"),
                bad("schemaVersion as string", e -> e.put("schemaVersion", "1"), "$.schemaVersion: expected integer, got string '1'"),
                bad("missing eventId", e -> e.remove("eventId"), "$.eventId: required, missing"),
                bad("empty eventId", e -> e.put("eventId", ""), "$.eventId: must not be empty"),
                bad("sequence 0", e -> e.put("sequence", 0), "$.sequence: must be >= 1, got 0"),
                bad("sequence negative", e -> e.put("sequence", -3), "$.sequence: must be >= 1, got -3"),
                bad("sequence as string", e -> e.put("sequence", "7"), "$.sequence: expected integer, got string '7'"),
                bad("eventTime not a time", e -> e.put("eventTime", "yesterday"),
                        "$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got 'yesterday'"),
                bad("eventTime month 13", e -> e.put("eventTime", "2026-13-02T08:00:00.000Z"),
                        "$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got '2026-13-02T08:00:00.000Z'"),
                bad("eventTime without millis", e -> e.put("eventTime", "2026-03-02T08:00:00Z"),
                        "$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got '2026-03-02T08:00:00Z'"),
                bad("eventTime with an offset", e -> e.put("eventTime", "2026-03-02T08:00:00.000+01:00"),
                        "$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got '2026-03-02T08:00:00.000+01:00'"),
                bad("schemaVersion 2^32+1", e -> e.put("schemaVersion", 4294967297L),
                        "$.schemaVersion: unsupported version 4294967297 (supported: 1)"),
                bad("sequence beyond a long", e -> e.put("sequence", new java.math.BigInteger("18446744073709551617")),
                        "$.sequence: expected integer, got number 18446744073709551617"),
                bad("eventId too long", e -> e.put("eventId", "x".repeat(201)), "$.eventId: at most 200 characters, got 201"),
                bad("area too long", e -> ((ObjectNode) e.get("source")).put("area", "a".repeat(65)),
                        "$.source.area: at most 64 characters, got 65"),
                bad("assetId without slash", e -> e.put("assetId", "88.118.8001-EQ-GC-01"),
                        "$.assetId: identifier '88.118.8001-EQ-GC-01' has no '/' between prefix and suffix"),
                bad("assetId with wrong prefix", e -> e.put("assetId", "99.118.8001/EQ-GC-01"),
                        "$.assetId: identifier prefix must be '88.{industry}.{enterprise}' with digits, got '99.118.8001'"),
                bad("type not telemetry", e -> e.put("type", "event"), "$.type: expected 'telemetry', got 'event'"),
                bad("missing source", e -> e.remove("source"), "$.source: required, missing"),
                bad("source missing site", e -> ((ObjectNode) e.get("source")).remove("site"), "$.source.site: required, missing"),
                bad("body not an object", e -> e.put("body", "readings"), "$.body: expected object, got string 'readings'"),
                bad("readings empty", e -> ((ObjectNode) e.get("body")).putObject("readings"),
                        "$.body.readings: expected at least one channel, got none"),
                bad("reading is a string", e -> ((ObjectNode) e.at("/body/readings")).put("load_t", "x"),
                        "$.body.readings.load_t: expected number, got string 'x'"),
                bad("reading is a boolean", e -> ((ObjectNode) e.at("/body/readings")).put("wind_speed_ms", true),
                        "$.body.readings.wind_speed_ms: expected number, got boolean true"),
                bad("reading is null", e -> ((ObjectNode) e.at("/body/readings")).putNull("motor_temp_c"),
                        "$.body.readings.motor_temp_c: expected number, got null"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidEnvelopes")
    void rejectsInvalidEnvelopeWithExactReason(String description, byte[] payload, String expectedReason) {
        assertThat(EnvelopeCodec.decodeTelemetry(payload)).isEqualTo(rejected(expectedReason));
    }

    private static Arguments bad(String description, java.util.function.Consumer<ObjectNode> change, String reason) {
        return Arguments.of(description, envelopeWith(change), reason);
    }

    private static String reasonFor(byte[] payload) {
        DecodeResult<TelemetryReading> result = EnvelopeCodec.decodeTelemetry(payload);
        assertThat(result).isInstanceOf(DecodeResult.Rejected.class);
        return ((DecodeResult.Rejected<TelemetryReading>) result).reason();
    }

    private static DecodeResult<TelemetryReading> rejected(String reason) {
        return new DecodeResult.Rejected<>(reason);
    }
}
