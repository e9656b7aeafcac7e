package io.shiptwin.streams.maintenance;

import io.shiptwin.model.Topics;
import io.shiptwin.streams.h2.AlertTable;
import io.shiptwin.streams.h2.EquipmentConditionTable;
import io.shiptwin.streams.h2.EquipmentShiftTable;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.WorkOrderTable;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.kafka.AlertRecordSerializer;
import io.shiptwin.streams.kafka.WorkOrderRecordSerializer;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import io.shiptwin.streams.twin.IngestedReading;
import io.shiptwin.streams.twin.RawRecord;
import io.shiptwin.streams.twin.RawRecordDeserializer;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * Equipment care in the equipment twin's job ({@link EquipmentTwinJob#build} calls {@link #build}): the unique
 * telemetry joined by asset id with the business events about machines (their own read of {@code yard.events.raw},
 * consumer group {@value #GROUP_ID}) into {@link EquipmentCareFunction}; conditions onto the {@code equipment_twin}
 * rows, drift alerts to {@code alerts} and {@code twin.alerts}, work orders to {@code work_orders} and
 * {@code twin.workorders}, shifts to {@code equipment_shift}. Same consistency model as the twin (ADR 0002).
 */
public final class MaintenanceJob {
    public static final String GROUP_ID = "shiptwin-equipment-care";

    private MaintenanceJob() {
    }

    public static void build(StreamExecutionEnvironment env, EquipmentTwinJob.Config config, DataStream<IngestedReading> unique) {
        KafkaSource<RawRecord> source = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafkaBootstrap())
                .setTopics(Topics.EVENTS_RAW)
                .setGroupId(GROUP_ID)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("partition.discovery.interval.ms", "10000")
                .build();
        DataStream<EquipmentEvent> events = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "yard.events.raw (equipment)").uid("equipment-events-source")
                .process(new DecodeEquipmentEvents()).name("equipment business events").uid("decode-equipment-events")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<EquipmentEvent>forBoundedOutOfOrderness(config.outOfOrderness())
                        .withTimestampAssigner((e, ts) -> e.event().eventTimeMillis())
                        .withIdleness(Duration.ofSeconds(10)))
                .name("equipment event watermarks").uid("equipment-event-watermarks");

        SingleOutputStreamOperator<EquipmentCondition> conditions = unique
                .keyBy(r -> r.reading().assetId())
                .connect(events.keyBy(EquipmentEvent::equipmentId))
                .process(EquipmentCareFunction.defaults()).name("equipment care").uid("equipment-care");

        conditions.sinkTo(new H2Sink<>(config.h2Url(), EquipmentConditionTable::new, 500, 50)).name("H2 equipment condition")
                .uid("h2-equipment-condition");
        DataStream<Alert> alerts = conditions.getSideOutput(EquipmentCareFunction.ALERTS);
        alerts.sinkTo(new H2Sink<>(config.h2Url(), AlertTable::new, 200, 50)).name("H2 drift alerts").uid("h2-drift-alerts");
        alerts.sinkTo(KafkaSink.<Alert>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new AlertRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka drift twin.alerts").uid("kafka-drift-alerts");
        DataStream<WorkOrder> orders = conditions.getSideOutput(EquipmentCareFunction.WORK_ORDERS);
        orders.sinkTo(new H2Sink<>(config.h2Url(), WorkOrderTable::new, 200, 50)).name("H2 work orders").uid("h2-work-orders");
        orders.sinkTo(KafkaSink.<WorkOrder>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new WorkOrderRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.workorders").uid("kafka-work-orders");
        conditions.getSideOutput(EquipmentCareFunction.SHIFTS)
                .sinkTo(new H2Sink<>(config.h2Url(), EquipmentShiftTable::new, 500, 100)).name("H2 equipment shifts")
                .uid("h2-equipment-shift");
    }
}
