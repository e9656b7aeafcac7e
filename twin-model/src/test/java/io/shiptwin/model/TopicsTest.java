package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

    @Test
    void buildsTheMqttTopicOfAnAssetChannel() {
        assertThat(Topics.mqttTopic("wenchong", "dock-1", AssetType.GANTRY_CRANE, "GC-01", Topics.CHANNEL_TELEMETRY))
                .isEqualTo("shipyard/wenchong/dock-1/crane/GC-01/telemetry");
    }

    @Test
    void buildsTheEventsTopicOfABlockByItsObjectKindSegment() {
        assertThat(Topics.mqttTopic("wenchong", "paint-shop", ObjectKind.BLOCK.topicSegment(), "BLK-H1234-B101", Topics.CHANNEL_EVENTS))
                .isEqualTo("shipyard/wenchong/paint-shop/block/BLK-H1234-B101/events");
    }

    @Test
    void parsesEveryLevelOfAYardTopic() {
        assertThat(Topics.MqttTopic.parse("shipyard/wenchong/dock-1/crane/GC-01/telemetry"))
                .isEqualTo(new Topics.MqttTopic("wenchong", "dock-1", "crane", "GC-01", "telemetry"));
    }

    @Test
    void anAreasGatewayTopicIsInTheYardNamespaceAndCarriesTelemetry() {
        String gateway = Topics.areaGatewayTopic("shipyard/wenchong/dock-1/crane/GC-01/telemetry");
        assertThat(gateway).isEqualTo("shipyard/wenchong/dock-1/gateway/GW-dock-1/telemetry");
        assertThat(Topics.MqttTopic.parse(gateway).kafkaTopic()).isEqualTo(Topics.TELEMETRY_RAW);
        assertThat(Topics.MqttTopic.parse(gateway).assetTag()).as("the Kafka key of its records").isEqualTo("GW-dock-1");
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.areaGatewayTopic("factory/dock-1/crane"));
    }

    @Test
    void parsesWhatMqttTopicBuilds() {
        String topic = Topics.mqttTopic("wenchong", "paint-shop", AssetType.PAINT_BOOTH, "PB-01", Topics.CHANNEL_EVENTS);

        assertThat(Topics.MqttTopic.parse(topic))
                .isEqualTo(new Topics.MqttTopic("wenchong", "paint-shop", "paint-booth", "PB-01", "events"));
    }

    @Test
    void eventsChannelGoesToRawEventsKafkaTopic() {
        assertThat(Topics.MqttTopic.parse("shipyard/wenchong/dock-1/crane/GC-01/events").kafkaTopic())
                .isEqualTo("yard.events.raw");
    }

    @Test
    void telemetryChannelGoesToRawTelemetryKafkaTopic() {
        assertThat(Topics.MqttTopic.parse("shipyard/wenchong/dock-1/crane/GC-01/telemetry").kafkaTopic())
                .isEqualTo("yard.telemetry.raw");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "shipyard/wenchong/dock-1/crane/GC-01",
            "shipyard/wenchong/dock-1/crane/GC-01/telemetry/extra",
            "shipyard",
            ""})
    void rejectsWrongLevelCountNamingTheTopic(String topic) {
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.MqttTopic.parse(topic))
                .withMessage("MQTT topic '" + topic + "' is not shipyard/{site}/{area}/{assetType}/{assetId}/{channel}");
    }

    @Test
    void rejectsWrongRootNamingTheTopic() {
        String topic = "harbour/wenchong/dock-1/crane/GC-01/telemetry";

        assertThatIllegalArgumentException().isThrownBy(() -> Topics.MqttTopic.parse(topic))
                .withMessage("MQTT topic '" + topic + "' is not shipyard/{site}/{area}/{assetType}/{assetId}/{channel}");
    }

    @Test
    void rejectsEmptyLevelNamingTheTopicAndTheLevel() {
        String topic = "shipyard/wenchong//crane/GC-01/telemetry";

        assertThatIllegalArgumentException().isThrownBy(() -> Topics.MqttTopic.parse(topic))
                .withMessage("MQTT topic '" + topic + "' has an empty level 2");
    }

    @Test
    void rejectsEmptyTrailingChannelLevel() {
        String topic = "shipyard/wenchong/dock-1/crane/GC-01/";

        assertThatIllegalArgumentException().isThrownBy(() -> Topics.MqttTopic.parse(topic))
                .withMessage("MQTT topic '" + topic + "' has an empty level 5");
    }
}
