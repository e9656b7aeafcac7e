package io.shiptwin.streams.kafka;

import io.shiptwin.model.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the yard's Kafka topics when they are missing: raw streams, dead letters, compacted twins. */
public final class YardTopics {
    private static final Logger LOG = LoggerFactory.getLogger(YardTopics.class);

    private YardTopics() {
    }

    public static void ensure(String bootstrap, int partitions, short replication) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String raw : List.of(Topics.TELEMETRY_RAW, Topics.EVENTS_RAW, Topics.DEAD_LETTER, Topics.TWIN_ALERTS)) {
                if (!existing.contains(raw)) {
                    missing.add(new NewTopic(raw, partitions, replication));
                }
            }
            // Twin topics hold the latest state per identifier, KPIs the latest value per window: compaction keeps one per key.
            for (String twin : List.of(Topics.TWIN_EQUIPMENT, Topics.TWIN_BLOCKS, Topics.TWIN_SHIPS, Topics.TWIN_WORK_ORDERS,
                    Topics.TWIN_KPIS, Topics.TWIN_SERVICE)) {
                if (!existing.contains(twin)) {
                    missing.add(new NewTopic(twin, partitions, replication)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                List<String> names = missing.stream().map(NewTopic::name).toList();
                awaitLeadersServing(admin, names);
                LOG.info("created Kafka topics {}", names);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create Kafka topics on " + bootstrap + ": " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not answer within 30 s while creating topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
        }
    }

    /**
     * Returns once the leader of every partition of {@code topics} answers for it. A producer that writes to a partition
     * created a moment ago can be answered NOT_LEADER_OR_FOLLOWER, and the idempotent producer of Kafka 4.1 then retried
     * its later batches with OUT_OF_ORDER_SEQUENCE_NUMBER until their delivery timeout dropped them (seen in two CI runs
     * of a test that produced right after creating the topics). A leader in the metadata was not enough: the second of
     * those runs came after this method waited for it, because a broker publishes a new metadata image to its metadata
     * cache (what describeTopics reads) before its replica manager applies the topic changes (creates the log, becomes
     * leader). A ListOffsets request is answered by that replica manager under the same leadership check as a produce
     * request, so once every partition has answered one, a produce is served too.
     */
    private static void awaitLeadersServing(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            boolean led = true;
            for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                for (TopicPartitionInfo p : d.partitions()) {
                    led &= p.leader() != null && !p.leader().isEmpty();
                    ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                }
            }
            if (led) {
                // The admin client retries NOT_LEADER_OR_FOLLOWER and UNKNOWN_TOPIC_OR_PARTITION itself, within its timeout.
                admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions of " + topics + " without a leader 30 s after their creation");
            }
            Thread.sleep(50);
        }
    }
}
