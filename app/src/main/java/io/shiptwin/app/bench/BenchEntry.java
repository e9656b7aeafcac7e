package io.shiptwin.app.bench;

import io.shiptwin.model.Topics;
import io.shiptwin.sim.GatewayBatching;
import io.shiptwin.sim.MqttPublisher;
import io.shiptwin.streams.bridge.MqttKafkaBridge;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Where the pipeline bench puts its events in: at the MQTT broker, as the yard's sensors do (the whole path),
 * or straight into {@code yard.telemetry.raw} as the bridge would have written them (key, {@code mqtt.topic}
 * header), which measures the Kafka-to-twin part alone. Comparing the two says what the MQTT hop costs.
 */
public interface BenchEntry extends AutoCloseable {
    /** The entry points on the command line. */
    enum Point { MQTT, KAFKA }

    void send(String mqttTopic, byte[] payload) throws Exception;

    /** Waits until everything sent is acknowledged by the broker it went to. */
    void awaitSent(Duration timeout) throws Exception;

    @Override
    void close();

    /**
     * @param gateway how the sensors' gateways batch telemetry (MQTT entry only: the Kafka entry starts behind the
     *                bridge, which writes one record per reading either way)
     */
    static BenchEntry open(Point point, String mqttUri, String kafkaBootstrap, String clientId, GatewayBatching gateway) {
        if (point == Point.KAFKA && gateway.batches()) {
            throw new IllegalArgumentException("gateway batching happens before the bridge; the kafka entry starts behind it");
        }
        return point == Point.MQTT ? new Mqtt(mqttUri, clientId, gateway) : new Kafka(kafkaBootstrap, clientId);
    }

    /** QoS 1 publishes through the embedded broker, up to 1,000 messages in flight, batched as the gateways do. */
    final class Mqtt implements BenchEntry {
        private final MqttPublisher publisher;

        Mqtt(String uri, String clientId, GatewayBatching gateway) {
            publisher = new MqttPublisher(uri, clientId, 1000, null, gateway);
            publisher.connect();
        }

        @Override
        public void send(String mqttTopic, byte[] payload) throws InterruptedException {
            publisher.publish(mqttTopic, payload);
        }

        @Override
        public void awaitSent(Duration timeout) throws InterruptedException {
            publisher.awaitInFlight(timeout);
        }

        @Override
        public void close() {
            publisher.close();
        }
    }

    /** Records as the bridge makes them, acks=all, idempotent, 1 ms linger. */
    final class Kafka implements BenchEntry {
        private final KafkaProducer<String, byte[]> producer;

        Kafka(String bootstrap, String clientId) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public void send(String mqttTopic, byte[] payload) {
            Topics.MqttTopic parsed = Topics.MqttTopic.parse(mqttTopic);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(parsed.kafkaTopic(), parsed.assetTag(), payload);
            record.headers().add(MqttKafkaBridge.HEADER_MQTT_TOPIC, mqttTopic.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }

        /** Kafka's flush has no timeout of its own; the producer's delivery timeout bounds it. */
        @Override
        public void awaitSent(Duration timeout) {
            producer.flush();
        }

        @Override
        public void close() {
            producer.close(Duration.ofMinutes(1));
        }
    }
}
