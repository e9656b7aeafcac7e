package io.shiptwin.streams.bridge;

import io.shiptwin.model.TelemetryBatch;
import io.shiptwin.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves every yard message from MQTT into Kafka without losing any.
 *
 * <p>The rule that makes it lossless: a QoS 1 message is acknowledged to the MQTT broker only after
 * Kafka has acknowledged the record ({@code acks=all}, idempotent producer). Until then the broker
 * keeps it in the bridge's persistent session, so a crash or a Kafka outage delays messages but
 * never drops them. A send that fails is retried with back-off, never given up. Redeliveries can
 * create duplicates; the Flink job removes them by event id.
 *
 * <p>The bridge does not validate payloads (that is validation's job, downstream, with a dead-letter
 * topic): the Kafka key is the asset id from the MQTT topic, so one asset's events stay in order. It only
 * splits a gateway's batch ({@link TelemetryBatch}) into one record per envelope, in order, and acknowledges
 * the batch once Kafka has all of them.
 */
public final class MqttKafkaBridge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttKafkaBridge.class);
    public static final String HEADER_MQTT_TOPIC = "mqtt.topic";
    public static final String HEADER_BRIDGE_RECEIVED = "bridge.received.ms";
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final BridgeConfig config;
    private final KafkaProducer<String, byte[]> producer;
    private final MqttAsyncClient mqtt;
    private final MqttConnectOptions options;
    private final ScheduledExecutorService retrier = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "shiptwin-bridge-retry"));
    /** Bumped on every (re)connect: an ack for a message of an earlier connection must not be sent. */
    private final AtomicInteger connection = new AtomicInteger();
    private final LongAdder received = new LongAdder();
    private final LongAdder sentToKafka = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;

    public MqttKafkaBridge(BridgeConfig config) {
        this.config = config;
        this.producer = new KafkaProducer<>(producerProperties(config.kafkaBootstrap(), config.clientId()),
                new StringSerializer(), new ByteArraySerializer());
        try {
            this.mqtt = new MqttAsyncClient(config.mqttUri(), config.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            producer.close(Duration.ZERO);
            throw new IllegalArgumentException("bridge.mqttUri '" + config.mqttUri() + "': " + e.getMessage(), e);
        }
        this.options = new MqttConnectOptions();
        options.setCleanSession(false);               // persistent session: the broker keeps what we have not acked
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(5_000);
        options.setConnectionTimeout(10);
        mqtt.setManualAcks(true);
        mqtt.setCallback(new Callback());
    }

    static Properties producerProperties(String bootstrap, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // An MQTT 3.1.1 session has only a small window of unacknowledged messages (10 in Moquette), and we
        // acknowledge after Kafka does: every millisecond of Kafka latency costs throughput, so send at once.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        // Keep trying through a broker outage; our own retry takes over if this still expires.
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        return p;
    }

    /**
     * Connects and subscribes, and returns only once the broker has granted the subscription at QoS 1:
     * a message published before the subscription exists has no subscriber and the broker drops it,
     * so nothing upstream may start before this returns. Retries for up to 30 s if the first
     * connection fails or is closed before the subscription is granted.
     */
    public MqttKafkaBridge start() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                if (!mqtt.isConnected()) {
                    mqtt.connect(options).waitForCompletion(15_000);
                }
                IMqttToken suback = mqtt.subscribe(config.subscription(), 1);
                suback.waitForCompletion(10_000);
                int granted = suback.getGrantedQos() == null || suback.getGrantedQos().length == 0 ? -1 : suback.getGrantedQos()[0];
                if (granted != 1) {
                    throw new IllegalStateException("MQTT broker " + config.mqttUri() + " granted QoS " + granted + " for '"
                            + config.subscription() + "'; the bridge needs QoS 1 to lose nothing");
                }
                break;
            } catch (MqttException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("bridge cannot connect and subscribe to MQTT broker " + config.mqttUri() + ": "
                            + e.getMessage(), e);
                }
                LOG.warn("bridge: connecting and subscribing to {} failed ({}); retrying", config.mqttUri(), e.getMessage());
                sleepQuietly(500);
            }
        }
        LOG.info("bridge started: MQTT {} '{}' -> Kafka {}", config.mqttUri(), config.subscription(), config.kafkaBootstrap());
        return this;
    }

    /** After an automatic reconnect: the persistent session keeps the subscription, renewing it costs nothing. */
    private void resubscribe() {
        try {
            mqtt.subscribe(config.subscription(), 1);
        } catch (MqttException e) {
            LOG.error("bridge cannot renew its subscription to '{}': {}", config.subscription(), e.getMessage());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void forward(String topic, MqttMessage message) {
        received.increment();
        pending.incrementAndGet();
        String key;
        String kafkaTopic;
        try {
            Topics.MqttTopic parsed = Topics.MqttTopic.parse(topic);
            key = parsed.assetTag();
            kafkaTopic = parsed.kafkaTopic();
        } catch (IllegalArgumentException e) {
            // Still forwarded: validation downstream dead-letters it with the reason, nothing vanishes here.
            key = topic;
            kafkaTopic = Topics.TELEMETRY_RAW;
        }
        List<byte[]> envelopes = envelopesOf(topic, message.getPayload());
        byte[] mqttTopic = topic.getBytes(StandardCharsets.UTF_8);
        byte[] receivedAt = Long.toString(System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8);
        Delivery delivery = new Delivery(message.getId(), message.getQos(), connection.get(), envelopes.size());
        for (byte[] envelope : envelopes) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(kafkaTopic, key, envelope);
            record.headers().add(HEADER_MQTT_TOPIC, mqttTopic);
            record.headers().add(HEADER_BRIDGE_RECEIVED, receivedAt);
            send(record, delivery, 0);
        }
    }

    /**
     * The envelopes of a message: itself, or each envelope of a gateway's batch ({@link TelemetryBatch}) as its own
     * record, so that everything behind Kafka sees one envelope per record. A batch that does not split is forwarded
     * whole: validation dead-letters it with the reason, nothing vanishes here.
     */
    private List<byte[]> envelopesOf(String topic, byte[] payload) {
        if (!TelemetryBatch.isBatch(payload)) {
            return List.of(payload);
        }
        try {
            List<byte[]> envelopes = TelemetryBatch.split(payload);
            batches.increment();
            return envelopes;
        } catch (IllegalArgumentException e) {
            LOG.warn("bridge: a batch on '{}' does not split ({}); forwarded whole, to be dead-lettered", topic, e.getMessage());
            return List.of(payload);
        }
    }

    /** One MQTT message on its way into Kafka: acknowledged to the broker once Kafka has every record of it. */
    private static final class Delivery {
        final int messageId;
        final int qos;
        final int connection;
        final AtomicInteger recordsLeft;

        Delivery(int messageId, int qos, int connection, int records) {
            this.messageId = messageId;
            this.qos = qos;
            this.connection = connection;
            this.recordsLeft = new AtomicInteger(records);
        }
    }

    private void send(ProducerRecord<String, byte[]> record, Delivery delivery, int attempt) {
        if (closed) {
            return; // unacknowledged: the broker redelivers it to the next bridge session
        }
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    sentToKafka.increment();
                    if (delivery.recordsLeft.decrementAndGet() == 0) {
                        // Acknowledged right here, on Kafka's I/O thread: Paho only queues the PUBACK for its sender
                        // thread (no I/O, no waiting). Moquette 0.17 lets a session have 10 messages unacknowledged,
                        // so the bridge moves 10 messages per round trip, and a hand-over to another thread here
                        // lengthened every round trip: 3,124 -> 3,552 events/s end to end without it (bench pipeline).
                        acknowledge(delivery);
                    }
                } else {
                    retryLater(record, delivery, attempt, error);
                }
            });
        } catch (RuntimeException e) {
            retryLater(record, delivery, attempt, e);
        }
    }

    private void retryLater(ProducerRecord<String, byte[]> record, Delivery delivery, int attempt, Throwable error) {
        retries.increment();
        long backoff = Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(attempt, 6));
        if (attempt == 0 || attempt % 10 == 0) {
            LOG.warn("Kafka did not take a record for {} (attempt {}): {}; retrying in {} ms, MQTT ack held back",
                    record.topic(), attempt + 1, error.toString(), backoff);
        }
        if (!closed) {
            retrier.schedule(() -> send(record, delivery, attempt + 1), backoff, TimeUnit.MILLISECONDS);
        }
    }

    private void acknowledge(Delivery delivery) {
        pending.decrementAndGet();
        if (delivery.connection != connection.get() || delivery.qos == 0) {
            return; // the broker has redelivered it on the new connection; that copy will be acked
        }
        if (closed) {
            return; // the session persists: the broker redelivers it to the next bridge, which acks it
        }
        try {
            mqtt.messageArrivedComplete(delivery.messageId, delivery.qos);
            acknowledged.increment();
        } catch (MqttException | RuntimeException e) {
            // Paho throws a NullPointerException when the client closes between the check above and the ack.
            LOG.debug("ack of MQTT message {} not sent: {}", delivery.messageId, e.toString());
        }
    }

    /** Messages received from MQTT (redeliveries included). */
    public long received() {
        return received.sum();
    }

    /** Gateway batches among the messages received, each split into one record per envelope. */
    public long batches() {
        return batches.sum();
    }

    /** Records Kafka has acknowledged: one per message, or one per envelope of a batch. */
    public long sentToKafka() {
        return sentToKafka.sum();
    }

    /** MQTT messages acknowledged to the broker after their Kafka ack. */
    public long acknowledged() {
        return acknowledged.sum();
    }

    public long retries() {
        return retries.sum();
    }

    /** Messages received but not yet wholly in Kafka. */
    public int pending() {
        return pending.get();
    }

    public boolean isConnected() {
        return mqtt.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (mqtt.isConnected()) {
                mqtt.disconnect(5_000).waitForCompletion(6_000);
            }
            mqtt.close();
        } catch (MqttException e) {
            LOG.warn("closing bridge MQTT client: {}", e.getMessage());
        }
        retrier.shutdownNow();
        producer.close(Duration.ofSeconds(10));
        LOG.info("bridge stopped: {} received, {} in Kafka, {} acked to MQTT, {} retries", received(), sentToKafka(),
                acknowledged(), retries());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
            connection.incrementAndGet();
            LOG.info("bridge {} MQTT broker {}", reconnect ? "reconnected to" : "connected to", serverURI);
            if (reconnect) {
                resubscribe();
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                forward(topic, message);
            } catch (RuntimeException e) {
                // Never throw into Paho: it would drop the connection. The message stays unacked.
                LOG.error("bridge could not forward a message from '{}'", topic, e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            LOG.warn("bridge lost the MQTT broker: {}; reconnecting", cause == null ? "?" : cause.toString());
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
