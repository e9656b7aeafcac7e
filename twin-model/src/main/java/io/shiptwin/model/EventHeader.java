package io.shiptwin.model;

import java.util.Objects;

/**
 * The envelope fields of a business event. Checked here with the codec's limits, so that every header
 * that can be built can also be sent and read back unchanged.
 *
 * @param assetId the identifier of the object the event is about, e.g. a block for {@code stage-started}
 */
public record EventHeader(String eventId, String assetId, long sequence, long eventTimeMillis, String site, String area,
        String assetType) {

    /** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the envelope's event time has a four-digit year. */
    public static final long MIN_EVENT_TIME_MILLIS = -62_167_219_200_000L;
    public static final long MAX_EVENT_TIME_MILLIS = 253_402_300_799_999L;

    public EventHeader {
        bounded("eventId", eventId, EnvelopeCodec.MAX_ID_LENGTH);
        bounded("assetId", assetId, EnvelopeCodec.MAX_ID_LENGTH);
        try {
            Identifier.parse(assetId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("assetId: " + e.getMessage(), e);
        }
        Require.atLeast("sequence", 1, sequence);
        if (eventTimeMillis < MIN_EVENT_TIME_MILLIS || eventTimeMillis > MAX_EVENT_TIME_MILLIS) {
            throw new IllegalArgumentException("eventTimeMillis: must be within years 0000..9999, got " + eventTimeMillis);
        }
        bounded("site", site, EnvelopeCodec.MAX_NAME_LENGTH);
        bounded("area", area, EnvelopeCodec.MAX_NAME_LENGTH);
        bounded("assetType", assetType, EnvelopeCodec.MAX_NAME_LENGTH);
    }

    private static void bounded(String field, String value, int maxLength) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException(field + ": must be 1.." + maxLength + " characters, got " + value.length());
        }
    }
}
