package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.h2.AlertTable;
import io.shiptwin.streams.h2.DroppedEventTable;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.HullTwinHistoryTable;
import io.shiptwin.streams.h2.HullTwinTable;
import io.shiptwin.streams.h2.TwinLineageTable;
import io.shiptwin.model.LineageDepth;
import io.shiptwin.streams.history.LineageEntry;
import io.shiptwin.streams.h2.ShipTotalsTable;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.kafka.AlertRecordSerializer;
import io.shiptwin.streams.kafka.DeadLetterSerializer;
import io.shiptwin.streams.kafka.HullTwinRecordSerializer;
import io.shiptwin.streams.kpi.EventTimeOfRecord;
import io.shiptwin.streams.kpi.KpiJob;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import io.shiptwin.streams.twin.RawRecord;
import io.shiptwin.streams.twin.RawRecordDeserializer;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The block and ship twin, in the same Flink job as the equipment twin ({@link EquipmentTwinJob#build} calls
 * {@link #build}): business events from {@code yard.events.raw}, decoded (unreadable ones and non-business
 * events to the dead letters), keyed by the ship, grand block or block they are about, de-duplicated and folded
 * by {@link HullTwinFunction}; twins to H2 ({@code hull_twin}, {@code hull_stage_dates}) and to the compacted
 * {@code twin.blocks} / {@code twin.ships} topics, ship roll-ups ({@link ShipRollupFunction}) to H2
 * {@code ship_totals}, illegal lifecycle transitions to the alert sinks. Same
 * consistency model as the equipment twin (ADR 0002): exactly-once state, idempotent sinks.
 */
public final class LifecycleTwinJob {
    public static final String GROUP_ID = "shiptwin-lifecycle-twin";

    private LifecycleTwinJob() {
    }

    /** Wires the hull twin and the KPIs; returns every decoded business event (for the quality join). */
    public static DataStream<IngestedEvent> build(StreamExecutionEnvironment env, EquipmentTwinJob.Config config) {
        KafkaSource<RawRecord> source = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafkaBootstrap())
                .setTopics(Topics.EVENTS_RAW)
                .setGroupId(GROUP_ID)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("partition.discovery.interval.ms", "10000")
                .build();

        SingleOutputStreamOperator<IngestedEvent> events = env
                .fromSource(source, EventTimeOfRecord.watermarks(config.outOfOrderness()), "yard.events.raw").uid("events-source")
                .process(new DecodeBusinessEvents()).name("decode business events").uid("decode-events");
        // KPIs in event-time windows, from every business event; the twin below takes every unique one, late or not.
        DataStream<IngestedEvent> allEvents = events.getSideOutput(DecodeBusinessEvents.ALL_EVENTS);
        KpiJob.build(allEvents, config);
        // Delivered ships in service: operation totals, surveys and the next survey due (docs/service-twin.md).
        io.shiptwin.streams.service.ServiceTwinJob.build(allEvents, config);

        SingleOutputStreamOperator<HullTwin> twins = events
                .keyBy(IngestedEvent::entityId)
                .process(new HullTwinFunction(config.dedupRetention())).name("hull twin").uid("hull-twin");

        twins.sinkTo(new H2Sink<>(config.h2Url(), HullTwinTable::new, 500, 50)).name("H2 hull twin").uid("h2-hull-twin");
        twins.sinkTo(KafkaSink.<HullTwin>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new HullTwinRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.blocks/twin.ships").uid("kafka-hull-twin");

        // Ship roll-up: per-event flow deltas of every hull entity, keyed by its ship.
        twins.getSideOutput(HullTwinFunction.FLOW_DELTAS)
                .keyBy(FlowDelta::shipId)
                .process(new ShipRollupFunction()).name("ship roll-up").uid("ship-rollup")
                .sinkTo(new H2Sink<>(config.h2Url(), ShipTotalsTable::new, 200, 50)).name("H2 ship totals").uid("h2-ship-totals");

        // Lifecycle twin: plan, progress and remaining flows per entity; per ship the schedule and dock.
        DataStream<HullProgress> progress = twins.getSideOutput(HullTwinFunction.PROGRESS);
        progress.sinkTo(new H2Sink<>(config.h2Url(), io.shiptwin.streams.h2.HullProgressTable::new, 500, 50))
                .name("H2 hull flows and plan").uid("h2-hull-progress");
        progress.keyBy(HullProgress::shipId)
                .process(new ShipScheduleFunction()).name("ship schedule").uid("ship-schedule")
                .sinkTo(new H2Sink<>(config.h2Url(), io.shiptwin.streams.h2.ShipScheduleTable::new, 200, 50))
                .name("H2 ship schedule").uid("h2-ship-schedule");

        // History (every version) and bounded lineage (the last N events) of every hull twin.
        DataStream<HullChange> changes = twins.getSideOutput(HullTwinFunction.CHANGES);
        changes.sinkTo(new H2Sink<>(config.h2Url(), HullTwinHistoryTable::new, 500, 50)).name("H2 hull twin history")
                .uid("h2-hull-history");
        int lineageDepth = LineageDepth.configured();
        changes.map(LineageEntry::ofHull).returns(LineageEntry.class).name("hull lineage").uid("hull-lineage")
                .sinkTo(new H2Sink<>(config.h2Url(), () -> new TwinLineageTable(lineageDepth), 500, 50))
                .name("H2 hull twin lineage").uid("h2-hull-lineage");

        DataStream<Alert> alerts = twins.getSideOutput(HullTwinFunction.ALERTS);
        alerts.sinkTo(new H2Sink<>(config.h2Url(), AlertTable::new, 200, 50)).name("H2 lifecycle alerts").uid("h2-lifecycle-alerts");
        alerts.sinkTo(KafkaSink.<Alert>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new AlertRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka lifecycle twin.alerts").uid("kafka-lifecycle-alerts");

        DataStream<DroppedEvent> deadLetters = events.getSideOutput(DecodeBusinessEvents.DEAD_LETTERS);
        deadLetters.sinkTo(KafkaSink.<DroppedEvent>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new DeadLetterSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka events yard.deadletter").uid("kafka-events-deadletter");
        deadLetters.union(twins.getSideOutput(HullTwinFunction.DUPLICATES))
                .sinkTo(new H2Sink<>(config.h2Url(), DroppedEventTable::new, 200, 50)).name("H2 dropped business events")
                .uid("h2-events-dropped");
        return allEvents;
    }
}
