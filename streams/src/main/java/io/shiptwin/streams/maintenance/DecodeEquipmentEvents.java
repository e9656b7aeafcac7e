package io.shiptwin.streams.maintenance;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.DecodeResult;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.model.YardEvent;
import io.shiptwin.model.yard.WorkOrderKind;
import io.shiptwin.streams.twin.RawRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Picks the business events about machines out of {@code yard.events.raw}: faults, repairs, maintenance work orders
 * opened on a machine and work orders closed (routed to the machine their id names). Everything else, readable or
 * not, is left to the block and ship twin, which dead-letters what it cannot read.
 */
public final class DecodeEquipmentEvents extends ProcessFunction<RawRecord, EquipmentEvent> {
    private transient Counter equipmentEvents;

    @Override
    public void open(OpenContext ctx) {
        equipmentEvents = getRuntimeContext().getMetricGroup().counter("equipmentEvents");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<EquipmentEvent> out) {
        DecodeResult<YardEvent> result = EnvelopeCodec.decode(raw.value());
        if (result instanceof DecodeResult.Decoded<YardEvent> d && d.value() instanceof BusinessEvent e) {
            String equipment = equipmentOf(e);
            if (equipment != null) {
                equipmentEvents.inc();
                out.collect(new EquipmentEvent(e, equipment));
            }
        }
    }

    /** The machine an event is about, or null when it is about none. */
    public static String equipmentOf(BusinessEvent e) {
        if (e instanceof EquipmentFaulted || e instanceof EquipmentRepaired) {
            return e.assetId();
        }
        if (e instanceof WorkOrderOpened o && o.orderKind() != WorkOrderKind.PRODUCTION) {
            return o.target().toString();
        }
        if (e instanceof WorkOrderClosed) {
            return WorkOrder.equipmentOf(e.assetId());
        }
        return null;
    }
}
