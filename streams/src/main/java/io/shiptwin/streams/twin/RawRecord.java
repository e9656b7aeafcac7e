package io.shiptwin.streams.twin;

/**
 * A Kafka record as it arrived, before anything is trusted about its payload.
 *
 * @param bridgeReceivedMillis the bridge's receive time from the record's header; -1 if absent
 */
public record RawRecord(String topic, int partition, long offset, String key, byte[] value, long kafkaTimestamp,
                        long bridgeReceivedMillis) {

    public RawRecord(String topic, int partition, long offset, String key, byte[] value, long kafkaTimestamp) {
        this(topic, partition, offset, key, value, kafkaTimestamp, -1);
    }

    public EventTrace trace() {
        return new EventTrace(topic, partition, offset, bridgeReceivedMillis, kafkaTimestamp);
    }
}
