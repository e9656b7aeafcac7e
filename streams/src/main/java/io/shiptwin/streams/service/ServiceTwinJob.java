package io.shiptwin.streams.service;

import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.streams.h2.AlertTable;
import io.shiptwin.streams.h2.DroppedEventTable;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.ShipServiceTable;
import io.shiptwin.streams.h2.ShipSurveyTable;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.kafka.AlertRecordSerializer;
import io.shiptwin.streams.kafka.ShipServiceRecordSerializer;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.lifecycle.LifecycleTwinJob;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The service twin in the lifecycle twin's job ({@link LifecycleTwinJob#build} calls {@link #build}): every decoded
 * business event (with the source's event-time watermarks), narrowed to the delivery, operation and survey events of
 * ships, keyed by ship into {@link ServiceTwinFunction}; twins to H2 {@code ship_service} and the compacted
 * {@code twin.service} topic, surveys to {@code ship_surveys}, overdue surveys to {@code alerts} and
 * {@code twin.alerts}, duplicates to {@code dropped_events}. Same consistency model as the other twins (ADR 0002):
 * exactly-once state, idempotent sinks keyed by identifier (and version).
 *
 * <p>The survey intervals are the class rule's ({@link SurveyCycle#IACS}), as a yard's platform knows them from the
 * class society, not the simulator's scenario.
 */
public final class ServiceTwinJob {

    private ServiceTwinJob() {
    }

    public static void build(DataStream<IngestedEvent> allEvents, EquipmentTwinJob.Config config) {
        build(allEvents, config, SurveyCycle.IACS);
    }

    public static void build(DataStream<IngestedEvent> allEvents, EquipmentTwinJob.Config config, SurveyCycle cycle) {
        SingleOutputStreamOperator<ShipService> twins = allEvents
                .filter(e -> ServiceTwinFunction.concerns(e.event())).name("ship service events").uid("service-events")
                .keyBy(e -> e.event().assetId())
                .process(new ServiceTwinFunction(config.dedupRetention(), cycle)).name("service twin").uid("service-twin");

        twins.sinkTo(new H2Sink<>(config.h2Url(), ShipServiceTable::new, 200, 50)).name("H2 ship service").uid("h2-ship-service");
        twins.sinkTo(KafkaSink.<ShipService>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new ShipServiceRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.service").uid("kafka-ship-service");
        twins.getSideOutput(ServiceTwinFunction.SURVEYS)
                .sinkTo(new H2Sink<>(config.h2Url(), ShipSurveyTable::new, 200, 50)).name("H2 ship surveys").uid("h2-ship-surveys");

        DataStream<Alert> alerts = twins.getSideOutput(ServiceTwinFunction.ALERTS);
        alerts.sinkTo(new H2Sink<>(config.h2Url(), AlertTable::new, 200, 50)).name("H2 survey alerts").uid("h2-survey-alerts");
        alerts.sinkTo(KafkaSink.<Alert>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new AlertRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka survey twin.alerts").uid("kafka-survey-alerts");
        twins.getSideOutput(ServiceTwinFunction.DUPLICATES)
                .sinkTo(new H2Sink<>(config.h2Url(), DroppedEventTable::new, 200, 50)).name("H2 dropped service events")
                .uid("h2-service-dropped");
    }
}
