package io.shiptwin.streams.twin;

/** A Kafka record as it arrived, before anything is trusted about its payload. */
public record RawRecord(String topic, int partition, long offset, String key, byte[] value, long kafkaTimestamp) {
}
