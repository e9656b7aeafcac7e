package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CostBooked;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.lifecycle.Lifecycle;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.SeenEventIds;
import java.time.Duration;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The twin of each ship, grand block and block (keyed by its identifier): lifecycle stage, stage start and
 * finish times, accumulated man-hours, cost, energy, inspections and non-conformances. Emits a snapshot per
 * unique event.
 *
 * <p>De-duplication is done here, per entity, by event id (an event id always routes to the same entity),
 * remembering seen ids for at least the retention ({@link SeenEventIds}); duplicates leave by {@link #DUPLICATES}.
 *
 * <p>Stages follow twin-model's {@link Lifecycle} state machine. The first stage event of an entity sets its
 * stage (the twin may start observing mid-life). A start of the current stage again is not a move. An
 * illegal move raises an {@link Alert} ({@link #ILLEGAL_TRANSITION}) on {@link #ALERTS} with the model's
 * message, and the twin still follows the event: it mirrors what the yard reported, the alert flags it.
 */
public final class HullTwinFunction extends KeyedProcessFunction<String, IngestedEvent, HullTwin> {
    public static final String ILLEGAL_TRANSITION = "illegal-lifecycle-transition";
    public static final OutputTag<DroppedEvent> DUPLICATES = new OutputTag<>("business-duplicates") {
    };
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("lifecycle-alerts") {
    };
    /** Per unique event that moved a flow (man-hours, cost, energy): the delta, for the ship roll-up. */
    public static final OutputTag<FlowDelta> FLOW_DELTAS = new OutputTag<>("flow-deltas") {
    };
    /** Per unique event that is not a booking (man-hours, cost, energy): plan, progress and remaining flows. */
    public static final OutputTag<HullProgress> PROGRESS = new OutputTag<>("hull-progress") {
    };
    /** Per unique event: the new version with the event that made it, for the history and lineage tables. */
    public static final OutputTag<HullChange> CHANGES = new OutputTag<>("hull-changes") {
    };

    private final Duration dedupRetention;
    private transient ValueState<HullAccumulator> state;
    private transient SeenEventIds seen;
    private transient Counter updates;
    private transient Counter duplicates;
    private transient Counter illegal;

    public HullTwinFunction(Duration dedupRetention) {
        this.dedupRetention = dedupRetention;
    }

    @Override
    public void open(OpenContext ctx) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("hull-twin", HullAccumulator.class));
        seen = SeenEventIds.open(getRuntimeContext(), "seen-business-event-ids", dedupRetention);
        updates = getRuntimeContext().getMetricGroup().counter("hullTwinUpdates");
        duplicates = getRuntimeContext().getMetricGroup().counter("businessDuplicatesDropped");
        illegal = getRuntimeContext().getMetricGroup().counter("illegalLifecycleTransitions");
    }

    @Override
    public void processElement(IngestedEvent in, Context ctx, Collector<HullTwin> out) throws Exception {
        BusinessEvent e = in.event();
        long now = ctx.timerService().currentProcessingTime();
        boolean first = seen.firstSighting(e.eventId(), e.sequence(), now);
        seen.armForgetting(ctx.timerService());
        if (!first) {
            duplicates.inc();
            ctx.output(DUPLICATES, in.duplicate(now));
            return;
        }
        HullAccumulator acc = state.value();
        if (acc == null) {
            acc = HullAccumulator.of(ctx.getCurrentKey());
        }
        apply(acc, e, ctx);
        FlowDelta delta = delta(acc, e);
        if (!delta.isEmpty()) {
            ctx.output(FLOW_DELTAS, delta);
        }
        acc.version++;
        // Events of one entity arrive by several topics (its own, the crews', the inspections'), so at equal event
        // times the arrival order is not fixed: the larger event id wins, and two runs of one feed agree.
        if (e.eventTimeMillis() > acc.lastEventTime
                || (e.eventTimeMillis() == acc.lastEventTime && (acc.lastEventId == null || e.eventId().compareTo(acc.lastEventId) > 0))) {
            acc.lastEventTime = e.eventTimeMillis();
            acc.lastEventId = e.eventId();
        }
        state.update(acc);
        if (!(e instanceof ManHoursBooked || e instanceof CostBooked || e instanceof EnergyMetered)) {
            ctx.output(PROGRESS, LifecycleFlows.progress(acc, e));
        }
        updates.inc();
        HullTwin twin = acc.snapshot(now);
        out.collect(twin);
        ctx.output(CHANGES, HullChanges.of(twin, in, delta));
    }

    private void apply(HullAccumulator acc, BusinessEvent e, Context ctx) {
        if (e instanceof StageStarted s) {
            // A start older than the current stage's arrived late (the network reordered it): it dates its stage
            // but does not move the entity back. Dates keep the latest time, whatever the arrival order.
            if (acc.stage == null || e.eventTimeMillis() >= acc.stageStarted[LifecycleStage.valueOf(acc.stage).ordinal()]) {
                enter(acc, s.stage(), e, ctx);
                acc.workCentre = s.workCentre().toString();
            }
            acc.stageStarted[s.stage().ordinal()] = Math.max(acc.stageStarted[s.stage().ordinal()], e.eventTimeMillis());
        } else if (e instanceof StageFinished f) {
            acc.stageFinished[f.stage().ordinal()] = Math.max(acc.stageFinished[f.stage().ordinal()], e.eventTimeMillis());
        } else if (e instanceof ManHoursBooked m) {
            acc.manHours += m.manHours();
        } else if (e instanceof CostBooked c) {
            // A second currency is not converted (the yard books in the scenario's currency): it is not added.
            if (acc.currency == null || acc.currency.equals(c.currency())) {
                acc.currency = c.currency();
                acc.costMinorUnits += c.amountMinorUnits();
            }
        } else if (e instanceof EnergyMetered m) {
            acc.energyKwh += m.energyKwh();
        } else if (e instanceof InspectionRecorded i) {
            if (i.passed()) {
                acc.inspectionsPassed++;
            } else {
                acc.inspectionsFailed++;
            }
        } else if (e instanceof NonConformanceOpened) {
            acc.nonConformancesOpened++;
        } else if (e instanceof ShipDelivered) {
            acc.delivered = true;
        } else {
            LifecycleFlows.apply(acc, e);
        }
    }

    /** What the event added to the flows (taken from the event, not by subtraction: sums stay exact). */
    private static FlowDelta delta(HullAccumulator acc, BusinessEvent e) {
        double manHours = e instanceof ManHoursBooked m ? m.manHours() : 0;
        boolean costed = e instanceof CostBooked c && c.currency().equals(acc.currency);
        long cost = costed ? ((CostBooked) e).amountMinorUnits() : 0;
        double energy = e instanceof EnergyMetered m ? m.energyKwh() : 0;
        return new FlowDelta(acc.shipId, acc.entityId, acc.shipId.equals(acc.entityId), e.eventId(), manHours, cost,
                costed ? acc.currency : null, energy);
    }

    private void enter(HullAccumulator acc, LifecycleStage next, BusinessEvent e, Context ctx) {
        if (acc.stage != null && !acc.stage.equals(next.name())) {
            Lifecycle current = new Lifecycle(Identifier.parse(acc.entityId), LifecycleStage.valueOf(acc.stage));
            Optional<String> violation = current.violation(next);
            if (violation.isPresent()) {
                illegal.inc();
                ctx.output(ALERTS, new Alert(acc.entityId + "/" + ILLEGAL_TRANSITION + "/" + e.eventId(), acc.entityId, acc.kind,
                        ILLEGAL_TRANSITION, Alert.OPEN, violation.get(), next.ordinal(), current.stage().ordinal(),
                        e.eventId(), e.eventTimeMillis(), null, -1));
            }
        }
        acc.stage = next.name();
    }

    /** The only timers here: a quiet ship's or block's seen ids, cleared once their retention has run out. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HullTwin> out) throws Exception {
        seen.forgetIfIdle(timestamp);
    }
}
