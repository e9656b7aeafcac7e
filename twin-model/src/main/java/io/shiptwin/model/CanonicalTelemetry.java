package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast path of {@link EnvelopeCodec#decodeTelemetry}: reads a telemetry envelope in the shape
 * {@link EnvelopeCodec#encode(TelemetryReading)} writes it (the fields in its order, nothing else) with one streaming
 * pass, where the general decoder builds a JSON tree first: decoding was 56 % of the ingest thread's time, the tree
 * alone 44 % (JFR, bench pipeline). This path takes about half the time per envelope.
 *
 * <p>It accepts only what the general decoder accepts, and decodes it to the same reading: anything it does not
 * recognise, valid or not, makes it answer null, and the general decoder decides, with its error messages.
 * {@code CanonicalTelemetryProperties} checks both against each other on generated and damaged envelopes.
 */
final class CanonicalTelemetry {
    private static final int MAX_EVENT_TIME_LENGTH = 30;
    /** The field names in the encoder's order; the parser matches each against the input's bytes without a lookup. */
    private static final SerializableString SCHEMA_VERSION = new SerializedString("schemaVersion");
    private static final SerializableString EVENT_ID = new SerializedString("eventId");
    private static final SerializableString ASSET_ID = new SerializedString("assetId");
    private static final SerializableString SEQUENCE = new SerializedString("sequence");
    private static final SerializableString EVENT_TIME = new SerializedString("eventTime");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString SITE = new SerializedString("site");
    private static final SerializableString AREA = new SerializedString("area");
    private static final SerializableString ASSET_TYPE = new SerializedString("assetType");
    private static final SerializableString BODY = new SerializedString("body");
    private static final SerializableString READINGS = new SerializedString("readings");
    /**
     * Asset identifiers already parsed: a yard has thousands of machines and each reports many times a second, while
     * {@link Identifier#parse}'s patterns were a quarter of this decoder's time. Emptied when full, so it stays small.
     */
    private static final int MAX_KNOWN_ASSETS = 16_384;
    private static final Map<String, Boolean> KNOWN_ASSETS = new ConcurrentHashMap<>();

    private CanonicalTelemetry() {
    }

    /** The reading, or null when the payload is not a valid envelope in the encoder's shape. */
    static TelemetryReading read(JsonFactory json, byte[] payload) {
        try (JsonParser p = json.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !isSchemaVersion(p)) {
                return null;
            }
            String eventId = text(p, EVENT_ID, EnvelopeCodec.MAX_ID_LENGTH);
            String assetId = text(p, ASSET_ID, EnvelopeCodec.MAX_ID_LENGTH);
            if (eventId == null || assetId == null) {
                return null;
            }
            checkIdentifier(assetId);
            if (!p.nextFieldName(SEQUENCE) || p.nextToken() != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return null;
            }
            long sequence = p.getLongValue();
            String eventTime = text(p, EVENT_TIME, MAX_EVENT_TIME_LENGTH);
            if (sequence < 1 || eventTime == null || !EnvelopeCodec.TYPE_TELEMETRY.equals(text(p, TYPE, EnvelopeCodec.MAX_NAME_LENGTH))) {
                return null;
            }
            long eventTimeMillis = EventTimes.parse(eventTime);
            if (!startObject(p, SOURCE)) {
                return null;
            }
            String site = text(p, SITE, EnvelopeCodec.MAX_NAME_LENGTH);
            String area = text(p, AREA, EnvelopeCodec.MAX_NAME_LENGTH);
            String assetType = text(p, ASSET_TYPE, EnvelopeCodec.MAX_NAME_LENGTH);
            if (site == null || area == null || assetType == null || p.nextToken() != JsonToken.END_OBJECT
                    || !startObject(p, BODY) || !startObject(p, READINGS)) {
                return null;
            }
            String[] channels = new String[8];
            double[] values = new double[8];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String channel = p.currentName();
                if (t != JsonToken.FIELD_NAME || n == EnvelopeCodec.MAX_CHANNELS || channel.isEmpty()
                        || channel.length() > EnvelopeCodec.MAX_NAME_LENGTH) {
                    return null;
                }
                JsonToken v = p.nextToken();
                if (v != JsonToken.VALUE_NUMBER_FLOAT && v != JsonToken.VALUE_NUMBER_INT) {
                    return null;
                }
                if (n == channels.length) {
                    channels = Arrays.copyOf(channels, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                channels[n] = channel;
                values[n++] = p.getDoubleValue();
            }
            // The readings' object is closed; then the body's and the envelope's, and nothing after them.
            if (n == 0 || p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            // The reading refuses a repeated channel or a value that is not finite: the general decoder answers those.
            return new TelemetryReading(eventId, assetId, sequence, eventTimeMillis, site, area, assetType,
                    Arrays.copyOf(channels, n), Arrays.copyOf(values, n));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Throws IllegalArgumentException for an identifier that does not resolve; the general decoder then says why. */
    private static void checkIdentifier(String assetId) {
        if (KNOWN_ASSETS.containsKey(assetId)) {
            return;
        }
        Identifier.parse(assetId);
        if (KNOWN_ASSETS.size() >= MAX_KNOWN_ASSETS) {
            KNOWN_ASSETS.clear();
        }
        KNOWN_ASSETS.put(assetId, Boolean.TRUE);
    }

    private static boolean isSchemaVersion(JsonParser p) throws IOException {
        return p.nextFieldName(SCHEMA_VERSION) && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == EnvelopeCodec.SCHEMA_VERSION;
    }

    private static boolean startObject(JsonParser p, SerializableString name) throws IOException {
        return p.nextFieldName(name) && p.nextToken() == JsonToken.START_OBJECT;
    }

    /** The field's non-empty string of at most {@code maxLength} characters, or null. */
    private static String text(JsonParser p, SerializableString name, int maxLength) throws IOException {
        if (!p.nextFieldName(name) || p.nextToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = p.getText();
        return s.isEmpty() || s.length() > maxLength ? null : s;
    }
}
