package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;

/** A valid reading and where in Kafka it came from (so that a drop can be traced to its record). */
public record IngestedReading(TelemetryReading reading, String sourceTopic, int sourcePartition, long sourceOffset) {
}
