package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;

/**
 * A decoded business event with the Kafka coordinates it was read from, and the hull entity it is about.
 *
 * @param entityId the ship, grand block or block the event changes ({@link HullEntity#of}); null if none
 */
public record IngestedEvent(BusinessEvent event, String entityId, String sourceTopic, int sourcePartition, long sourceOffset) {
}
