package io.shiptwin.model;

/**
 * Everything the yard reports, as one sealed hierarchy: sensor telemetry, and the business events of
 * every data flow. Each travels in the same versioned envelope ({@link EnvelopeCodec}); the accessors
 * here are the envelope's header, the rest is the body.
 */
public sealed interface YardEvent permits TelemetryReading, BusinessEvent {

    /** Globally unique; duplicates are dropped by it. */
    String eventId();

    /** The identifier of the object the event is about (the envelope's {@code assetId}). */
    String assetId();

    /** Per-source sequence number, from 1. */
    long sequence();

    /** Event time on the simulated clock, epoch millis UTC. */
    long eventTimeMillis();

    String site();

    String area();

    /** The namespace level of the source: an {@link AssetType} or {@link ObjectKind} topic segment. */
    String assetType();

    /** The wire type and data flow of this event. */
    default EventType eventType() {
        return EventType.of(getClass());
    }
}
