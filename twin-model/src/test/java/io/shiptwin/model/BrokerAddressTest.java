package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrokerAddressTest {

    @Test
    void tcpAndSslWithAndWithoutPort() {
        assertThat(BrokerAddress.parse("tcp://127.0.0.1:21883", "s")).isEqualTo(new BrokerAddress("127.0.0.1", 21883, false));
        assertThat(BrokerAddress.parse("tcp://mqtt.yard", "s")).isEqualTo(new BrokerAddress("mqtt.yard", 1883, false));
        assertThat(BrokerAddress.parse("ssl://mqtt.yard", "s")).isEqualTo(new BrokerAddress("mqtt.yard", 8883, true));
        assertThat(BrokerAddress.parse("ssl://mqtt.yard:9883", "s")).isEqualTo(new BrokerAddress("mqtt.yard", 9883, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://mqtt.yard:80", "mqtt.yard:1883", "tcp://", "tcp://mq tt:1883", ""})
    void anythingElseIsRefusedNamingTheSettingAndTheUri(String uri) {
        assertThatThrownBy(() -> BrokerAddress.parse(uri, "sim.brokerUri"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sim.brokerUri '" + uri + "': ");
    }
}
