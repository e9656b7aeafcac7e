package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The schedule of a ship (keyed by ship id) from the latest {@link HullProgress} of the ship and of each of its
 * blocks and grand blocks: progress, rolled-up flows, open non-conformances, its dock, and the predicted
 * delivery.
 *
 * <p>Predicted delivery = planned delivery + max(0, slip), where slip is the largest {@link HullSchedule} slip
 * of the ship and its entities while the erection sequence is open; once the ship itself has started launch,
 * every block is erected and only the ship's own slip counts. A delivered ship's prediction is its delivery.
 * Each entity's remaining stages are assumed to take their planned time, so a delay carries to delivery in
 * full (no float absorbs it): the prediction is conservative and explainable — the slip, the entity and the
 * stage it comes from are in the row.
 *
 * <p>State: one entry per entity of the ship (bounded by the order book).
 */
public final class ShipScheduleFunction extends KeyedProcessFunction<String, HullProgress, ShipSchedule> {
    private static final int ERECTION = LifecycleStage.ERECTION.ordinal();
    private static final int LAUNCH = LifecycleStage.LAUNCH.ordinal();
    private static final int DELIVERED = LifecycleStage.DELIVERED.ordinal();

    private transient MapState<String, HullProgress> entities;
    private transient ValueState<Ship> ship;

    /** Keyed state besides the entities; a Flink POJO. */
    public static class Ship {
        public long version;
        public String dock;

        public Ship() {
        }
    }

    @Override
    public void open(OpenContext ctx) {
        entities = getRuntimeContext().getMapState(new MapStateDescriptor<>("ship-entities", String.class, HullProgress.class));
        ship = getRuntimeContext().getState(new ValueStateDescriptor<>("ship-schedule", Ship.class));
    }

    @Override
    public void processElement(HullProgress p, Context ctx, Collector<ShipSchedule> out) throws Exception {
        HullProgress previous = entities.get(p.entityId());
        if (previous != null && previous.version() > p.version()) {
            return; // older than what the ship already has (cannot happen in order, kept safe)
        }
        entities.put(p.entityId(), p);
        Ship s = ship.value();
        if (s == null) {
            s = new Ship();
        }
        // A ship's work centre while its latest stage is erection or launch is its dock.
        int latest = latestStarted(p.stageStarted());
        if (p.isShip() && p.workCentre() != null && (latest == ERECTION || latest == LAUNCH)) {
            s.dock = p.workCentre();
        }
        s.version++;
        ship.update(s);
        out.collect(schedule(ctx.getCurrentKey(), s, p.eventId(), ctx.timerService().currentProcessingTime()));
    }

    private static int latestStarted(long[] started) {
        for (int i = started.length - 1; i >= 0; i--) {
            if (started[i] >= 0) {
                return i;
            }
        }
        return -1;
    }

    private ShipSchedule schedule(String shipId, Ship s, String eventId, long now) throws Exception {
        HullProgress own = entities.get(shipId);
        boolean sequenceClosed = own != null && (own.stageStarted()[LAUNCH] >= 0 || own.stageStarted()[DELIVERED] >= 0);
        long slip = HullSchedule.UNKNOWN;
        String critical = null;
        String criticalStage = null;
        int blocks = 0;
        int erected = 0;
        int planned = 0;
        int done = 0;
        long blockRevisions = 0;
        double ordered = 0;
        double deliveredTonnes = 0;
        long deliveries = 0;
        double equipment = 0;
        double crew = 0;
        long ncOpened = 0;
        long ncClosed = 0;
        for (Map.Entry<String, HullProgress> entry : entities.entries()) {
            HullProgress e = entry.getValue();
            if ("block".equals(e.kind())) {
                blocks++;
                erected += e.stageFinished()[ERECTION] >= 0 ? 1 : 0;
                blockRevisions += e.designRevisions();
            }
            planned += e.stagesPlanned();
            done += e.stagesDone();
            ordered += e.materialOrderedTonnes();
            deliveredTonnes += e.materialDeliveredTonnes();
            deliveries += e.materialDeliveries();
            equipment += e.equipmentHours();
            crew += e.crewHours();
            ncOpened += e.nonConformancesOpened();
            ncClosed += e.nonConformancesClosed();
            boolean counts = !sequenceClosed || e.isShip();
            if (counts && e.slipMillis() != HullSchedule.UNKNOWN && (e.slipMillis() > slip
                    || (e.slipMillis() == slip && critical != null && e.entityId().compareTo(critical) < 0))) {
                slip = e.slipMillis();
                critical = e.entityId();
                criticalStage = e.slipStage();
            }
        }
        long plannedDelivery = own == null ? -1 : own.plannedFinish()[DELIVERED];
        long deliveredAt = own == null ? -1 : own.stageStarted()[DELIVERED];
        long late = slip == HullSchedule.UNKNOWN ? 0 : Math.max(0, slip);
        if (late == 0) {
            critical = null;
            criticalStage = null;
        }
        long predicted = deliveredAt >= 0 ? deliveredAt : plannedDelivery < 0 ? -1 : plannedDelivery + late;
        long dockIn = own == null ? -1 : own.stageStarted()[ERECTION];
        long dockOut = own == null ? -1 : own.stageFinished()[LAUNCH];
        return new ShipSchedule(shipId, s.version, plannedDelivery, predicted, late, critical, criticalStage, blocks, erected,
                planned, done, own == null ? 0 : own.designRevisions(), blockRevisions, ordered, deliveredTonnes, deliveries,
                equipment, crew, ncOpened, ncClosed, s.dock, dockIn, dockOut, deliveredAt, eventId, now);
    }
}
