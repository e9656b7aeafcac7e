package io.shiptwin.streams.maintenance;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.twin.IngestedReading;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/** The equipment care function in a Flink keyed two-input harness, with its outputs as lists. */
final class CareHarness implements AutoCloseable {
    final KeyedTwoInputStreamOperatorTestHarness<String, IngestedReading, EquipmentEvent, EquipmentCondition> harness;
    private long offset;

    CareHarness(EquipmentCareFunction function) throws Exception {
        harness = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(function),
                r -> r.reading().assetId(), EquipmentEvent::equipmentId, Types.STRING);
        harness.open();
    }

    void reading(TelemetryReading r) throws Exception {
        harness.processElement1(new StreamRecord<>(new IngestedReading(r, "yard.telemetry.raw", 0, ++offset), r.eventTimeMillis()));
    }

    /**
     * An event about a machine (ignored, as the job does, when it is about none), then the watermark of an in-order
     * stream moves up to it: the event waits for the watermark and is applied then.
     */
    void event(BusinessEvent e) throws Exception {
        waiting(e);
        watermark(e.eventTimeMillis());
    }

    /** An event about a machine without moving the watermark. */
    void waiting(BusinessEvent e) throws Exception {
        String equipment = DecodeEquipmentEvents.equipmentOf(e);
        if (equipment != null) {
            harness.processElement2(new StreamRecord<>(new EquipmentEvent(e, equipment), e.eventTimeMillis()));
        }
    }

    void watermark(long t) throws Exception {
        harness.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(t));
    }

    List<EquipmentCondition> conditions() {
        return harness.extractOutputValues();
    }

    List<Alert> alerts() {
        return values(EquipmentCareFunction.ALERTS);
    }

    List<WorkOrder> workOrders() {
        return values(EquipmentCareFunction.WORK_ORDERS);
    }

    List<ShiftRecord> shifts() {
        return values(EquipmentCareFunction.SHIFTS);
    }

    private <T> List<T> values(org.apache.flink.util.OutputTag<T> tag) {
        var queue = harness.getSideOutput(tag);
        return queue == null ? List.of() : queue.stream().map(StreamRecord::getValue).toList();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
