package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * The versioned JSON envelope of every yard message (schema: {@code schemas/envelope-v1.schema.json}).
 *
 * <pre>{@code
 * {"schemaVersion":1,"eventId":"...","assetId":"88.118.8001/EQ-GC-01","sequence":42,
 *  "eventTime":"2026-03-02T08:00:00.000Z","type":"telemetry",
 *  "source":{"site":"wenchong","area":"dock-1","assetType":"crane"},
 *  "body":{"readings":{"load_t":120.5,"wind_ms":6.1}}}
 * }</pre>
 *
 * Unknown fields are tolerated; unknown schema versions are rejected with a reason. Thread-safe.
 */
public final class EnvelopeCodec {
    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE_TELEMETRY = "telemetry";

    /** Limits that keep one message from breaking a downstream store: they match the H2 columns. */
    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_CHANNELS = 64;
    private static final java.util.regex.Pattern EVENT_TIME_PATTERN =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    /** ISO-8601 UTC with millis, always three fraction digits, as the contract says. */
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private EnvelopeCodec() {
    }

    public static String formatEventTime(long epochMillis) {
        return EVENT_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    public static byte[] encode(TelemetryReading r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("eventId", r.eventId());
            g.writeStringField("assetId", r.assetId());
            g.writeNumberField("sequence", r.sequence());
            g.writeStringField("eventTime", formatEventTime(r.eventTimeMillis()));
            g.writeStringField("type", TYPE_TELEMETRY);
            g.writeObjectFieldStart("source");
            g.writeStringField("site", r.site());
            g.writeStringField("area", r.area());
            g.writeStringField("assetType", r.assetType());
            g.writeEndObject();
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

    /** Decodes a telemetry envelope; never throws for bad input, the reason names the field path. */
    public static DecodeResult<TelemetryReading> decodeTelemetry(byte[] payload) {
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
        if (root == null || !root.isObject()) {
            return rejected("$: expected object, got " + kind(root));
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            return rejected("$.schemaVersion: required, missing");
        }
        if (!version.isIntegralNumber()) {
            return rejected("$.schemaVersion: expected integer, got " + kind(version));
        }
        if (!version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
            return rejected("$.schemaVersion: unsupported version " + version.asText() + " (supported: " + SCHEMA_VERSION + ")");
        }
        try {
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
            String eventTime = text(root, "eventTime", "$.eventTime", 30);
            long eventTimeMillis;
            try {
                if (!EVENT_TIME_PATTERN.matcher(eventTime).matches()) {
                    throw new DateTimeParseException("not yyyy-MM-ddTHH:mm:ss.SSSZ", eventTime, 0);
                }
                eventTimeMillis = Instant.parse(eventTime).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new Invalid("$.eventTime: expected ISO-8601 UTC with millis (2026-03-02T08:00:00.000Z), got '" + eventTime + "'");
            }
            String type = text(root, "type", "$.type", MAX_NAME_LENGTH);
            if (!TYPE_TELEMETRY.equals(type)) {
                throw new Invalid("$.type: expected 'telemetry', got '" + type + "'");
            }
            JsonNode source = object(root, "source", "$.source");
            String site = text(source, "site", "$.source.site", MAX_NAME_LENGTH);
            String area = text(source, "area", "$.source.area", MAX_NAME_LENGTH);
            String assetType = text(source, "assetType", "$.source.assetType", MAX_NAME_LENGTH);
            JsonNode readings = object(object(root, "body", "$.body"), "readings", "$.body.readings");
            int n = readings.size();
            if (n == 0) {
                throw new Invalid("$.body.readings: expected at least one channel, got none");
            }
            if (n > MAX_CHANNELS) {
                throw new Invalid("$.body.readings: at most " + MAX_CHANNELS + " channels, got " + n);
            }
            String[] channels = new String[n];
            double[] values = new double[n];
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = readings.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isEmpty() || e.getKey().length() > MAX_NAME_LENGTH) {
                    throw new Invalid("$.body.readings: channel names must be 1.." + MAX_NAME_LENGTH + " characters, got '" + e.getKey() + "'");
                }
                if (!e.getValue().isNumber()) {
                    throw new Invalid("$.body.readings." + e.getKey() + ": expected number, got " + kind(e.getValue()));
                }
                channels[i] = e.getKey();
                values[i] = e.getValue().doubleValue();
            }
            return new DecodeResult.Decoded<>(new TelemetryReading(eventId, assetId, sequence, eventTimeMillis,
                    site, area, assetType, channels, values));
        } catch (Invalid e) {
            return rejected(e.getMessage());
        }
    }

    private static String text(JsonNode parent, String field, String path, int maxLength) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new Invalid(path + ": required, missing");
        }
        if (!n.isTextual()) {
            throw new Invalid(path + ": expected string, got " + kind(n));
        }
        if (n.asText().isEmpty()) {
            throw new Invalid(path + ": must not be empty");
        }
        if (n.asText().length() > maxLength) {
            throw new Invalid(path + ": at most " + maxLength + " characters, got " + n.asText().length());
        }
        return n.asText();
    }

    private static long integer(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new Invalid(path + ": required, missing");
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new Invalid(path + ": expected integer, got " + kind(n));
        }
        return n.asLong();
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new Invalid(path + ": required, missing");
        }
        if (!n.isObject()) {
            throw new Invalid(path + ": expected object, got " + kind(n));
        }
        return n;
    }

    private static String kind(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        JsonNodeType t = n.getNodeType();
        return switch (t) {
            case STRING -> "string '" + n.asText() + "'";
            case NUMBER -> "number " + n.asText();
            case BOOLEAN -> "boolean " + n.asText();
            default -> t.name().toLowerCase();
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static <T> DecodeResult<T> rejected(String reason) {
        return new DecodeResult.Rejected<>(reason);
    }

    /** Internal control flow of the decoder; never escapes it. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
