package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What a publisher says when there is no broker, and what it refuses before trying. */
class MqttPublisherTest {

    @Test
    void noBrokerOnThePortIsAClearErrorNamingTheBroker() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String uri = "tcp://127.0.0.1:" + port;
        try (MqttPublisher publisher = new MqttPublisher(uri, "no-broker-test", 10)) {
            long start = System.nanoTime();
            assertThatThrownBy(publisher::connect)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot connect to MQTT broker " + uri + ": ")
                    .hasMessageContaining("Connection refused");
            assertThat(System.nanoTime() - start).as("refused at once, not after the 15 s timeout").isLessThan(10_000_000_000L);
            assertThat(publisher.isConnected()).isFalse();
        }
    }

    @Test
    void aUriThatIsNoMqttBrokerIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> new MqttPublisher("http://127.0.0.1:1883", "bad-uri-test", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MQTT broker URI 'http://127.0.0.1:1883': expected tcp://host:port or ssl://host:port");
    }
}
