package io.shiptwin.sim;

import io.shiptwin.model.HopLog;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes at QoS 1 with a bounded number of messages in flight. A message counts as published
 * only when the broker has acknowledged it (PUBACK): that is the count the pipeline reconciles
 * against. While the broker is away, {@link #publish} waits and retries rather than dropping.
 */
public final class MqttPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);
    private static final int QOS_AT_LEAST_ONCE = 1;

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final IMqttActionListener onAck = new IMqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            acknowledged.increment();
            inFlight.release();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            failed.increment();
            inFlight.release();
            LOG.warn("publish not acknowledged by the broker: {}", e.toString());
        }
    };
    private volatile boolean closed;
    private final HopLog publishLog;

    public MqttPublisher(String brokerUri, String clientId, int maxInFlight) {
        this(brokerUri, clientId, maxInFlight, null);
    }

    /** @param publishLog where the message tracer finds when each event was handed to MQTT; null for none */
    public MqttPublisher(String brokerUri, String clientId, int maxInFlight, HopLog publishLog) {
        this.publishLog = publishLog;
        try {
            this.client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("MQTT broker URI '" + brokerUri + "': " + e.getMessage(), e);
        }
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
        this.options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(5_000);
        // A persistent session: in-flight QoS 1 messages are resent after a reconnect.
        options.setCleanSession(false);
        options.setMaxInflight(maxInFlight);
        options.setConnectionTimeout(10);
    }

    public void connect() {
        try {
            client.connect(options).waitForCompletion(15_000);
            LOG.info("simulator connected to MQTT broker {}", client.getServerURI());
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect to MQTT broker " + client.getServerURI() + ": " + e.getMessage(), e);
        }
    }

    /** Publishes one message; blocks while the in-flight window is full or the broker is unreachable. */
    public void publish(String topic, byte[] payload) throws InterruptedException {
        inFlight.acquire();
        if (publishLog != null) {
            publishLog.record(payload, System.currentTimeMillis());
        }
        while (!closed) {
            try {
                client.publish(topic, payload, QOS_AT_LEAST_ONCE, false, null, onAck);
                return;
            } catch (MqttException e) {
                // Not connected or the broker's window is full: wait for the reconnect, keep the message.
                TimeUnit.MILLISECONDS.sleep(e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT ? 1 : 100);
            }
        }
        inFlight.release();
    }

    /** Waits until every message handed to {@link #publish} is acknowledged or failed. */
    public boolean awaitInFlight(Duration timeout) throws InterruptedException {
        if (inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inFlight.release(maxInFlight);
            return true;
        }
        return false;
    }

    public long acknowledged() {
        return acknowledged.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnect(5_000).waitForCompletion(6_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.warn("closing MQTT publisher: {}", e.getMessage());
        }
    }
}
