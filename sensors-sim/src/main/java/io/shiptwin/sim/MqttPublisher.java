package io.shiptwin.sim;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import io.shiptwin.model.BrokerAddress;
import io.shiptwin.model.HopLog;
import io.shiptwin.model.TelemetryBatch;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes at QoS 1 with a bounded number of messages in flight. A message counts as published
 * only when the broker has acknowledged it (PUBACK): that is the count the pipeline reconciles
 * against. While the broker is away, {@link #publish} waits and retries rather than dropping.
 *
 * <p>With {@link GatewayBatching} on, it is the yard's edge gateways: the readings of a telemetry topic (or, per area,
 * of all the area's telemetry topics) go out together as one {@link TelemetryBatch}, once enough are waiting or the
 * oldest has waited the linger, in the order they were handed over. {@link #acknowledged()} counts readings (events),
 * {@link #messagesAcknowledged()} MQTT messages.
 */
public final class MqttPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);
    private static final int KEEP_ALIVE_SECONDS = 30;

    private final Mqtt3AsyncClient client;
    private final String brokerUri;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder messagesAcknowledged = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile boolean closed;
    private volatile boolean connectedOnce;
    private final HopLog publishLog;
    private final GatewayBatching batching;
    /** Telemetry waiting at the gateways, by the topic it goes out on; guarded by itself, held while a batch is sent. */
    private final Map<String, Waiting> waiting = new HashMap<>();
    /** Each reading topic's gateway batch, so that a reading costs one lookup (guarded by {@link #waiting}). */
    private final Map<String, Waiting> routes = new HashMap<>();
    private final ScheduledExecutorService lingerTimer;

    /** The readings waiting at one gateway, and the topic they go out on. */
    private static final class Waiting {
        final String topic;
        final TelemetryBatch.Builder batch = new TelemetryBatch.Builder();
        long sinceNanos;

        Waiting(String topic) {
            this.topic = topic;
        }
    }

    public MqttPublisher(String brokerUri, String clientId, int maxInFlight) {
        this(brokerUri, clientId, maxInFlight, null);
    }

    /** @param publishLog where the message tracer finds when each event was handed to MQTT; null for none */
    public MqttPublisher(String brokerUri, String clientId, int maxInFlight, HopLog publishLog) {
        this(brokerUri, clientId, maxInFlight, publishLog, GatewayBatching.NONE);
    }

    /** @param batching how telemetry is batched at the gateway; {@link GatewayBatching#NONE} = one reading per message */
    public MqttPublisher(String brokerUri, String clientId, int maxInFlight, HopLog publishLog, GatewayBatching batching) {
        this.publishLog = publishLog;
        this.batching = batching;
        this.brokerUri = brokerUri;
        BrokerAddress broker = BrokerAddress.parse(brokerUri, "MQTT broker URI");
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3()
                .identifier(clientId)
                .serverHost(broker.host())
                .serverPort(broker.port())
                .addConnectedListener(context -> {
                    connectedOnce = true;
                    LOG.info("simulator connected to MQTT broker {}", brokerUri);
                })
                .addDisconnectedListener(this::disconnected);
        this.client = (broker.tls() ? builder.sslWithDefaultConfig() : builder).buildAsync();
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
        if (batching.batches()) {
            long tick = Math.max(1, batching.linger().toMillis() / 2);
            lingerTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "shiptwin-gateway-" + clientId);
                t.setDaemon(true);
                return t;
            });
            lingerTimer.scheduleWithFixedDelay(this::sendLingered, tick, tick, TimeUnit.MILLISECONDS);
        } else {
            lingerTimer = null;
        }
    }

    /**
     * A connection that drops after the first connect is tried again with back-off (100 ms doubling up to 5 s) until
     * close(); meanwhile publishes wait in the client, and what the broker had not acknowledged is sent again after
     * the reconnect (persistent session). A first connect that fails is the caller's error (connect()).
     */
    private void disconnected(MqttClientDisconnectedContext context) {
        if (closed || !connectedOnce || context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        int attempts = context.getReconnector().getAttempts();
        if (attempts == 0 || attempts % 10 == 0) {
            LOG.warn("publisher: no connection to MQTT broker {} ({}); reconnecting, attempt {}; {} messages wait for an "
                    + "acknowledgement and are sent again", brokerUri, context.getCause().toString(), attempts + 1,
                    maxInFlight - inFlight.availablePermits());
        }
        context.getReconnector().reconnect(true).delay(Math.min(5_000, 100L << Math.min(attempts, 6)), TimeUnit.MILLISECONDS);
    }

    /** Connects with a persistent session; throws naming the broker and the cause if it does not answer within 15 s. */
    public void connect() {
        try {
            client.connectWith().cleanSession(false).keepAlive(KEEP_ALIVE_SECONDS).send().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            if (e instanceof TimeoutException) {
                client.disconnect(); // a connect that answers later must not leave a client connected behind our back
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot connect to MQTT broker " + brokerUri + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to MQTT broker " + brokerUri, e);
        }
    }

    /**
     * Publishes one message, or with gateway batching hands a reading to its topic's batch; blocks while the in-flight
     * window is full or the broker is unreachable.
     */
    public void publish(String topic, byte[] payload) throws InterruptedException {
        if (!batching.batches() || !GatewayBatching.appliesTo(topic)) {
            send(topic, payload, 1, true);
            return;
        }
        synchronized (waiting) {
            Waiting w = routes.get(topic);
            if (w == null) {
                w = waiting.computeIfAbsent(batching.batchTopic(topic), Waiting::new);
                routes.put(topic, w);
            }
            if (w.batch.size() > 0 && w.batch.bytes() + payload.length + 1 > GatewayBatching.MAX_BATCH_BYTES) {
                sendBatch(w);
            }
            if (w.batch.size() == 0) {
                w.sinceNanos = System.nanoTime();
            }
            w.batch.add(payload);
            if (publishLog != null) {
                publishLog.record(payload, System.currentTimeMillis());
            }
            if (w.batch.size() >= batching.maxReadings()) {
                sendBatch(w);
            }
        }
    }

    /** Sends the batches whose oldest reading has waited the linger (the gateway's timer). */
    private void sendLingered() {
        try {
            sendWaitingFor(batching.linger().toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("gateway: sending lingered batches failed; they are sent with the next reading or on flush", e);
        }
    }

    /** Sends every waiting batch now. */
    private void sendAllWaiting() throws InterruptedException {
        sendWaitingFor(0);
    }

    /** Sends the batches whose oldest reading has waited at least {@code nanos}. */
    private void sendWaitingFor(long nanos) throws InterruptedException {
        synchronized (waiting) {
            long now = System.nanoTime();
            for (Waiting w : waiting.values()) {
                if (w.batch.size() > 0 && now - w.sinceNanos >= nanos) {
                    sendBatch(w);
                }
            }
        }
    }

    private void sendBatch(Waiting w) throws InterruptedException {
        int readings = w.batch.size();
        send(w.topic, w.batch.take(), readings, false);
    }

    /** @param trace record the payload's event in the publish log once it has a place in the window (batches: on add) */
    private void send(String topic, byte[] payload, int events, boolean trace) throws InterruptedException {
        inFlight.acquire();
        if (trace && publishLog != null) {
            publishLog.record(payload, System.currentTimeMillis());
        }
        if (closed) {
            inFlight.release();
            return;
        }
        // Queued by the client while it reconnects; completes when the broker has acknowledged it (PUBACK).
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send()
                .whenComplete((publish, error) -> {
                    if (error == null) {
                        acknowledged.add(events);
                        messagesAcknowledged.increment();
                    } else {
                        failed.add(events);
                        LOG.warn("publish to '{}' not acknowledged by the broker: {}", topic, error.toString());
                    }
                    inFlight.release();
                });
    }

    private int waitingReadings() {
        synchronized (waiting) {
            return waiting.values().stream().mapToInt(w -> w.batch.size()).sum();
        }
    }

    /** Waits until every message handed to {@link #publish} is acknowledged or failed. */
    public boolean awaitInFlight(Duration timeout) throws InterruptedException {
        sendAllWaiting();
        if (inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inFlight.release(maxInFlight);
            return true;
        }
        return false;
    }

    /** Events (readings) the broker acknowledged: one per message, or every reading of an acknowledged batch. */
    public long acknowledged() {
        return acknowledged.sum();
    }

    /** MQTT messages the broker acknowledged. */
    public long messagesAcknowledged() {
        return messagesAcknowledged.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public boolean isConnected() {
        return client.getState().isConnected();
    }

    @Override
    public void close() {
        if (lingerTimer != null) {
            lingerTimer.shutdownNow();
            if (isConnected()) {
                try {
                    sendAllWaiting();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                LOG.warn("gateway closed without a broker: {} readings waiting in its batches were not sent", waitingReadings());
            }
        }
        closed = true;
        try {
            if (client.getState().isConnectedOrReconnect()) {
                client.disconnect().get(6, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("closing MQTT publisher: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
