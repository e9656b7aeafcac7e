package io.shiptwin.streams.bridge;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAck;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import io.shiptwin.model.BrokerAddress;
import io.shiptwin.model.TelemetryBatch;
import io.shiptwin.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
    private static final int KEEP_ALIVE_SECONDS = 30;

    private final BridgeConfig config;
    private final KafkaProducer<String, byte[]> producer;
    private final Mqtt3AsyncClient mqtt;
    private final ScheduledExecutorService retrier = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "shiptwin-bridge-retry"));
    private final LongAdder received = new LongAdder();
    private final LongAdder sentToKafka = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong connections = new AtomicLong();
    /** Why the last connection attempt failed or the last connection ended; named when start() gives up. */
    private volatile Throwable lastDisconnect;
    private volatile boolean started;
    private volatile boolean closed;

    public MqttKafkaBridge(BridgeConfig config) {
        this.config = config;
        Mqtt3ClientBuilder client = mqttClient(config);
        this.producer = new KafkaProducer<>(producerProperties(config.kafkaBootstrap(), config.clientId()),
                new StringSerializer(), new ByteArraySerializer());
        this.mqtt = client
                .addConnectedListener(context -> connected())
                .addDisconnectedListener(this::reconnect)
                .buildAsync();
        // Registered before connecting, so that messages the broker kept in the session arrive here too. Every
        // message is acknowledged by hand, once Kafka has it (acknowledge below).
        mqtt.publishes(MqttGlobalPublishFilter.ALL, this::messageArrived, true);
    }

    /**
     * The HiveMQ MQTT client (MQTT 3.1.1, Netty) for the broker of {@code bridge.mqttUri}: {@code tcp://host:port}, or
     * {@code ssl://host:port} with the JVM's default trust store.
     */
    static Mqtt3ClientBuilder mqttClient(BridgeConfig config) {
        BrokerAddress broker = BrokerAddress.parse(config.mqttUri(), "bridge.mqttUri");
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3()
                .identifier(config.clientId())
                .serverHost(broker.host())
                .serverPort(broker.port());
        return broker.tls() ? builder.sslWithDefaultConfig() : builder;
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
        // A failed attempt is retried by reconnect(), the client's disconnected listener.
        connect();
        while (true) {
            try {
                awaitConnected(deadline);
                Mqtt3SubAck suback = mqtt.subscribeWith().topicFilter(config.subscription()).qos(MqttQos.AT_LEAST_ONCE)
                        .send().get(10, TimeUnit.SECONDS);
                Mqtt3SubAckReturnCode granted = suback.getReturnCodes().isEmpty() ? Mqtt3SubAckReturnCode.FAILURE
                        : suback.getReturnCodes().get(0);
                if (granted != Mqtt3SubAckReturnCode.SUCCESS_MAXIMUM_QOS_1) {
                    close();
                    throw new IllegalStateException("MQTT broker " + config.mqttUri() + " granted " + granted + " for '"
                            + config.subscription() + "'; the bridge needs QoS 1 to lose nothing");
                }
                break;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("bridge cannot subscribe at MQTT broker " + config.mqttUri() + ": " + e, e);
                }
                LOG.warn("bridge: subscribing at {} failed ({}); retrying", config.mqttUri(), e.toString());
                sleepQuietly(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("bridge start interrupted", e);
            }
        }
        started = true;
        LOG.info("bridge started: MQTT {} '{}' -> Kafka {}", config.mqttUri(), config.subscription(), config.kafkaBootstrap());
        return this;
    }

    private void connect() {
        // Persistent session: the broker keeps what we have not acknowledged, across reconnects and bridge restarts.
        mqtt.connectWith().cleanSession(false).keepAlive(KEEP_ALIVE_SECONDS).send();
    }

    /**
     * On every reconnect the subscription is renewed: a broker that kept the session keeps it anyway (renewing costs a
     * SUBACK), and one that lost the session (restarted without persistence) would otherwise route nothing here.
     */
    private void connected() {
        connections.incrementAndGet();
        boolean reconnect = started;
        LOG.info("bridge {} MQTT broker {}", reconnect ? "reconnected to" : "connected to", config.mqttUri());
        if (reconnect) {
            mqtt.subscribeWith().topicFilter(config.subscription()).qos(MqttQos.AT_LEAST_ONCE).send()
                    .whenComplete((suback, error) -> {
                        if (error != null) {
                            LOG.error("bridge cannot renew its subscription to '{}': {}", config.subscription(), error.toString());
                        }
                    });
        }
    }

    private void awaitConnected(long deadline) {
        while (!mqtt.getState().isConnected()) {
            if (System.nanoTime() > deadline) {
                Throwable cause = lastDisconnect;
                close();
                throw new IllegalStateException("bridge cannot connect to MQTT broker " + config.mqttUri() + ": "
                        + (cause == null ? "no answer within " + START_TIMEOUT.toSeconds() + " s" : cause.toString()), cause);
            }
            sleepQuietly(20);
        }
    }

    /**
     * The client's disconnected listener: a failed connect or a lost connection is tried again with back-off
     * (100 ms doubling up to 5 s) until close(). The session persists, so the broker redelivers every message not
     * yet acknowledged; connected() renews the subscription.
     */
    private void reconnect(MqttClientDisconnectedContext context) {
        lastDisconnect = context.getCause();
        if (closed || context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        int attempts = context.getReconnector().getAttempts();
        long delay = backoffMillis(attempts);
        if (attempts == 0 || attempts % 10 == 0) {
            LOG.warn("bridge: no connection to MQTT broker {} ({}); reconnecting in {} ms, attempt {}", config.mqttUri(),
                    context.getCause().toString(), delay, attempts + 1);
        }
        context.getReconnector().reconnect(true).delay(delay, TimeUnit.MILLISECONDS);
    }

    /** The wait before retry number {@code attempt + 1}, of a Kafka send or an MQTT connect: 100 ms doubling up to 5 s. */
    private static long backoffMillis(int attempt) {
        return Math.min(MAX_BACKOFF_MILLIS, 100L << Math.min(attempt, 6));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the client's Netty thread: must not throw, or the message would stay unacknowledged without a word. */
    private void messageArrived(Mqtt3Publish message) {
        try {
            forward(message);
        } catch (RuntimeException e) {
            LOG.error("bridge could not forward a message from '{}'; left unacknowledged", message.getTopic(), e);
        }
    }

    private void forward(Mqtt3Publish message) {
        received.increment();
        pending.incrementAndGet();
        String topic = message.getTopic().toString();
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
        List<byte[]> envelopes = envelopesOf(topic, message.getPayloadAsBytes());
        byte[] mqttTopic = topic.getBytes(StandardCharsets.UTF_8);
        byte[] receivedAt = Long.toString(System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8);
        Delivery delivery = new Delivery(message, envelopes.size());
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
        final Mqtt3Publish message;
        final AtomicInteger recordsLeft;

        Delivery(Mqtt3Publish message, int records) {
            this.message = message;
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
                        // Acknowledged right here, on Kafka's I/O thread: the MQTT client only queues the PUBACK for its
                        // event loop (no I/O, no waiting). Moquette 0.17 lets a session have 10 messages unacknowledged,
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
        long backoff = backoffMillis(attempt);
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
        if (closed || delivery.message.getQos() == MqttQos.AT_MOST_ONCE) {
            return; // the session persists: the broker redelivers it to the next bridge, which acks it
        }
        // Queued for the client's event loop, no I/O here. The client sends it only if the message came on the current
        // connection (it numbers them as it reads the CONNACK, before any message of the new connection): after a
        // reconnect the broker redelivers the message, and that copy is acknowledged. A check here, against a counter
        // bumped by the connected listener, raced with the redelivered copies and left them unacknowledged.
        delivery.message.acknowledge();
        acknowledged.increment();
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

    /**
     * MQTT messages whose acknowledgement was handed to the client after their Kafka ack; the client does not send
     * those of a connection that has since dropped (the broker redelivers them, and counts them again here).
     */
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

    /** Connections made to the MQTT broker: 1 after start, one more for every reconnect. */
    public long connections() {
        return connections.get();
    }

    public boolean isConnected() {
        return mqtt.getState().isConnected();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (mqtt.getState().isConnectedOrReconnect()) {
                mqtt.disconnect().get(6, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("closing bridge MQTT client: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
}
