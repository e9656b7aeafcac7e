package io.shiptwin.dashboards;

import io.shiptwin.model.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads record counts and the twin job's committed offsets from Kafka with one long-lived admin client.
 *
 * <p>Every call carries an explicit timeout because a dashboard that hangs on a dead broker is worse
 * than one that says "Kafka DOWN": when the cluster does not answer, the counts are
 * {@link PipelineSnapshot.KafkaCounts#UNREACHABLE}.
 */
final class KafkaOffsets implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaOffsets.class);
    private static final List<String> COUNTED_TOPICS =
            List.of(Topics.TELEMETRY_RAW, Topics.EVENTS_RAW, Topics.DEAD_LETTER, Topics.TWIN_EQUIPMENT);

    private final String bootstrapServers;
    private final Duration timeout;
    private Admin admin;

    KafkaOffsets(String bootstrapServers, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    synchronized PipelineSnapshot.KafkaCounts read() {
        try {
            Admin client = admin();
            int ms = (int) timeout.toMillis();
            client.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).clusterId().get(ms, TimeUnit.MILLISECONDS);
            return count(client, ms);
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            LOG.debug("Kafka at {} not reachable: {}", bootstrapServers, e.toString());
            return PipelineSnapshot.KafkaCounts.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PipelineSnapshot.KafkaCounts.UNREACHABLE;
        }
    }

    private PipelineSnapshot.KafkaCounts count(Admin client, int ms)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = client.listTopics(new ListTopicsOptions().timeoutMs(ms)).names()
                .get(ms, TimeUnit.MILLISECONDS);
        List<String> present = COUNTED_TOPICS.stream().filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = client.describeTopics(present, new DescribeTopicsOptions().timeoutMs(ms))
                .allTopicNames().get(ms, TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> beginning = offsets(client, partitions, OffsetSpec.earliest(), ms);
        Map<TopicPartition, Long> end = offsets(client, partitions, OffsetSpec.latest(), ms);
        Map<TopicPartition, Long> committed = committedTelemetry(client, ms);

        long committedSum = committed.values().stream().mapToLong(Long::longValue).sum();
        long lag = partitions.stream()
                .filter(tp -> tp.topic().equals(Topics.TELEMETRY_RAW))
                .mapToLong(tp -> Math.max(0, end.get(tp) - committed.getOrDefault(tp, beginning.get(tp))))
                .sum();
        return new PipelineSnapshot.KafkaCounts(
                held(Topics.TELEMETRY_RAW, beginning, end), held(Topics.EVENTS_RAW, beginning, end),
                held(Topics.DEAD_LETTER, beginning, end), held(Topics.TWIN_EQUIPMENT, beginning, end),
                committedSum, lag, true);
    }

    private static long held(String topic, Map<TopicPartition, Long> beginning, Map<TopicPartition, Long> end) {
        return end.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> e.getValue() - beginning.get(e.getKey()))
                .sum();
    }

    private static Map<TopicPartition, Long> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec, int ms)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(Function.identity(), tp -> spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = client.listOffsets(request, new ListOffsetsOptions().timeoutMs(ms))
                .all().get(ms, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    /** The twin job's committed offsets on the raw telemetry topic; empty before its first checkpoint. */
    private static Map<TopicPartition, Long> committedTelemetry(Admin client, int ms)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = client
                    .listConsumerGroupOffsets(Topics.EQUIPMENT_TWIN_GROUP, new ListConsumerGroupOffsetsOptions().timeoutMs(ms))
                    .partitionsToOffsetAndMetadata().get(ms, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of(); // the job has not committed yet
            }
            throw e;
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        committed.forEach((tp, om) -> {
            if (om != null && tp.topic().equals(Topics.TELEMETRY_RAW)) {
                offsets.put(tp, om.offset());
            }
        });
        return offsets;
    }

    /** Created lazily: a bootstrap address that does not resolve yet must not stop the dashboard. */
    private Admin admin() {
        if (admin == null) {
            int ms = (int) timeout.toMillis();
            Map<String, Object> props = Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "shiptwin-dashboard",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(timeout);
            admin = null;
        }
    }
}
