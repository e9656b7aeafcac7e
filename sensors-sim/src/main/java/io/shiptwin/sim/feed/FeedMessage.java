package io.shiptwin.sim.feed;

import io.shiptwin.model.YardEvent;

/** One event of the feed and the MQTT topic it is published on. */
public record FeedMessage(String topic, YardEvent event) {
}
