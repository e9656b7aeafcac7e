package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.streams.twin.DroppedEvent;

/**
 * A decoded business event with the Kafka coordinates it was read from, and the hull entity it is about.
 *
 * @param entityId the ship, grand block or block the event changes ({@link HullEntity#of}); null if none
 */
public record IngestedEvent(BusinessEvent event, String entityId, String sourceTopic, int sourcePartition, long sourceOffset) {

    /** This event dropped as a duplicate at {@code now}, with the Kafka coordinates of this copy. */
    public DroppedEvent duplicate(long now) {
        return DroppedEvent.duplicate(sourceTopic, sourcePartition, sourceOffset, event.eventId(), event.assetId(), now);
    }
}
