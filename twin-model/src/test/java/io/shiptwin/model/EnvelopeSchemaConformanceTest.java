package io.shiptwin.model;

import static io.shiptwin.model.Envelopes.MAPPER;
import static io.shiptwin.model.Envelopes.envelopeWith;
import static io.shiptwin.model.Envelopes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema and the codec describe the same envelope. */
class EnvelopeSchemaConformanceTest {
    private static final String SCHEMA_RESOURCE = "schemas/envelope-v1.schema.json";
    private static Schema schema;

    @BeforeAll
    static void loadSchemaFromClasspath() throws IOException {
        try (InputStream in = EnvelopeSchemaConformanceTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("classpath resource " + SCHEMA_RESOURCE).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @Test
    void encodedCraneReadingValidatesAgainstTheSchema() throws IOException {
        assertThat(schemaErrors(EnvelopeCodec.encode(Envelopes.craneReading()))).isEmpty();
    }

    @Test
    void everyEncodedGeneratedReadingValidatesAgainstTheSchema() throws IOException {
        Envelopes.Generator generator = new Envelopes.Generator(8001L);
        for (int i = 0; i < 2_000; i++) {
            TelemetryReading reading = generator.next();

            assertThat(schemaErrors(EnvelopeCodec.encode(reading))).as("reading %d: %s", i, reading).isEmpty();
        }
    }

    static Stream<Arguments> invalidEnvelopes() {
        Stream<Arguments> missingRequired = Stream.of("schemaVersion", "eventId", "assetId", "sequence", "eventTime", "type", "source", "body")
                .map(field -> bad("missing " + field, e -> e.remove(field)));
        Stream<Arguments> wrongValues = Stream.of(
                bad("JSON array at top level", "[{\"schemaVersion\":1}]"),
                bad("JSON string at top level", "\"telemetry\""),
                bad("schemaVersion 2", e -> e.put("schemaVersion", 2)),
                bad("schemaVersion 0", e -> e.put("schemaVersion", 0)),
                bad("schemaVersion as string", e -> e.put("schemaVersion", "1")),
                bad("eventId empty", e -> e.put("eventId", "")),
                bad("eventId a number", e -> e.put("eventId", 17)),
                bad("assetId without slash", e -> e.put("assetId", "88.118.8001-EQ-GC-01")),
                bad("assetId prefix not 88", e -> e.put("assetId", "99.118.8001/EQ-GC-01")),
                bad("assetId prefix too short", e -> e.put("assetId", "88.118/EQ-GC-01")),
                bad("assetId suffix illegal character", e -> e.put("assetId", "88.118.8001/EQ GC 01")),
                bad("assetId empty suffix", e -> e.put("assetId", "88.118.8001/")),
                bad("sequence 0", e -> e.put("sequence", 0)),
                bad("sequence negative", e -> e.put("sequence", -1)),
                bad("sequence fractional", e -> e.put("sequence", 1.5)),
                bad("sequence as string", e -> e.put("sequence", "1")),
                bad("eventTime not a time", e -> e.put("eventTime", "yesterday")),
                bad("eventTime with space", e -> e.put("eventTime", "2026-03-02 08:00:00.000Z")),
                bad("eventTime as epoch number", e -> e.put("eventTime", 1_772_438_400_000L)),
                bad("type event", e -> e.put("type", "event")),
                bad("source not an object", e -> e.put("source", "dock-1")),
                bad("source missing area", e -> ((ObjectNode) e.get("source")).remove("area")),
                bad("source empty assetType", e -> ((ObjectNode) e.get("source")).put("assetType", "")),
                bad("body missing readings", e -> ((ObjectNode) e.get("body")).remove("readings")),
                bad("readings empty", e -> ((ObjectNode) e.get("body")).putObject("readings")),
                bad("readings an array", e -> ((ObjectNode) e.get("body")).putArray("readings").add(1.0)),
                bad("reading a string", e -> ((ObjectNode) e.at("/body/readings")).put("load_t", "x")),
                bad("reading a boolean", e -> ((ObjectNode) e.at("/body/readings")).put("load_t", false)),
                bad("reading null", e -> ((ObjectNode) e.at("/body/readings")).putNull("load_t")),
                bad("reading an object", e -> ((ObjectNode) e.at("/body/readings")).putObject("load_t").put("value", 1)));
        return Stream.concat(missingRequired, wrongValues);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidEnvelopes")
    void schemaAndCodecBothRejectInvalidEnvelope(String description, byte[] payload) throws IOException {
        assertThat(schemaErrors(payload)).as("schema errors").isNotEmpty();
        assertThat(EnvelopeCodec.decodeTelemetry(payload)).as("codec result").isInstanceOf(DecodeResult.Rejected.class);
    }

    private static Arguments bad(String description, Consumer<ObjectNode> change) {
        return Arguments.of(description, envelopeWith(change));
    }

    private static Arguments bad(String description, String json) {
        return Arguments.of(description, utf8(json));
    }

    private static List<Error> schemaErrors(byte[] payload) throws IOException {
        return schema.validate(MAPPER.readTree(payload));
    }
}
