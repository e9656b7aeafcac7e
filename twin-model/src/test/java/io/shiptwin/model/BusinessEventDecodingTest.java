package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiptwin.model.lifecycle.LifecycleStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The general decoder reads every event type; its reasons name the field path, the expectation and what it got. */
class BusinessEventDecodingTest {

    private static final StageStarted STAGE_STARTED = (StageStarted) ExampleEvents.all().get(1);

    @Test
    void decodesAStageStartedEventIntoItsRecord() {
        DecodeResult<YardEvent> result = EnvelopeCodec.decode(EnvelopeCodec.encode(STAGE_STARTED));

        assertThat(result).isEqualTo(new DecodeResult.Decoded<>(STAGE_STARTED));
        StageStarted decoded = (StageStarted) ((DecodeResult.Decoded<YardEvent>) result).value();
        assertThat(decoded.stage()).isEqualTo(LifecycleStage.PAINTING);
        assertThat(decoded.assetId()).isEqualTo("88.118.8001/BLK-H1234-B101");
    }

    @Test
    void writesTheWireTypeAndTheBodyFieldsUnderTheirRecordNames() {
        ObjectNode envelope = tree(EnvelopeCodec.encode(STAGE_STARTED));

        assertThat(envelope.get("type").asText()).isEqualTo("stage-started");
        assertThat(envelope.get("body").toString())
                .isEqualTo("{\"stage\":\"PAINTING\",\"workCentre\":\"88.118.8001/WC-PAINT-BOOTH-1\"}");
    }

