package io.shiptwin.model;

import static io.shiptwin.model.Envelopes.EIGHT_AM_MILLIS;
import static io.shiptwin.model.Envelopes.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeCodecRoundTripTest {

    @Test
    void decodesWhatItEncodesIntoAnEqualReading() {
        TelemetryReading original = Envelopes.craneReading();

        DecodeResult<TelemetryReading> result = EnvelopeCodec.decodeTelemetry(EnvelopeCodec.encode(original));

        assertThat(result).isEqualTo(new DecodeResult.Decoded<>(original));
    }

    @Test
    void roundTripPreservesEveryFieldOfTheReading() {
        TelemetryReading original = Envelopes.craneReading();

        TelemetryReading decoded = decoded(EnvelopeCodec.encode(original));

        assertThat(decoded.eventId()).isEqualTo("run-1:GC-01:42");
        assertThat(decoded.assetId()).isEqualTo("88.118.8001/EQ-GC-01");
        assertThat(decoded.sequence()).isEqualTo(42);
        assertThat(decoded.eventTimeMillis()).isEqualTo(EIGHT_AM_MILLIS + 123);
        assertThat(decoded.site()).isEqualTo("wenchong");
        assertThat(decoded.area()).isEqualTo("dock-1");
        assertThat(decoded.assetType()).isEqualTo("crane");
        assertThat(decoded.values()).containsExactly(120.5, 4.25, 6.1, 41.0);
    }

    @Test
    void roundTripPreservesChannelOrderEvenWhenNotAlphabetical() {
        TelemetryReading original = new TelemetryReading("e-1", "88.118.8001/EQ-WR-01", 1, 0, "wenchong", "panel-line",
                "welding-robot", new String[] {"zeta_v", "alpha_a", "mu_kj_mm"}, new double[] {3, 1, 2});

        TelemetryReading decoded = decoded(EnvelopeCodec.encode(original));

        assertThat(decoded.channels()).containsExactly("zeta_v", "alpha_a", "mu_kj_mm");
        assertThat(decoded.values()).containsExactly(3.0, 1.0, 2.0);
    }

    @Test
    void roundTripHoldsForManyGeneratedReadings() {
        Envelopes.Generator generator = new Envelopes.Generator(20260302L);
        for (int i = 0; i < 2_000; i++) {
            TelemetryReading original = generator.next();

            assertThat(decoded(EnvelopeCodec.encode(original))).as("reading %d: %s", i, original).isEqualTo(original);
        }
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "0,             1970-01-01T00:00:00.000Z",
            "1772438400000, 2026-03-02T08:00:00.000Z",
            "1772438400007, 2026-03-02T08:00:00.007Z",
            "1772438400120, 2026-03-02T08:00:00.120Z",
            "1772438459999, 2026-03-02T08:00:59.999Z"})
    void formatsEventTimeAsUtcWithExactlyThreeMillisDigits(long epochMillis, String expected) {
        assertThat(EnvelopeCodec.formatEventTime(epochMillis)).isEqualTo(expected);
    }

    @Test
    void writesEventTimeOfAWholeSecondWithThreeZeroMillisDigits() throws IOException {
        TelemetryReading onTheSecond = new TelemetryReading("e-1", "88.118.8001/EQ-GC-01", 1, EIGHT_AM_MILLIS,
                "wenchong", "dock-1", "crane", new String[] {"load_t"}, new double[] {1});

        JsonNode envelope = MAPPER.readTree(EnvelopeCodec.encode(onTheSecond));

        assertThat(envelope.get("eventTime").asText()).isEqualTo("2026-03-02T08:00:00.000Z");
    }

    @Test
    void writesSchemaVersionOneAndTypeTelemetry() throws IOException {
        JsonNode envelope = MAPPER.readTree(EnvelopeCodec.encode(Envelopes.craneReading()));

        assertThat(envelope.get("schemaVersion").isInt()).isTrue();
        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("type").asText()).isEqualTo("telemetry");
    }

    @Test
    void toleratesUnknownTopLevelFields() {
        byte[] payload = Envelopes.envelopeWith(e -> {
            e.put("traceId", "abc");
            e.putObject("futureBlock").put("x", 1);
        });

        assertThat(EnvelopeCodec.decodeTelemetry(payload)).isEqualTo(new DecodeResult.Decoded<>(Envelopes.craneReading()));
    }

    @Test
    void toleratesUnknownFieldsInsideSource() {
        byte[] payload = Envelopes.envelopeWith(e -> ((ObjectNode) e.get("source")).put("gateway", "gw-7").put("floor", 2));

        assertThat(EnvelopeCodec.decodeTelemetry(payload)).isEqualTo(new DecodeResult.Decoded<>(Envelopes.craneReading()));
    }

    @Test
    void decodesIntegralReadingValuesAsDoubles() {
        byte[] payload = Envelopes.envelopeWith(e -> ((ObjectNode) e.at("/body/readings")).put("load_t", 120));

        assertThat(decoded(payload).values()[0]).isEqualTo(120.0);
    }

    private static TelemetryReading decoded(byte[] payload) {
        DecodeResult<TelemetryReading> result = EnvelopeCodec.decodeTelemetry(payload);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        return ((DecodeResult.Decoded<TelemetryReading>) result).value();
    }
}
