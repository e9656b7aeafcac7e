package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.embedded.EmbeddedKafka;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.model.Topics;
import io.shiptwin.streams.kafka.YardTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@link YardTopics#ensure} returns, every partition it created takes a write at the first attempt: the producer
 * here has no retries, so a partition whose leader is in the metadata but not yet serving (NOT_LEADER_OR_FOLLOWER) fails
 * its send. Two CI runs lost records to that race, the second after {@code ensure} had waited for leaders in the
 * metadata only.
 */
class YardTopicsIT {
    @TempDir
    Path dir;

    @Test
    void everyPartitionCreatedTakesAWriteAtTheFirstAttempt() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), dir.resolve("kafka"), "384m")
                .start()) {
            YardTopics.ensure(kafka.bootstrap(), 3, (short) 1);

            Map<String, TopicDescription> topics = describeYardTopics(kafka.bootstrap());
            assertThat(topics.keySet()).contains(Topics.TELEMETRY_RAW, Topics.EVENTS_RAW, Topics.DEAD_LETTER, Topics.TWIN_ALERTS,
                    Topics.TWIN_EQUIPMENT, Topics.TWIN_BLOCKS, Topics.TWIN_SHIPS, Topics.TWIN_WORK_ORDERS, Topics.TWIN_KPIS,
                    Topics.TWIN_SERVICE);

            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false); // idempotence needs retries; this producer has none
            p.put(ProducerConfig.RETRIES_CONFIG, 0);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            List<String> failures = new ArrayList<>();
            int written = 0;
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                List<String> where = new ArrayList<>();
                for (TopicDescription t : topics.values()) {
                    for (TopicPartitionInfo partition : t.partitions()) {
                        byte[] key = ("probe-" + partition.partition()).getBytes(StandardCharsets.UTF_8);
                        sends.add(producer.send(new ProducerRecord<>(t.name(), partition.partition(), key, key)));
                        where.add(t.name() + "-" + partition.partition());
                    }
                }
                producer.flush();
                for (int i = 0; i < sends.size(); i++) {
                    try {
                        sends.get(i).get(30, TimeUnit.SECONDS);
                        written++;
                    } catch (ExecutionException e) {
                        failures.add(where.get(i) + ": " + e.getCause());
                    }
                }
            }
            assertThat(failures).as("sends refused right after ensure returned").isEmpty();
            assertThat(written).isEqualTo(topics.size() * 3);

            YardTopics.ensure(kafka.bootstrap(), 3, (short) 1); // existing topics: nothing created, nothing waited for
            assertThat(describeYardTopics(kafka.bootstrap())).hasSameSizeAs(topics);
        }
    }

    private static Map<String, TopicDescription> describeYardTopics(String bootstrap) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        }
    }
}
