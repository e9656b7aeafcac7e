package io.shiptwin.model;

import static io.shiptwin.model.JsonFields.integer;
import static io.shiptwin.model.JsonFields.kind;
import static io.shiptwin.model.JsonFields.object;
import static io.shiptwin.model.JsonFields.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shiptwin.model.JsonFields.Invalid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The versioned JSON envelope of every yard message (schema: {@code schemas/envelope-v1.schema.json};
 * bodies: {@code schemas/events/*.body.schema.json}).
 *
 * <pre>{@code
 * {"schemaVersion":1,"eventId":"...","assetId":"88.118.8001/EQ-GC-01","sequence":42,
 *  "eventTime":"2026-03-02T08:00:00.000Z","type":"telemetry",
 *  "source":{"site":"wenchong","area":"dock-1","assetType":"crane"},
 *  "body":{"readings":{"load_t":120.5,"wind_ms":6.1}}}
 * }</pre>
 *
 * The {@code type} names an {@link EventType}; the body is that type's. Unknown fields are tolerated;
 * unknown schema versions and types are rejected with a reason. Decoding never throws for bad input:
 * the reason names the field path, what was expected and what was found. Thread-safe.
 */
public final class EnvelopeCodec {
    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE_TELEMETRY = "telemetry";

    /** Limits that keep one message from breaking a downstream store: they match the H2 columns. */
    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_CHANNELS = 64;
    /**
     * Doubles are read and written with Jackson's fast (Schubfach / FastDoubleParser) paths: every reading's
     * values go through here once at the sensor and once in the pipeline. Both round-trip exactly.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    /** Package-private for {@link CanonicalTelemetry}'s tests, which read with the same parser settings. */
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private EnvelopeCodec() {
    }

    /** ISO-8601 UTC with millis, always three fraction digits, as the contract says. */
    public static String formatEventTime(long epochMillis) {
        return EventTimes.format(epochMillis);
    }

    /** Encodes any yard event; the hot telemetry path is {@link #encode(TelemetryReading)}. */
    public static byte[] encode(YardEvent event) {
        if (event instanceof TelemetryReading r) {
            return encode(r);
        }
        BusinessEvent e = (BusinessEvent) event;
        ByteArrayOutputStream out = new ByteArrayOutputStream(384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeHeader(g, e, e.eventType().wireName());
            g.writeObjectFieldStart("body");
            EventBodyCodec.writeBody(g, e);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot encode " + e.eventId(), ex);
        }
        return out.toByteArray();
    }

    public static byte[] encode(TelemetryReading r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeHeader(g, r, TYPE_TELEMETRY);
            g.writeObjectFieldStart("body");
            g.writeObjectFieldStart("readings");
            for (int i = 0; i < r.channels().length; i++) {
                g.writeNumberField(r.channels()[i], r.values()[i]);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + r.eventId(), e);
        }
        return out.toByteArray();
    }

    private static void writeHeader(JsonGenerator g, YardEvent e, String type) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("eventId", e.eventId());
        g.writeStringField("assetId", e.assetId());
        g.writeNumberField("sequence", e.sequence());
        g.writeStringField("eventTime", formatEventTime(e.eventTimeMillis()));
        g.writeStringField("type", type);
        g.writeObjectFieldStart("source");
        g.writeStringField("site", e.site());
        g.writeStringField("area", e.area());
        g.writeStringField("assetType", e.assetType());
        g.writeEndObject();
    }

    /** Decodes a telemetry envelope; any other type is rejected. */
    @SuppressWarnings("unchecked")
    public static DecodeResult<TelemetryReading> decodeTelemetry(byte[] payload) {
        TelemetryReading canonical = payload == null ? null : CanonicalTelemetry.read(FACTORY, payload);
        if (canonical != null) {
            return new DecodeResult.Decoded<>(canonical);
        }
        return (DecodeResult<TelemetryReading>) (DecodeResult<?>) decode(payload, true);
    }

    /** Decodes an envelope of any {@link EventType}. */
    public static DecodeResult<YardEvent> decode(byte[] payload) {
        return decode(payload, false);
    }

    /** The general decoder, through a JSON tree: any field order, and an error message for everything it refuses. */
    static DecodeResult<YardEvent> decode(byte[] payload, boolean telemetryOnly) {
        if (payload == null || payload.length == 0) {
            return rejected("empty payload");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            return rejected("not JSON: " + e.getOriginalMessage() + " at " + location(e));
        } catch (IOException e) {
            return rejected("not JSON: " + e.getMessage());
        }
        if (root.isArray()) {
            return rejected(batchReason(payload));
        }
        try {
            return new DecodeResult.Decoded<>(read(root, telemetryOnly));
        } catch (Invalid e) {
            return rejected(e.getMessage());
        } catch (IllegalArgumentException e) {
            // A value the JSON checks let through but a record refuses: still a reason, never an exception.
            return rejected("$: " + e.getMessage());
        }
    }

    /**
     * Why an array payload is no event: a gateway's batch ({@link TelemetryBatch}) reaches validation whole only when
     * the bridge could not split it, or when something other than the bridge wrote it to Kafka.
     */
    private static String batchReason(byte[] payload) {
        try {
            int envelopes = TelemetryBatch.split(payload).size();
            return "$: a batch of " + envelopes + " envelopes in one record; the bridge forwards each envelope of a batch"
                    + " as its own record";
        } catch (IllegalArgumentException e) {
            return "a malformed telemetry batch (schemas/telemetry-batch-v1.schema.json): " + e.getMessage();
        }
    }

    private static YardEvent read(JsonNode root, boolean telemetryOnly) {
        if (root == null || !root.isObject()) {
            throw new Invalid("$: expected object, got " + kind(root));
        }
        checkVersion(root.get("schemaVersion"));
        String eventId = text(root, "eventId", "$.eventId", MAX_ID_LENGTH);
        String assetId = text(root, "assetId", "$.assetId", MAX_ID_LENGTH);
        try {
            Identifier.parse(assetId);
        } catch (IllegalArgumentException e) {
            throw new Invalid("$.assetId: " + e.getMessage());
        }
        long sequence = integer(root, "sequence", "$.sequence");
        if (sequence < 1) {
            throw new Invalid("$.sequence: must be >= 1, got " + sequence);
        }
        long eventTimeMillis = eventTime(text(root, "eventTime", "$.eventTime", 30));
        String typeName = text(root, "type", "$.type", MAX_NAME_LENGTH);
        EventType type = EventType.byWireName(typeName);
        if (telemetryOnly && type != EventType.TELEMETRY) {
            throw new Invalid("$.type: expected 'telemetry', got '" + typeName + "'");
        }
        if (type == null) {
            throw new Invalid("$.type: expected one of " + EventType.wireNames() + ", got '" + typeName + "'");
        }
        JsonNode source = object(root, "source", "$.source");
        String site = text(source, "site", "$.source.site", MAX_NAME_LENGTH);
        String area = text(source, "area", "$.source.area", MAX_NAME_LENGTH);
        String assetType = text(source, "assetType", "$.source.assetType", MAX_NAME_LENGTH);
        JsonNode body = object(root, "body", "$.body");
        if (type == EventType.TELEMETRY) {
            return TelemetryBody.read(body, eventId, assetId, sequence, eventTimeMillis, site, area, assetType);
        }
        EventHeader header = new EventHeader(eventId, assetId, sequence, eventTimeMillis, site, area, assetType);
        return EventBodyCodec.readBody(type, header, body);
    }

    private static void checkVersion(JsonNode version) {
        if (version == null) {
            throw new Invalid("$.schemaVersion: required, missing");
        }
        if (!version.isIntegralNumber()) {
            throw new Invalid("$.schemaVersion: expected integer, got " + kind(version));
        }
        if (!version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
            throw new Invalid("$.schemaVersion: unsupported version " + version.asText() + " (supported: " + SCHEMA_VERSION + ")");
        }
    }

    private static long eventTime(String eventTime) {
        try {
            return EventTimes.parse(eventTime);
        } catch (IllegalArgumentException e) {
            throw new Invalid("$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got '" + eventTime + "'");
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static <T> DecodeResult<T> rejected(String reason) {
        return new DecodeResult.Rejected<>(reason);
    }
}
