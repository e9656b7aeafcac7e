package io.shiptwin.streams.kpi;

import io.shiptwin.model.Topics;
import io.shiptwin.model.TwinTables;
import io.shiptwin.model.kpi.CgtFormula;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.KpiTable;
import io.shiptwin.streams.h2.LateEventTable;
import io.shiptwin.streams.h2.WatermarkTable;
import io.shiptwin.streams.kafka.DeadLetterSerializer;
import io.shiptwin.streams.kafka.KpiRecordSerializer;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

/**
 * The yard's KPIs in event-time windows, from the business events (timestamped and watermarked at the
 * {@code yard.events.raw} source): given the planned finish of the stage they finish ({@link PlannedFinishFunction},
 * keyed by hull entity), fanned out to their scopes, windowed by {@link KpiWindowFunction}, written to H2
 * {@code kpis} and the compacted {@code twin.kpis}. Late events go to H2 {@code dropped_events} (kind LATE, with
 * the watermark) and to {@code yard.deadletter}; watermark samples to H2 {@code watermarks}.
 */
public final class KpiJob {
    private KpiJob() {
    }

    public static void build(DataStream<IngestedEvent> events, EquipmentTwinJob.Config config) {
        build(events, config, StandardStageDurations.defaults(), CgtFormula.BULK_CARRIER);
    }

    public static void build(DataStream<IngestedEvent> events, EquipmentTwinJob.Config config, StagePlan plan, CgtFormula cgt) {
        SingleOutputStreamOperator<KpiValue> kpis = events
                .keyBy(PlannedFinishFunction.ENTITY)
                .process(new PlannedFinishFunction()).name("KPI stage plans").uid("kpi-stage-plans")
                .flatMap(new FanOut()).name("KPI scopes").uid("kpi-scopes")
                .keyBy(ScopedEvent::scope)
                .process(new KpiWindowFunction(config.allowedLateness(), config.dedupRetention(), plan, cgt, Topics.EVENTS_RAW))
                .name(KpiWindowFunction.OPERATOR_NAME).uid("kpi-windows");
        attach(kpis, config, "");

        DataStream<LateEvent> late = kpis.getSideOutput(KpiWindowFunction.LATE_EVENTS);
        late.sinkTo(new H2Sink<>(config.h2Url(), LateEventTable::new, 200, 50)).name("H2 late events").uid("h2-late-events");
        late.map(KpiJob::deadLetter).name("late as dead letters").uid("late-dead-letters")
                .sinkTo(KafkaSink.<DroppedEvent>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new DeadLetterSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka late yard.deadletter").uid("kafka-late-events");
        kpis.getSideOutput(KpiWindowFunction.WATERMARKS)
                .sinkTo(new H2Sink<>(config.h2Url(), WatermarkTable::new, 50, 200)).name("H2 watermarks").uid("h2-kpi-watermarks");
    }

    /**
     * The hook for KPIs computed elsewhere (OEE from the equipment-health part of the twin): a stream of
     * {@link KpiValue} with {@code kpi = oee} goes to the same H2 table and topic, and so to the dashboard.
     *
     * @param name distinguishes the sinks' names and uids, e.g. {@code "oee"}; empty for the business-event KPIs
     */
    public static void attach(DataStream<KpiValue> values, EquipmentTwinJob.Config config, String name) {
        String suffix = name.isEmpty() ? "" : "-" + name;
        values.sinkTo(new H2Sink<>(config.h2Url(), KpiTable::new, 500, 200)).name("H2 kpis" + suffix).uid("h2-kpis" + suffix);
        values.sinkTo(KafkaSink.<KpiValue>builder()
                        .setBootstrapServers(config.kafkaBootstrap())
                        .setRecordSerializer(new KpiRecordSerializer())
                        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                        .build())
                .name("Kafka twin.kpis" + suffix).uid("kafka-kpis" + suffix);
    }

    static DroppedEvent deadLetter(LateEvent e) {
        return new DroppedEvent(TwinTables.DROP_LATE, e.sourceTopic(), e.sourcePartition(), e.sourceOffset(), e.eventId(),
                e.assetId(), e.assetId(), e.reason(), e.payload(), e.recordedAtMillis());
    }

    /** Each event to each of its scopes ({@link KpiScope#of}), with its stage's planned finish. */
    static final class FanOut implements FlatMapFunction<PlannedEvent, ScopedEvent> {
        @Override
        public void flatMap(PlannedEvent in, Collector<ScopedEvent> out) {
            for (ScopedEvent s : KpiScope.of(in)) {
                out.collect(s);
            }
        }
    }
}
