package io.shiptwin.app;

import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Topics;
import io.shiptwin.sim.feed.FeedMessage;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the integration tests use to put events straight into the raw topics: a producer with {@code acks=all} whose
 * failed sends fail the test at {@link #flush()} (with the first error and how many failed), instead of leaving it to
 * wait for data that never came.
 */
public final class RawTopicWriter implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private long sent;

    private RawTopicWriter(KafkaProducer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** A writer with {@code acks=all} that lingers up to 5 ms to fill its batches (the tests send feeds of thousands). */
    public static RawTopicWriter open(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new RawTopicWriter(new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer()));
    }

    public void send(ProducerRecord<String, byte[]> record) {
        sent++;
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error);
            }
        });
    }

    public void send(String topic, String key, byte[] envelope) {
        send(new ProducerRecord<>(topic, key, envelope));
    }

    /**
     * A simulator's message, to the raw topic its MQTT topic maps to and keyed by the asset tag in it, as the bridge
     * keys it (without the bridge's headers).
     */
    public void sendAsBridge(FeedMessage message) {
        send(recordOf(message));
    }

    /** The record the bridge makes of a simulator's message (without its headers): raw topic, asset tag, envelope. */
    public static ProducerRecord<String, byte[]> recordOf(FeedMessage message) {
        Topics.MqttTopic topic = Topics.MqttTopic.parse(message.topic());
        return new ProducerRecord<>(topic.kafkaTopic(), topic.assetTag(), EnvelopeCodec.encode(message.event()));
    }

    /** Waits until every record sent so far is written or failed; throws if any failed. */
    public void flush() {
        producer.flush();
        Exception first = firstFailure.get();
        if (first != null) {
            throw new IllegalStateException(failed.get() + " of " + sent + " records were not written to Kafka, the first: "
                    + first.getMessage(), first);
        }
    }

    /** Flushes, then closes the producer (even when the flush throws). */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            producer.close();
        }
    }
}
