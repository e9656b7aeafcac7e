package io.shiptwin.streams.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bridge's --mqtt URI: what it connects to, and a clear error naming the setting for what it cannot use. */
class BridgeMqttUriTest {

    private static Mqtt3Client clientFor(String uri) {
        return MqttKafkaBridge.mqttClient(BridgeConfig.defaults(uri, "127.0.0.1:9092")).build();
    }

    @Test
    void tcpUriGivesHostPortAndNoTls() {
        Mqtt3Client client = clientFor("tcp://10.1.2.3:21883");
        assertThat(client.getConfig().getServerHost()).isEqualTo("10.1.2.3");
        assertThat(client.getConfig().getServerPort()).isEqualTo(21883);
        assertThat(client.getConfig().getSslConfig()).isEmpty();
        assertThat(client.getConfig().getClientIdentifier().map(Object::toString)).contains("shiptwin-bridge");
    }

    @Test
    void portDefaultsToTheSchemesStandardPort() {
        assertThat(clientFor("tcp://broker.yard").getConfig().getServerPort()).isEqualTo(1883);
        Mqtt3Client tls = clientFor("ssl://broker.yard");
        assertThat(tls.getConfig().getServerPort()).isEqualTo(8883);
        assertThat(tls.getConfig().getSslConfig()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://broker:1883", "broker:1883", "tcp://", "tcp://bro ker:1883"})
    void anUnusableUriIsRefusedNamingTheSetting(String uri) {
        assertThatThrownBy(() -> clientFor(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bridge.mqttUri '" + uri + "'");
    }
}
