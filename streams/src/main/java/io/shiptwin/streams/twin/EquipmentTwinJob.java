package io.shiptwin.streams.twin;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.h2.AlertTable;
import io.shiptwin.streams.h2.DroppedEventTable;
import io.shiptwin.streams.h2.EquipmentTwinTable;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.health.EquipmentHealthFunction;
import io.shiptwin.streams.health.HealthRules;
import io.shiptwin.streams.kafka.AlertRecordSerializer;
import io.shiptwin.streams.kafka.DeadLetterSerializer;
import io.shiptwin.streams.kafka.TwinRecordSerializer;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The equipment twin: raw telemetry from Kafka, validated (invalid to the dead-letter topic),
 * de-duplicated by event id, folded into keyed state per equipment, written to H2 and to the
 * compacted {@code twin.equipment} topic, with limit-rule alerts to H2 and {@code twin.alerts}. Only
 * wiring here; the logic lives in the functions.
 *
 * <p>Consistency: checkpoints are exactly-once for state; the Kafka source commits offsets on
 * checkpoints; the sinks flush before each checkpoint (at-least-once) and write idempotently
 * (H2 upserts keyed by identifier and version; compacted topic keyed by identifier), so after a
 * restore each event's effect is present once.
 */
public final class EquipmentTwinJob {
    private static final Logger LOG = LoggerFactory.getLogger(EquipmentTwinJob.class);

    /**
     * @param outOfOrderness  how far event time (simulated clock) may go backwards within one Kafka partition
     *                        before the watermark passes it: the bound of the telemetry and business-event watermarks
     * @param dedupRetention  how long seen event ids are remembered at least (at most twice that, {@link SeenEventIds});
     *                        memory grows with event rate × retention (4–5 bytes per id, more for keys that mix
     *                        sources; {@link SeenEventIds})
     * @param allowedLateness how long (event time) a KPI window stays open after the watermark passed its end;
     *                        an event for a window closed longer ago is late: it still updates the twin, but not the
     *                        KPIs, and goes to the late side output (docs/event-time-and-kpis.md)
     */
    public record Config(String kafkaBootstrap, String h2Url, String groupId, Duration checkpointInterval,
                         Duration outOfOrderness, Duration dedupRetention, Duration allowedLateness) {
        /** Default allowed lateness of the KPI windows: one simulated hour. */
        public static final Duration DEFAULT_ALLOWED_LATENESS = Duration.ofHours(1);
        /**
         * Default dedup retention, wall clock: covers the bridge's redeliveries after a reconnect, the network
         * profiles' duplicates and a replay started within it; at 1,000 events/s it holds at most 3.6 million ids, as
         * 32-bit fingerprints at their sequence numbers about 16 MB (SeenEventIds).
         */
        public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofMinutes(30);
        /**
         * Default checkpoint interval: what a restore replays at most, and how often the source commits its offsets.
         * The heap backend writes all state at every checkpoint and the sinks flush at its barrier, which puts the
         * seconds with a checkpoint in the latency tail: the p99 at 5,000 events/s was at most 25 ms in ten of
         * twenty-two bench runs at 2 s, in thirteen of eighteen at 10 s (docs/performance.md, tenth and eleventh
         * rounds). The dashboard's lag is read from the job's position, not from the committed offsets, so it does
         * not depend on this.
         */
        public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);

        public Config {
            Objects.requireNonNull(kafkaBootstrap, "jobs.kafkaBootstrap");
            Objects.requireNonNull(h2Url, "jobs.h2Url");
            if (checkpointInterval == null || checkpointInterval.toMillis() < 10) {
                throw new IllegalArgumentException("jobs.checkpointInterval: must be at least 10 ms (Flink's minimum), got "
                        + checkpointInterval);
            }
            if (allowedLateness == null || allowedLateness.isNegative()) {
                throw new IllegalArgumentException("jobs.allowedLateness: must be >= 0, got " + allowedLateness);
            }
        }

        public static Config defaults(String kafkaBootstrap, String h2Url) {
            return new Config(kafkaBootstrap, h2Url, Topics.EQUIPMENT_TWIN_GROUP, DEFAULT_CHECKPOINT_INTERVAL,
                    Duration.ofSeconds(5), DEFAULT_DEDUP_RETENTION, DEFAULT_ALLOWED_LATENESS);
        }

        public Config withCheckpointInterval(Duration interval) {
            return new Config(kafkaBootstrap, h2Url, groupId, interval, outOfOrderness, dedupRetention, allowedLateness);
        }

