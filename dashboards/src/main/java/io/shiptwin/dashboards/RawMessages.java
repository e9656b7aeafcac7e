package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads single records of the yard's Kafka topics: the raw message behind a lineage row or a non-conformance.
 *
 * <p>Each call opens a short-lived consumer with no group id (it commits nothing and joins no group), assigns the
 * partition, seeks to the offset and polls until the record arrives or the timeout passes. Only the topics of
 * {@link Topics} can be read. The outcome says which of found / not there (deleted by retention, compacted away, not
 * written yet) / Kafka unreachable it was, so the API can answer 200, 404 or 503.
 */
final class RawMessages {
    /** The topics of {@link Topics} a raw message may be read from. */
    static final Set<String> TOPICS = Set.of(Topics.TELEMETRY_RAW, Topics.EVENTS_RAW, Topics.DEAD_LETTER, Topics.TWIN_EQUIPMENT,
            Topics.TWIN_BLOCKS, Topics.TWIN_SHIPS, Topics.TWIN_ALERTS, Topics.TWIN_KPIS, Topics.TWIN_WORK_ORDERS);

    /** Where a record is. */
    record Location(String topic, int partition, long offset) {
        TopicPartition topicPartition() {
            return new TopicPartition(topic, partition);
        }
    }

    /** A header; {@code value} as UTF-8 text (null for a null value). */
    public record RawHeader(String key, String value) {
    }

    /**
     * One record as it is in Kafka: {@code payload} is the value parsed as JSON when it is JSON
     * ({@code payloadFormat} {@code json}), else its text ({@code text}); {@code eventId} is the envelope's when it has one.
     */
    public record RawMessage(String topic, int partition, long offset, String timestamp, String timestampType, String key,
                             List<RawHeader> headers, String payloadFormat, Object payload, String eventId, int sizeBytes) {
    }

    /** Why a record could not be read. */
    static final class NotRead extends Exception {
        final int status;
        final String reason;

        NotRead(int status, String reason, String message) {
            super(message);
            this.status = status;
            this.reason = reason;
        }
    }

    private final String bootstrapServers;
    private final Duration timeout;
    private final ObjectMapper json;

    RawMessages(String bootstrapServers, Duration timeout, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        this.json = json;
    }

    /** Checks a topic name: one of {@link #TOPICS}. */
    static void checkTopic(String topic) throws NotRead {
        if (!TOPICS.contains(topic)) {
            throw new NotRead(400, "topic-not-allowed", "topic: '" + topic + "' is not one of the yard's topics "
                    + new TreeSet<>(TOPICS));
        }
    }

