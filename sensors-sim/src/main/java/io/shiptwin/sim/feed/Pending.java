package io.shiptwin.sim.feed;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import java.util.function.Function;

/**
 * A business event waiting for its header: the sequence number of its source is given when it is
 * published, in the feed's final order.
 *
 * @param time    simulated millis since the scenario start
 * @param subject the event's subject (its {@code assetId})
 * @param area    MQTT area level where it happened
 * @param segment MQTT type level: the subject's object kind or asset type
 * @param tag     MQTT asset level
 */
record Pending(long time, Identifier subject, String area, String segment, String tag, Function<EventHeader, BusinessEvent> body) {
}