        public Config withAllowedLateness(Duration lateness) {
            return new Config(kafkaBootstrap, h2Url, groupId, checkpointInterval, outOfOrderness, dedupRetention, lateness);
        }
    }

    private EquipmentTwinJob() {
    }

    /**
     * How long a telemetry reading may wait in a network buffer between the source and the equipment twin before it is
     * sent on: latency over batching. 5 ms was half of the Kafka-to-twin median (7 ms) at 5,000 events/s; 1 ms brought
     * that hop to 3 ms (docs/performance.md, fourth round). Only that edge is on the publish-to-twin path.
     */
    public static final Duration BUFFER_TIMEOUT = Duration.ofMillis(1);

    /**
     * The buffer timeout of every other edge (business events, equipment care, quality, KPIs): each task with a network
     * output runs a flusher thread that wakes every timeout, and at 1 ms the job's fifteen or so flushers took a tenth of
     * a core at 5,000 events/s (top, fifth round). 10 ms is still well under what the dashboard's polls can show.
     */
    public static final Duration OTHER_BUFFER_TIMEOUT = Duration.ofMillis(10);

    /**
     * At most one {@code twin.equipment} record per asset in this interval, the newest version; an asset's first change
     * after a quiet interval goes at once ({@link NewestTwinPerInterval}). The twin itself, its H2 rows and its history
     * take every version as it comes.
     */
    public static final Duration TWIN_RECORD_INTERVAL = Duration.ofMillis(100);

    /**
     * The telemetry source asks Kafka for at least 16 KB (about 50 readings) or whatever came within 1 ms. With
     * Kafka's default (answer as soon as one byte is there) every fetch carried a few records under load, many small
     * requests for a broker that already used a quarter of the machine: 3,066 -> 3,552 events/s end to end and 20 %
     * less broker CPU (bench pipeline). The wait was 5 ms until the fourth round; like {@link #BUFFER_TIMEOUT} it is
     * now 1 ms, for latency when the yard is quiet.
     */
    public static final int TELEMETRY_FETCH_MIN_BYTES = 16 * 1024;
    public static final Duration TELEMETRY_FETCH_MAX_WAIT = Duration.ofMillis(1);

    public static void build(StreamExecutionEnvironment env, Config config) {
        if (H2Sink.interruptCanCloseTheFile(config.h2Url())) {
            LOG.warn("H2 URL {} opens the file in this process on H2's default file system: cancelling or restarting the job "
                    + "interrupts the sinks, which can close the file for every session and lose the last commits. Use "
                    + "jdbc:h2:retry:file:... (docs/distributed.md)", config.h2Url());
        }
        env.enableCheckpointing(config.checkpointInterval().toMillis());
        // Flink's default of 100 ms would dominate publish-to-twin latency (goal p99 <= 25 ms) at the keyBy; that edge gets
        // BUFFER_TIMEOUT below, every other one the longer OTHER_BUFFER_TIMEOUT.
        env.setBufferTimeout(OTHER_BUFFER_TIMEOUT.toMillis());
        // Every element type is an immutable record (emitted arrays are copies that nobody writes), so chained operators
        // can share one object: without reuse, Flink copied each reading for every chained consumer and each twin for
        // both of its sinks, by reflection - a tenth of the de-duplicating task's time at 5,000 events/s
        // (docs/performance.md, thirteenth round). Records that come over the network are deserialized fresh either way.
        env.getConfig().enableObjectReuse();

        KafkaSource<RawRecord> source = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafkaBootstrap())
                .setTopics(Topics.TELEMETRY_RAW)
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("partition.discovery.interval.ms", "10000")
                .setProperty("fetch.min.bytes", Integer.toString(TELEMETRY_FETCH_MIN_BYTES))
                .setProperty("fetch.max.wait.ms", Long.toString(TELEMETRY_FETCH_MAX_WAIT.toMillis()))
                .build();

        SingleOutputStreamOperator<IngestedReading> valid = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "yard.telemetry.raw").uid("telemetry-source")
                .process(new ValidateTelemetry()).name("validate envelope").uid("validate");

        // The source task's output to the key-by below: the one edge on the publish-to-twin path.
        SingleOutputStreamOperator<IngestedReading> timed = valid.assignTimestampsAndWatermarks(
                WatermarkStrategy.<IngestedReading>forBoundedOutOfOrderness(config.outOfOrderness())
                        .withTimestampAssigner((r, ts) -> r.reading().eventTimeMillis())
                        .withIdleness(Duration.ofSeconds(10)))
                .name("event-time watermarks").uid("watermarks")
                .setBufferTimeout(BUFFER_TIMEOUT.toMillis());

        // What the watermark of the telemetry is, next to its simulated clock, for the Event time view.
        timed.process(new io.shiptwin.streams.kpi.WatermarkProbe<>(Topics.TELEMETRY_RAW, "telemetry watermarks"))
                .name("telemetry watermark probe").uid("telemetry-watermark-probe")
                .sinkTo(new H2Sink<>(config.h2Url(), io.shiptwin.streams.h2.WatermarkTable::new, 50, 200))
                .name("H2 telemetry watermarks").uid("h2-telemetry-watermarks");

        SingleOutputStreamOperator<IngestedReading> unique = timed
                .keyBy(r -> r.reading().assetId())
                .process(new DropDuplicateEvents(config.dedupRetention())).name("drop duplicates").uid("dedup");

        // Same key, same partitioning: no second shuffle between de-duplication and the twin.
        SingleOutputStreamOperator<EquipmentTwin> twins = DataStreamUtils
                .reinterpretAsKeyedStream(unique, r -> r.reading().assetId())
                .process(new EquipmentTwinFunction()).name("equipment twin").uid("equipment-twin");

        twins.sinkTo(new H2Sink<>(config.h2Url(), EquipmentTwinTable::new, 2000, 20)).name("H2 equipment twin").uid("h2-twin");
        // No twin_lineage rows for equipment: the equipment history (above) already holds every version with its event
        // and Kafka record, and the dashboard reads an equipment's lineage from it. Writing it twice was 15 % of this
        // task's time (JFR, bench pipeline). The removed operators were stateless, so older checkpoints still restore.
        // twin.equipment is compacted: its consumers want each asset's current state, not its hundreds of versions a
        // second. Building and sending a record for every version was a quarter of this task's time (JFR, bench pipeline).
        DataStreamUtils.reinterpretAsKeyedStream(twins, EquipmentTwin::assetId)
                .process(new NewestTwinPerInterval(TWIN_RECORD_INTERVAL)).name("newest twin per interval").uid("twin-record-interval")
                .sinkTo(KafkaSink.<EquipmentTwin>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new TwinRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.equipment").uid("kafka-twin");

        // Equipment health: limit rules on the same unique, keyed readings; alerts on transitions only.
        SingleOutputStreamOperator<Alert> alerts = DataStreamUtils
                .reinterpretAsKeyedStream(unique, r -> r.reading().assetId())
                .process(new EquipmentHealthFunction(HealthRules.defaults())).name("equipment health").uid("equipment-health");
        alerts.sinkTo(new H2Sink<>(config.h2Url(), AlertTable::new, 200, 50)).name("H2 alerts").uid("h2-alerts");
        alerts.sinkTo(KafkaSink.<Alert>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new AlertRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.alerts").uid("kafka-alerts");

        DataStream<DroppedEvent> deadLetters = valid.getSideOutput(ValidateTelemetry.DEAD_LETTERS);
        deadLetters.sinkTo(KafkaSink.<DroppedEvent>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new DeadLetterSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka yard.deadletter").uid("kafka-deadletter");
        deadLetters.union(unique.getSideOutput(DropDuplicateEvents.DUPLICATES))
                .sinkTo(new H2Sink<>(config.h2Url(), DroppedEventTable::new, 500, 50)).name("H2 dropped events").uid("h2-dropped");

        // Equipment care: status, shift OEE, drift detection with RUL, maintenance work orders (docs/equipment-health.md).
        io.shiptwin.streams.maintenance.MaintenanceJob.build(env, config, unique);

        // The block and ship twin from business events, in the same job (one MiniCluster runs both).
        DataStream<io.shiptwin.streams.lifecycle.IngestedEvent> events = io.shiptwin.streams.lifecycle.LifecycleTwinJob.build(env, config);
        // Quality control joined with the welding telemetry of the station that welded each block.
        io.shiptwin.streams.qc.QualityJob.build(unique, events, config);
    }

    /**
     * Entry point on a real Flink cluster: {@code flink run -c ... --kafka host:9092 --h2 jdbc:h2:tcp://...
     * [--allowed-lateness PT1H] [--checkpoint-interval PT10S]}.
     */
    public static void main(String[] args) throws Exception {
        org.apache.flink.util.ParameterTool params = org.apache.flink.util.ParameterTool.fromArgs(args);
        Config config = Config.defaults(params.get("kafka", "localhost:9092"), params.getRequired("h2"));
        if (params.has("lineage-depth")) {
            System.setProperty(io.shiptwin.model.LineageDepth.PROPERTY, params.get("lineage-depth"));
        }
        if (params.has("checkpoint-interval")) {
            // ISO-8601, e.g. PT10S
            config = config.withCheckpointInterval(Duration.parse(params.get("checkpoint-interval")));
        }
        if (params.has("allowed-lateness")) {
            // ISO-8601, e.g. PT30M: how long a KPI window takes late events after it closed (simulated time).
            config = config.withAllowedLateness(Duration.parse(params.get("allowed-lateness")));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, config);
        env.execute(Topics.EQUIPMENT_TWIN_JOB);
    }
}