    /** The record at {@code location}; {@link NotRead} with 400, 404 or 503. */
    RawMessage read(Location location) throws NotRead {
        checkTopic(location.topic());
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = location.topicPartition();
            List<PartitionInfo> partitions;
            try {
                partitions = consumer.partitionsFor(location.topic(), timeout);
            } catch (TimeoutException e) {
                throw unreachable(e);
            }
            if (partitions == null || partitions.isEmpty()) {
                throw new NotRead(404, "topic-not-found", "topic " + location.topic() + " does not exist (yet) in Kafka");
            }
            if (partitions.stream().noneMatch(p -> p.partition() == location.partition())) {
                throw new NotRead(404, "partition-not-found", "topic " + location.topic() + " has " + partitions.size()
                        + " partitions: there is no partition " + location.partition());
            }
            Map<Location, ConsumerRecord<byte[], byte[]>> found;
            try {
                found = fetch(consumer, List.of(location));
            } catch (TimeoutException e) {
                throw unreachable(e);
            }
            ConsumerRecord<byte[], byte[]> record = found.get(location);
            if (record == null) {
                long start;
                long end;
                try {
                    start = consumer.beginningOffsets(List.of(tp), timeout).get(tp);
                    end = consumer.endOffsets(List.of(tp), timeout).get(tp);
                } catch (TimeoutException e) {
                    throw unreachable(e);
                }
                String where = location.topic() + "/" + location.partition() + "@" + location.offset();
                String why = location.offset() < start ? "is before the log start " + start + " (deleted by retention)"
                        : location.offset() >= end ? "is at or after the log end " + end + " (not written yet)"
                        : "is not in the log (compacted away, or a transaction marker)";
                throw new NotRead(404, "offset-not-found", "no record at " + where + ": offset " + location.offset() + " " + why);
            }
            return message(record);
        }
    }

    /**
     * Several records with one consumer, for enriching lists; the ones not there are left out. Throws
     * {@link NotRead} (503) only when Kafka does not answer.
     */
    Map<Location, RawMessage> readAll(Collection<Location> locations) throws NotRead {
        Map<Location, RawMessage> out = new LinkedHashMap<>();
        List<Location> allowed = locations.stream().filter(l -> TOPICS.contains(l.topic())).distinct().toList();
        if (allowed.isEmpty()) {
            return out;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            try {
                consumer.partitionsFor(allowed.get(0).topic(), timeout);
            } catch (TimeoutException e) {
                throw unreachable(e);
            }
            try {
                fetch(consumer, allowed).forEach((l, r) -> out.put(l, message(r)));
            } catch (TimeoutException e) {
                throw unreachable(e);
            }
        }
        return out;
    }

    /**
     * Seeks each partition to its smallest wanted offset still missing and polls until every wanted record was seen or
     * passed, or the timeout ends.
     */
    private Map<Location, ConsumerRecord<byte[], byte[]>> fetch(KafkaConsumer<byte[], byte[]> consumer, List<Location> wanted) {
        Map<TopicPartition, TreeSet<Long>> missing = new HashMap<>();
        for (Location l : wanted) {
            missing.computeIfAbsent(l.topicPartition(), k -> new TreeSet<>()).add(l.offset());
        }
        Map<Location, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        consumer.assign(missing.keySet());
        missing.forEach((tp, offsets) -> consumer.seek(tp, offsets.first()));
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            var records = consumer.poll(Duration.ofMillis(Math.min(left, 500)));
            Set<TopicPartition> reseek = new java.util.HashSet<>();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                TreeSet<Long> offsets = missing.get(tp);
                if (offsets == null) {
                    continue;
                }
                if (offsets.remove(r.offset())) {
                    found.put(new Location(r.topic(), r.partition(), r.offset()), r);
                }
                // offsets below the one read are not in the log (compacted, markers): give them up
                offsets.headSet(r.offset(), false).clear();
                reseek.add(tp);
            }
            for (TopicPartition tp : reseek) {
                TreeSet<Long> offsets = missing.get(tp);
                if (offsets.isEmpty()) {
                    missing.remove(tp);
                    consumer.pause(List.of(tp));
                } else if (consumer.position(tp) < offsets.first()) {
                    consumer.seek(tp, offsets.first()); // skip the gap between two wanted records
                }
            }
            if (records.isEmpty()) {
                // nothing new: a wanted offset past the end, or a partition that has only markers left
                for (Map.Entry<TopicPartition, TreeSet<Long>> e : List.copyOf(missing.entrySet())) {
                    long position = consumer.position(e.getKey());
                    e.getValue().headSet(position, false).clear();
                    if (e.getValue().isEmpty()) {
                        missing.remove(e.getKey());
                    }
                }
                if (consumer.endOffsets(missing.keySet(), timeout).entrySet().stream()
                        .allMatch(e -> missing.get(e.getKey()).first() >= e.getValue())) {
                    break;
                }
            }
        }
        return found;
    }

    private RawMessage message(ConsumerRecord<byte[], byte[]> r) {
        List<RawHeader> headers = new ArrayList<>();
        for (Header h : r.headers()) {
            headers.add(new RawHeader(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
        }
        byte[] value = r.value();
        String text = value == null ? null : new String(value, StandardCharsets.UTF_8);
        Object payload = text;
        String format = value == null ? "null" : "text";
        String eventId = null;
        if (text != null) {
            try {
                JsonNode node = json.readTree(text);
                if (node != null && (node.isObject() || node.isArray())) {
                    payload = node;
                    format = "json";
                    JsonNode id = node.get("eventId");
                    eventId = id != null && id.isTextual() ? id.asText() : null;
                }
            } catch (java.io.IOException e) {
                // not JSON: shown as text
            }
        }
        return new RawMessage(r.topic(), r.partition(), r.offset(), r.timestamp() < 0 ? null : Instant.ofEpochMilli(r.timestamp()).toString(),
                r.timestampType().name, r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8), headers, format, payload,
                eventId, value == null ? 0 : value.length);
    }

    private NotRead unreachable(TimeoutException e) {
        return new NotRead(503, "kafka-unreachable", "Kafka at " + bootstrapServers + " did not answer within "
                + timeout.toMillis() + " ms: " + e.getMessage());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "shiptwin-dashboard-raw");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // an offset out of range (deleted, or not written yet) jumps to the end: nothing is read, and the caller says why
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // read_committed: a transactional producer's aborted records are not shown as if they had happened
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis()));
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
