package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.TelemetryBatch;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.sim.GatewayBatching;
import io.shiptwin.sim.MqttPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole data path on real embedded components: MQTT broker, bridge, Kafka (KRaft), the Flink
 * twin job on a MiniCluster, H2. Messages go in at the MQTT broker like a device's would.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class DataPathIT extends PipelineTestBase {
    private static final int VALID = 60;
    private static final String TAG = "IT-GC-07";
    private static final String ASSET = "88.118.8001/EQ-" + TAG;
    private static final String TOPIC = "shipyard/wenchong/dock-9/crane/" + TAG + "/telemetry";


    @Test
    void everyValidEventLandsOnceInTheTwinTheDuplicateIsDroppedAndTheMalformedOneIsDeadLettered() throws Exception {
        List<TelemetryReading> readings = new ArrayList<>();
        for (int i = 1; i <= VALID; i++) {
            readings.add(new TelemetryReading("it-run:" + TAG + ":" + i, ASSET, i, 1_772_409_600_000L + i * 1000L,
                    "wenchong", "dock-9", "crane", new String[] {"load_t", "wind_speed_ms"}, new double[] {100 + i, i % 7}));
        }
        byte[] malformed = "{\"schemaVersion\":1, this is not json".getBytes(StandardCharsets.UTF_8);
        try (MqttPublisher device = new MqttPublisher(pipeline.broker().uri(), "it-device-" + TAG, 50)) {
            device.connect();
            for (TelemetryReading r : readings) {
                device.publish(TOPIC, EnvelopeCodec.encode(r));
            }
            device.publish(TOPIC, EnvelopeCodec.encode(readings.get(9)));   // the bridge's at-least-once, replayed
            device.publish(TOPIC, malformed);
            assertThat(device.awaitInFlight(Duration.ofSeconds(30))).isTrue();
            assertThat(device.acknowledged()).isEqualTo(VALID + 2);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(longQuery("SELECT event_count FROM equipment_twin WHERE asset_id = ?", ASSET)).isEqualTo(VALID);
            assertThat(longQuery("SELECT COUNT(*) FROM dropped_events WHERE kind = 'DUPLICATE' AND asset_id = ?", ASSET)).isEqualTo(1);
            assertThat(longQuery("SELECT COUNT(*) FROM dropped_events WHERE kind = 'DEAD_LETTER' AND source_key = ?", TAG)).isEqualTo(1);
        });

        assertThat(stringQuery("SELECT event_id FROM dropped_events WHERE kind = 'DUPLICATE' AND asset_id = ?", ASSET))
                .isEqualTo("it-run:" + TAG + ":10");
        assertThat(stringQuery("SELECT reason FROM dropped_events WHERE kind = 'DEAD_LETTER' AND source_key = ?", TAG))
                .startsWith("not JSON");
        List<Version> history = history(ASSET);
        assertThat(history.stream().map(Version::eventId).distinct()).hasSize(VALID);
        assertThat(history).hasSize(VALID);

        // Each event can be traced hop by hop: bridge, then Kafka, then the twin, in that order.
        assertThat(history).allSatisfy(v -> {
            assertThat(v.sourceTopic()).isEqualTo("yard.telemetry.raw");
            assertThat(v.bridgeReceivedMillis()).isLessThanOrEqualTo(v.kafkaAppendedMillis());
            assertThat(v.kafkaAppendedMillis()).isLessThanOrEqualTo(v.twinUpdatedMillis());
        });

        // The twin's statistics are those of the 60 unique readings: the duplicate did not count twice.
        double expectedMean = readings.stream().mapToDouble(r -> r.values()[0]).average().orElseThrow();
        assertThat(doubleQuery("SELECT mean_value FROM equipment_channel WHERE asset_id = ? AND channel = 'load_t'", ASSET))
                .isCloseTo(expectedMean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(doubleQuery("SELECT max_value FROM equipment_channel WHERE asset_id = ? AND channel = 'load_t'", ASSET))
                .isEqualTo(100.0 + VALID);
        assertThat(doubleQuery("SELECT last_value FROM equipment_channel WHERE asset_id = ? AND channel = 'load_t'", ASSET))
                .isEqualTo(100.0 + VALID);

        // twin.equipment carries the asset's newest version, not necessarily each one (compacted; one per 100 ms at most).
        List<JsonNode> twinRecords = twinRecordsUpToVersion(ASSET, VALID);
        assertThat(twinRecords).hasSizeBetween(1, VALID);
        assertThat(twinRecords).extracting(t -> t.get("version").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode newest = twinRecords.get(twinRecords.size() - 1);
        assertThat(newest.get("lastEventId").asText()).isEqualTo("it-run:" + TAG + ":" + VALID);
        assertThat(newest.at("/channels/load_t/last").asDouble()).isEqualTo(100.0 + VALID);
        assertThat(newest.at("/channels/load_t/samples").asLong()).isEqualTo(VALID);

        ConsumerRecord<byte[], byte[]> deadLetter = firstDeadLetterFor(TAG);
        assertThat(deadLetter.value()).isEqualTo(malformed);
        assertThat(header(deadLetter, "deadletter.reason")).startsWith("not JSON");
        assertThat(header(deadLetter, "deadletter.source")).startsWith(Topics.TELEMETRY_RAW + "/");
    }

    @Test
    void eventsWhoseSimulatedClockRunsDaysAheadOfTheWallClockStillReachTheTwin() throws Exception {
        // A paced-at-max scenario runs its clock far ahead; Kafka refuses record timestamps over an hour
        // in the future, so nothing downstream may stamp records with event time.
        String tag = "IT-GC-FUTURE";
        String asset = "88.118.8001/EQ-" + tag;
        long threeDaysAhead = System.currentTimeMillis() + java.time.Duration.ofDays(3).toMillis();
        try (MqttPublisher device = new MqttPublisher(pipeline.broker().uri(), "it-device-" + tag, 50)) {
            device.connect();
            for (int i = 1; i <= 20; i++) {
                device.publish("shipyard/wenchong/dock-9/crane/" + tag + "/telemetry", EnvelopeCodec.encode(new TelemetryReading(
                        "it-future:" + tag + ":" + i, asset, i, threeDaysAhead + i * 60_000L, "wenchong", "dock-9", "crane",
                        new String[] {"load_t", "wind_speed_ms"}, new double[] {50, 25})));
            }
            assertThat(device.awaitInFlight(Duration.ofSeconds(30))).isTrue();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(longQuery("SELECT event_count FROM equipment_twin WHERE asset_id = ?", asset)).isEqualTo(20));
        // Lifting in 25 m/s of wind: the alert is raised too (its Kafka record was accepted).
        assertThat(longQuery("SELECT COUNT(*) FROM alerts WHERE asset_id = ? AND rule_id = 'crane-lift-in-wind'", asset)).isEqualTo(1);
    }

    @Test
    void aGatewaysBatchesArriveReadingByReadingInOrderAndABadBatchIsDeadLetteredWhole() throws Exception {
        String tag = "IT-GC-BATCH";
        String asset = "88.118.8001/EQ-" + tag;
        String topic = "shipyard/wenchong/dock-9/crane/" + tag + "/telemetry";
        int readings = 100;
        List<byte[]> envelopes = new ArrayList<>();
        for (int i = 1; i <= readings; i++) {
            envelopes.add(EnvelopeCodec.encode(new TelemetryReading("it-batch:" + tag + ":" + i, asset, i,
                    1_772_409_600_000L + i * 1000L, "wenchong", "dock-9", "crane", new String[] {"load_t", "wind_speed_ms"},
                    new double[] {i, 3})));
        }
        // Twenty readings a message, and a linger far longer than the run: every message is a full batch.
        try (MqttPublisher gateway = new MqttPublisher(pipeline.broker().uri(), "it-gateway-" + tag, 50, null,
                new GatewayBatching(20, Duration.ofSeconds(10)))) {
            gateway.connect();
            for (byte[] e : envelopes) {
                gateway.publish(topic, e);
            }
            assertThat(gateway.awaitInFlight(Duration.ofSeconds(30))).isTrue();
            assertThat(gateway.acknowledged()).as("readings").isEqualTo(readings);
            assertThat(gateway.messagesAcknowledged()).as("messages").isEqualTo(5);
        }
        byte[] redelivered = new TelemetryBatch.Builder().add(envelopes.get(40)).add(envelopes.get(41)).add(envelopes.get(42)).take();
        byte[] malformed = ("[" + new String(envelopes.get(0), StandardCharsets.UTF_8) + ", 7]").getBytes(StandardCharsets.UTF_8);
        try (MqttPublisher device = new MqttPublisher(pipeline.broker().uri(), "it-device-" + tag, 50)) {
            device.connect();
            device.publish(topic, redelivered);
            device.publish(topic, malformed);
            assertThat(device.awaitInFlight(Duration.ofSeconds(30))).isTrue();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(longQuery("SELECT event_count FROM equipment_twin WHERE asset_id = ?", asset)).isEqualTo(readings);
            assertThat(longQuery("SELECT COUNT(*) FROM dropped_events WHERE kind = 'DUPLICATE' AND asset_id = ?", asset)).isEqualTo(3);
            assertThat(longQuery("SELECT COUNT(*) FROM dropped_events WHERE kind = 'DEAD_LETTER' AND source_key = ?", tag)).isEqualTo(1);
        });
        // One record per reading, applied in the order sampled: version n is reading n.
        List<Version> history = history(asset);
        assertThat(history).extracting(Version::eventId)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, readings).mapToObj(n -> "it-batch:" + tag + ":" + n).toList());
        assertThat(history.stream().map(Version::sourceOffset).distinct()).hasSize(readings);
        assertThat(doubleQuery("SELECT last_value FROM equipment_channel WHERE asset_id = ? AND channel = 'load_t'", asset))
                .isEqualTo(readings);
        assertThat(stringQuery("SELECT reason FROM dropped_events WHERE kind = 'DEAD_LETTER' AND source_key = ?", tag))
                .isEqualTo("a malformed telemetry batch (schemas/telemetry-batch-v1.schema.json): $[1]: expected an envelope (object), got 7");
        assertThat(firstDeadLetterFor(tag).value()).as("the whole message, as published").isEqualTo(malformed);
        assertThat(pipeline.bridge().batches()).as("the gateway's five and the redelivered one").isGreaterThanOrEqualTo(6);
    }

    @Test
    void anAreasGatewayBatchesReadingsOfSeveralMachinesAndEachMachineKeepsItsOrder() throws Exception {
        String[] tags = {"IT-GC-AREA", "IT-WR-AREA"};
        String[] types = {"crane", "welding-robot"};
        int perAsset = 50;
        long bridgedBefore = pipeline.bridge().sentToKafka();
        try (MqttPublisher gateway = new MqttPublisher(pipeline.broker().uri(), "it-area-gateway", 50, null,
                new GatewayBatching(20, Duration.ofSeconds(10), GatewayBatching.Scope.AREA))) {
            gateway.connect();
            for (int i = 1; i <= perAsset; i++) {
                for (int a = 0; a < tags.length; a++) {
                    gateway.publish("shipyard/wenchong/dock-8/" + types[a] + "/" + tags[a] + "/telemetry",
                            EnvelopeCodec.encode(new TelemetryReading("it-area:" + tags[a] + ":" + i, "88.118.8001/EQ-" + tags[a], i,
                                    1_772_409_600_000L + i * 1000L, "wenchong", "dock-8", types[a], new String[] {"load_t"},
                                    new double[] {i})));
                }
            }
            assertThat(gateway.awaitInFlight(Duration.ofSeconds(30))).isTrue();
            assertThat(gateway.acknowledged()).as("readings").isEqualTo(2L * perAsset);
            assertThat(gateway.messagesAcknowledged()).as("one gateway for the area: 100 readings in batches of 20").isEqualTo(5);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String tag : tags) {
                assertThat(longQuery("SELECT event_count FROM equipment_twin WHERE asset_id = ?", "88.118.8001/EQ-" + tag))
                        .isEqualTo(perAsset);
            }
        });
        for (String tag : tags) {
            // Each machine's readings applied in the order sampled: version n is its reading n.
            assertThat(history("88.118.8001/EQ-" + tag)).extracting(Version::eventId)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, perAsset).mapToObj(n -> "it-area:" + tag + ":" + n).toList());
        }
        assertThat(pipeline.bridge().sentToKafka() - bridgedBefore).as("one record per reading").isGreaterThanOrEqualTo(2L * perAsset);
    }

    /** The asset's twin.equipment records, in order, until one carries {@code version}. */
    private static List<JsonNode> twinRecordsUpToVersion(String assetId, long version) {
        ObjectMapper json = new ObjectMapper();
        return readKeyUntil(Topics.TWIN_EQUIPMENT, "it-twin-reader", assetId, r -> twin(json, r).get("version").asLong() == version)
                .stream().map(r -> twin(json, r)).toList();
    }

    private static JsonNode twin(ObjectMapper json, ConsumerRecord<byte[], byte[]> r) {
        try {
            return json.readTree(r.value());
        } catch (IOException e) {
            throw new UncheckedIOException("twin.equipment record at offset " + r.offset() + " is no JSON", e);
        }
    }

    private static ConsumerRecord<byte[], byte[]> firstDeadLetterFor(String key) {
        return readKeyUntil(Topics.DEAD_LETTER, "it-deadletter-reader", key, r -> true).get(0);
    }

    /** The topic's records with this key, from the beginning, up to the first that {@code last} accepts (within 60 s). */
    private static List<ConsumerRecord<byte[], byte[]>> readKeyUntil(String topic, String groupId, String key,
                                                                     Predicate<ConsumerRecord<byte[], byte[]>> last) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafka().bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                        seen.add(r);
                        if (last.test(r)) {
                            return seen;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no record in " + topic + " with key " + key + " as expected; " + seen.size() + " with that key");
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        assertThat(h).as("header %s", name).isNotNull();
        return new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Every version of the asset's twin in its history, oldest first. */
    static List<Version> history(String assetId) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url())) {
            return EquipmentHistoryChunks.all(c, assetId);
        }
    }

    static long longQuery(String sql, Object... args) throws SQLException {
        Object v = query(sql, args);
        return v == null ? -1 : ((Number) v).longValue();
    }

    static double doubleQuery(String sql, Object... args) throws SQLException {
        return ((Number) query(sql, args)).doubleValue();
    }

    static String stringQuery(String sql, Object... args) throws SQLException {
        return (String) query(sql, args);
    }

    private static Object query(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            if (e.getMessage().contains("not found")) {
                return null; // tables not created yet: the job is still starting
            }
            throw e;
        }
    }

}
