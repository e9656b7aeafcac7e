package io.shiptwin.model;

/**
 * The names other modules rely on: Kafka topics and the ISA-95 style MQTT namespace
 * {@code shipyard/{site}/{area}/{assetType}/{assetId}/{channel}}.
 */
public final class Topics {
    public static final String TELEMETRY_RAW = "yard.telemetry.raw";
    public static final String EVENTS_RAW = "yard.events.raw";
    public static final String DEAD_LETTER = "yard.deadletter";
    public static final String TWIN_EQUIPMENT = "twin.equipment";
    public static final String TWIN_BLOCKS = "twin.blocks";
    public static final String TWIN_SHIPS = "twin.ships";
    public static final String TWIN_ALERTS = "twin.alerts";
    public static final String TWIN_KPIS = "twin.kpis";
    /** Maintenance work orders opened by the equipment twin's alerts, keyed by work order id (compacted). */
    public static final String TWIN_WORK_ORDERS = "twin.workorders";
    /** Delivered ships in service (operation totals, surveys, next survey due), keyed by ship id (compacted). */
    public static final String TWIN_SERVICE = "twin.service";

    /** Consumer group of the equipment twin job; the Kafka source commits its offsets there on each checkpoint. */
    public static final String EQUIPMENT_TWIN_GROUP = "shiptwin-equipment-twin";
    /** Name of the Flink job that runs the twin; the dashboard finds it by this name in Flink's REST API. */
    public static final String EQUIPMENT_TWIN_JOB = "shiptwin-equipment-twin";

    /** Every MQTT topic of the yard; what the bridge subscribes to. */
    public static final String MQTT_ALL = "shipyard/#";
    public static final String CHANNEL_TELEMETRY = "telemetry";
    public static final String CHANNEL_EVENTS = "events";

    private Topics() {
    }

    public static String mqttTopic(String site, String area, AssetType type, String assetTag, String channel) {
        return mqttTopic(site, area, type.topicSegment(), assetTag, channel);
    }

    /**
     * The topic of any source, by the namespace level of its type: an {@link AssetType} or an
     * {@link ObjectKind} segment, e.g. {@code shipyard/wenchong/paint-shop/block/BLK-H1234-B101/events}.
     */
    public static String mqttTopic(String site, String area, String typeSegment, String assetTag, String channel) {
        return "shipyard/" + site + "/" + area + "/" + typeSegment + "/" + assetTag + "/" + channel;
    }

    /** The namespace level of an area's edge gateway, in place of an asset type. */
    public static final String GATEWAY_SEGMENT = "gateway";

    /**
     * The telemetry topic of the edge gateway of an area: {@code shipyard/{site}/{area}/gateway/GW-{area}/telemetry}. A
     * gateway's batch ({@link TelemetryBatch}) on it holds readings of any asset of that area; each envelope names its
     * asset, and the Kafka key (the gateway) keeps each asset's readings in order, since an asset has one gateway.
     *
     * @param telemetryTopic the topic of one of the area's assets
     */
    public static String areaGatewayTopic(String telemetryTopic) {
        MqttTopic asset = MqttTopic.parse(telemetryTopic);
        return mqttTopic(asset.site(), asset.area(), GATEWAY_SEGMENT, "GW-" + asset.area(), CHANNEL_TELEMETRY);
    }

    /** A parsed MQTT topic of the yard namespace. */
    public record MqttTopic(String site, String area, String assetType, String assetTag, String channel) {

        /** Parses a topic; throws with the reason when it is not in the yard namespace. */
        public static MqttTopic parse(String topic) {
            String[] parts = topic.split("/", -1);
            if (parts.length != 6 || !parts[0].equals("shipyard")) {
                throw new IllegalArgumentException("MQTT topic '" + topic
                        + "' is not shipyard/{site}/{area}/{assetType}/{assetId}/{channel}");
            }
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    throw new IllegalArgumentException("MQTT topic '" + topic + "' has an empty level " + i);
                }
            }
            return new MqttTopic(parts[1], parts[2], parts[3], parts[4], parts[5]);
        }

        /** The Kafka topic that carries this MQTT channel. */
        public String kafkaTopic() {
            return CHANNEL_EVENTS.equals(channel) ? EVENTS_RAW : TELEMETRY_RAW;
        }
    }
}
