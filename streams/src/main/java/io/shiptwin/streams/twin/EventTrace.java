package io.shiptwin.streams.twin;

/**
 * Where an event was seen on its way to the twin: its Kafka coordinates and the wall-clock times at
 * the bridge and at Kafka. The twin's history keeps it so one event can be traced hop by hop.
 *
 * @param bridgeReceivedMillis when the bridge received it from MQTT; -1 if unknown
 * @param kafkaTimestampMillis the Kafka record timestamp (the producer's send time); -1 if unknown
 */
public record EventTrace(String sourceTopic, int sourcePartition, long sourceOffset, long bridgeReceivedMillis,
                         long kafkaTimestampMillis) {
    public static final EventTrace NONE = new EventTrace("", -1, -1, -1, -1);
}
