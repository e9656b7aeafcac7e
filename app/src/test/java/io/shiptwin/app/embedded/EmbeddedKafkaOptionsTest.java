package io.shiptwin.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Kafka child's JVM options: ShipTwin's heap and collector, then what SHIPTWIN_KAFKA_JAVA_OPTS adds. */
class EmbeddedKafkaOptionsTest {

    @Test
    void withoutExtraOptionsTheBrokerGetsShipTwinsHeapAndCollector() {
        assertThat(EmbeddedKafka.memoryOptions("512m", null)).containsExactly("-Xmx512m", "-Xms512m", "-Xmn24m", "-XX:+UseSerialGC");
        assertThat(EmbeddedKafka.memoryOptions("512m", "   ")).containsExactly("-Xmx512m", "-Xms512m", "-Xmn24m", "-XX:+UseSerialGC");
    }

    @Test
    void extraOptionsComeAfterShipTwinsSoTheyWin() {
        assertThat(EmbeddedKafka.memoryOptions("384m", "  -Xmn96m \t -Xlog:gc:file=/tmp/kafka-gc.log "))
                .containsExactly("-Xmx384m", "-Xms384m", "-Xmn24m", "-XX:+UseSerialGC", "-Xmn96m", "-Xlog:gc:file=/tmp/kafka-gc.log");
    }
}