    @Test
    void theOptionalEquipmentOfAStageEventIsWrittenOnlyWhenKnownAndAnOldEventWithoutItStillDecodes() {
        Identifier robot = Identifier.parse("88.118.8001/EQ-WR-01");
        StageStarted withUnit = new StageStarted(STAGE_STARTED.header(), LifecycleStage.PAINTING, STAGE_STARTED.workCentre(), robot);
        ObjectNode envelope = tree(EnvelopeCodec.encode(withUnit));
        assertThat(envelope.get("body").get("equipment").asText()).isEqualTo("88.118.8001/EQ-WR-01");
        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(withUnit))).isEqualTo(new DecodeResult.Decoded<>(withUnit));

        // An event of a producer that does not know the field (or sends null) decodes with no equipment.
        assertThat(STAGE_STARTED.equipment()).isNull();
        assertThat(EnvelopeCodec.decode(with(e -> ((ObjectNode) e.get("body")).putNull("equipment"))))
                .isEqualTo(new DecodeResult.Decoded<>(STAGE_STARTED));
        // Present but not an identifier: rejected with its path.
        assertThat(EnvelopeCodec.decode(with(e -> ((ObjectNode) e.get("body")).put("equipment", 7))))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.equipment: expected identifier string, got number 7"));
    }

    @Test
    void decodesTelemetryThroughTheGeneralDecoderToo() {
        TelemetryReading reading = Envelopes.craneReading();

        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(reading))).isEqualTo(new DecodeResult.Decoded<>(reading));
    }

    @Test
    void telemetryDecoderRejectsABusinessEventByItsType() {
        assertThat(EnvelopeCodec.decodeTelemetry(EnvelopeCodec.encode(STAGE_STARTED)))
                .isEqualTo(new DecodeResult.Rejected<>("$.type: expected 'telemetry', got 'stage-started'"));
    }

    @Test
    void toleratesUnknownFieldsInTheBody() {
        byte[] payload = with(e -> ((ObjectNode) e.get("body")).put("shift", "night").putObject("future").put("x", 1));

        assertThat(EnvelopeCodec.decode(payload)).isEqualTo(new DecodeResult.Decoded<>(STAGE_STARTED));
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                bad("unknown type", e -> e.put("type", "block-painted"),
                        "$.type: expected one of " + EventType.wireNames() + ", got 'block-painted'"),
                bad("schema version 2", e -> e.put("schemaVersion", 2), "$.schemaVersion: unsupported version 2 (supported: 1)"),
                bad("body field missing", e -> ((ObjectNode) e.get("body")).remove("workCentre"),
                        "$.body.workCentre: required, missing"),
                bad("stage not a stage", e -> ((ObjectNode) e.get("body")).put("stage", "GALVANISING"),
                        "$.body.stage: expected one of " + java.util.Arrays.toString(LifecycleStage.values())
                                + ", got string 'GALVANISING'"),
                bad("stage a number", e -> ((ObjectNode) e.get("body")).put("stage", 7),
                        "$.body.stage: expected one of " + java.util.Arrays.toString(LifecycleStage.values()) + ", got number 7"),
                bad("identifier malformed", e -> ((ObjectNode) e.get("body")).put("workCentre", "WC-PAINT-BOOTH-1"),
                        "$.body.workCentre: identifier 'WC-PAINT-BOOTH-1' has no '/' between prefix and suffix"),
                bad("identifier a number", e -> ((ObjectNode) e.get("body")).put("workCentre", 1),
                        "$.body.workCentre: expected identifier string, got number 1"),
                bad("body an array", e -> e.putArray("body"), "$.body: expected object, got array"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidEvents")
    void rejectsInvalidEventWithExactReason(String description, byte[] payload, String reason) {
        assertThat(EnvelopeCodec.decode(payload)).isEqualTo(new DecodeResult.Rejected<>(reason));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidEvents")
    void thePublishedSchemasRejectWhatTheCodecRejects(String description, byte[] payload, String reason) {
        assertThat(Schemas.errors(payload)).as(reason).isNotEmpty();
    }

    @Test
    void rejectsNegativeTonnesWithTheRecordsOwnMessageAtTheFieldPath() {
        byte[] payload = encodedWithBody(ExampleEvents.all().get(4), b -> b.put("quantityTonnes", -5));

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.quantityTonnes: must be a finite number >= 0, got -5.0"));
        assertThat(Schemas.errors(payload)).isNotEmpty();
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        byte[] payload = encodedWithBody(ExampleEvents.all().get(15), b -> b.put("energyKwh", "312.4"));

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.energyKwh: expected number, got string '312.4'"));
    }

    @Test
    void rejectsAFractionWhereAnIntegerBelongs() {
        byte[] payload = encodedWithBody(ExampleEvents.all().get(15), b -> b.put("periodMinutes", 15.5));

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.periodMinutes: expected integer, got number 15.5"));
    }

    @Test
    void rejectsABadIdentifierInsideAListNamingItsIndex() {
        byte[] payload = encodedWithBody(ExampleEvents.all().get(3),
                b -> b.putArray("blocksTouched").add("88.118.8001/BLK-H1234-B101").add("B102"));

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.blocksTouched[1]: identifier 'B102' has no '/' between prefix and suffix"));
    }

    @Test
    void rejectsAnInvalidCurrencyCode() {
        byte[] payload = encodedWithBody(ExampleEvents.all().get(14), b -> b.put("currency", "yuan"));

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.currency: expected an ISO 4217 code like CNY, got 'yuan'"));
    }

    @Test
    void rejectsATelemetryValueBeyondTheRangeOfADoubleInsteadOfThrowing() {
        byte[] payload = "{\"schemaVersion\":1,\"eventId\":\"e\",\"assetId\":\"88.118.8001/EQ-GC-01\",\"sequence\":1,\"eventTime\":\"2026-03-02T08:00:00.000Z\",\"type\":\"telemetry\",\"source\":{\"site\":\"s\",\"area\":\"a\",\"assetType\":\"crane\"},\"body\":{\"readings\":{\"load_t\":1e400}}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(EnvelopeCodec.decode(payload))
                .isEqualTo(new DecodeResult.Rejected<>("$.body.readings.load_t: expected finite number, got number Infinity"));
    }

    private static Arguments bad(String description, Consumer<ObjectNode> change, String reason) {
        return Arguments.of(description, with(change), reason);
    }

    private static byte[] with(Consumer<ObjectNode> change) {
        ObjectNode envelope = tree(EnvelopeCodec.encode(STAGE_STARTED));
        change.accept(envelope);
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodedWithBody(YardEvent event, Consumer<ObjectNode> change) {
        ObjectNode envelope = tree(EnvelopeCodec.encode(event));
        change.accept((ObjectNode) envelope.get("body"));
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(byte[] payload) {
        try {
            return (ObjectNode) Envelopes.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
