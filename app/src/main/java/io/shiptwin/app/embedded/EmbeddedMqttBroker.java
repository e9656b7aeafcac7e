package io.shiptwin.app.embedded;

import io.shiptwin.model.HopLog;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MQTT 3.1.1/5 broker (Moquette) in this process, over TCP. Sessions and queued QoS 1
 * messages persist under the run directory, so messages the bridge has not yet acknowledged
 * survive a broker restart.
 */
public final class EmbeddedMqttBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    /** The largest MQTT message the broker takes: room for the largest gateway batch. */
    public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private final String host;
    private final int port;
    private final Path dataDir;
    private final LongAdder received = new LongAdder();
    private final HopLog receivedLog = new HopLog();
    private Server server;

    public EmbeddedMqttBroker(String host, int port, Path dataDir) {
        this.host = host;
        this.port = port;
        this.dataDir = dataDir;
    }

    public EmbeddedMqttBroker start() {
        Ports.requireFree(host, port, "MQTT broker", "--mqtt-port");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, host);
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataDir.toAbsolutePath().toString());
        p.setProperty(IConfig.PERSISTENT_QUEUE_TYPE_PROPERTY_NAME, "segmented");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty("use_bugsnag", "false");
        p.setProperty("immediate_buffer_flush", "true");
        // mosquitto_sub and other tools connect with an empty client id and expect the broker to assign one.
        p.setProperty("allow_zero_byte_client_id", "true");
        // Moquette queues each session's commands (1024 by default) and drops what does not fit, unacknowledged: a
        // simulator publishing a tick of a whole yard at once (max pacing, 1000 in flight) plus the bridge's
        // deliveries overflowed it and the publisher waited for acknowledgements that never came.
        p.setProperty(IConfig.SESSION_QUEUE_SIZE, "32768");
        // Moquette refuses messages over 8,092 bytes by default and closes the client's connection: a gateway's batch of
        // telemetry (up to 1,000 envelopes, at most GatewayBatching.MAX_BATCH_BYTES) is larger.
        p.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        server = new Server();
        try {
            server.startServer(new MemoryConfig(p), List.of(new PublishCounter()));
        } catch (IOException e) {
            throw new UncheckedIOException("MQTT broker did not start on " + host + ":" + port, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("MQTT broker did not start on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        LOG.info("MQTT broker listening on tcp://{}:{} (data {})", host, port(), dataDir);
        return this;
    }

    public int port() {
        return port != 0 || server == null ? port : server.getPort();
    }

    public String uri() {
        return "tcp://" + host + ":" + port();
    }

    /** When the broker received the most recent events (wall clock), by event id, for the message tracer. */
    public HopLog receivedLog() {
        return receivedLog;
    }

    /** PUBLISH packets the broker has received from clients. */
    public long received() {
        return received.sum();
    }

    public boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stopServer();
            server = null;
            LOG.info("MQTT broker stopped");
        }
    }

    private final class PublishCounter extends AbstractInterceptHandler {
        @Override
        public String getID() {
            return "shiptwin-publish-counter";
        }

        @Override
        public void onPublish(InterceptPublishMessage msg) {
            received.increment();
            receivedLog.record(msg.getPayload().nioBuffer(), System.currentTimeMillis());
            super.onPublish(msg); // releases the payload buffer
        }

        @Override
        public void onSessionLoopError(Throwable error) {
            LOG.error("MQTT broker session loop error", error);
        }
    }
}
