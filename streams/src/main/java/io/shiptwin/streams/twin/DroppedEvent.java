package io.shiptwin.streams.twin;

import io.shiptwin.model.TwinTables;

/**
 * An event that did not change the twin, and why: dead-lettered (unreadable) or a duplicate.
 * Nothing is dropped silently; every one is stored and counted.
 *
 * @param eventId   null when the payload could not be read
 * @param assetId   the asset's identifier; null when the payload could not be read
 * @param sourceKey the Kafka key of the record (the asset id of its MQTT topic); null if unknown
 * @param payload   the original bytes for dead letters; null for duplicates
 */
public record DroppedEvent(String kind, String sourceTopic, int sourcePartition, long sourceOffset,
                           String eventId, String assetId, String sourceKey, String reason, byte[] payload,
                           long recordedAtMillis) {

    public static DroppedEvent deadLetter(RawRecord raw, String reason, long now) {
        return new DroppedEvent(TwinTables.DROP_DEAD_LETTER, raw.topic(), raw.partition(), raw.offset(), null, null, raw.key(),
                reason, raw.value() == null ? new byte[0] : raw.value(), now);
    }

    public static DroppedEvent duplicate(IngestedReading r, long now) {
        return new DroppedEvent(TwinTables.DROP_DUPLICATE, r.sourceTopic(), r.sourcePartition(), r.sourceOffset(),
                r.reading().eventId(), r.reading().assetId(), null, "duplicate of event id " + r.reading().eventId(), null, now);
    }

    /** A duplicate of any event (telemetry or business) read from the given Kafka coordinates. */
    public static DroppedEvent duplicate(String topic, int partition, long offset, String eventId, String assetId, long now) {
        return new DroppedEvent(TwinTables.DROP_DUPLICATE, topic, partition, offset, eventId, assetId, null,
                "duplicate of event id " + eventId, null, now);
    }

    public boolean isDeadLetter() {
        return TwinTables.DROP_DEAD_LETTER.equals(kind);
    }
}
