package io.shiptwin.streams.bridge;

import java.util.Objects;

/**
 * Settings of the MQTT to Kafka bridge.
 *
 * @param mqttUri      e.g. {@code tcp://127.0.0.1:1883}
 * @param subscription MQTT topic filter, by default every yard topic
 */
public record BridgeConfig(String mqttUri, String kafkaBootstrap, String clientId, String subscription) {

    public BridgeConfig {
        Objects.requireNonNull(mqttUri, "bridge.mqttUri");
        Objects.requireNonNull(kafkaBootstrap, "bridge.kafkaBootstrap");
        Objects.requireNonNull(clientId, "bridge.clientId");
        Objects.requireNonNull(subscription, "bridge.subscription");
    }

    public static BridgeConfig defaults(String mqttUri, String kafkaBootstrap) {
        return new BridgeConfig(mqttUri, kafkaBootstrap, "shiptwin-bridge", io.shiptwin.model.Topics.MQTT_ALL);
    }
}
