package io.shiptwin.streams.kpi;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.kpi.CgtFormula;
import io.shiptwin.model.kpi.KpiWindow;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullEntity;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.SeenEventIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The KPIs of one scope (keyed by {@link ScopedEvent#scope()}) in tumbling event-time windows of every
 * {@link KpiWindow} kind, emitted when the watermark passes a window's end.
 *
 * <p>Lateness: a window stays open for {@code allowedLateness} of event time after its end; an event that
 * arrives then updates it and the window is emitted again (same key: the sinks overwrite). An event whose hour
 * window is past that is late for all its windows (every hour lies in one shift and one day): it leaves by
 * {@link #LATE_EVENTS} (once, from the yard-scope copy), is counted ({@code kpiLateEvents}) and changes no KPI.
 * The twin itself takes every unique event; only these windows exclude late ones.
 *
 * <p>Schedule adherence compares a stage's finish with its planned finish from the {@code stage-planned} events
 * ({@link ScopedEvent#plannedFinishMillis()}, given by {@link PlannedFinishFunction}); only a stage finished without
 * a plan event falls back to {@code plan} (a {@link StagePlan}, by default standard durations from the stage's start).
 *
 * <p>Not windowed, so every unique event counts, late or not: the stage starts waiting for their finish
 * (the fallback of schedule adherence) and a ship's man-hours so far (its CGT per man-hour on delivery). Duplicates (by event id)
 * are ignored and counted ({@code kpiDuplicatesIgnored}); the twin stores them as dropped events.
 */
public final class KpiWindowFunction extends KeyedProcessFunction<String, ScopedEvent, KpiValue> {
    public static final OutputTag<LateEvent> LATE_EVENTS = new OutputTag<>("kpi-late-events") {
    };
    public static final OutputTag<WatermarkSample> WATERMARKS = new OutputTag<>("kpi-watermarks") {
    };
    /** The block stage whose finish counts a block as completed: the last one in the block shops. */
    public static final LifecycleStage BLOCK_COMPLETED_STAGE = LifecycleStage.PAINTING;
    static final long SAMPLE_EVERY_MILLIS = 1000;
    static final String OPERATOR_NAME = "kpi windows";

    private final long allowedLatenessMillis;
    private final Duration dedupRetention;
    private final StagePlan plan;
    private final CgtFormula cgt;
    private final String source;
    private transient MapState<String, KpiAccumulator> windows;
    private transient SeenEventIds seen;
    private transient MapState<String, Long> openStages;
    private transient ValueState<Double> shipManHours;
    private transient Counter late;
    private transient Counter duplicates;
    private transient Counter emitted;
    private transient long events;
    private transient long lateEvents;
    private transient long maxEventTime;
    /** The last sample taken, null before the first: a sample that would say the same again is not taken. */
    private transient WatermarkSample lastSample;

    public KpiWindowFunction(Duration allowedLateness, Duration dedupRetention, StagePlan plan, CgtFormula cgt, String source) {
        this.allowedLatenessMillis = allowedLateness.toMillis();
        this.dedupRetention = dedupRetention;
        this.plan = plan;
        this.cgt = cgt;
        this.source = source;
    }

    @Override
    public void open(OpenContext ctx) {
        windows = getRuntimeContext().getMapState(new MapStateDescriptor<>("kpi-windows", String.class, KpiAccumulator.class));
        seen = SeenEventIds.open(getRuntimeContext(), "kpi-seen-event-ids", dedupRetention);
        MapStateDescriptor<String, Long> starts = new MapStateDescriptor<>("kpi-open-stages", String.class, Long.class);
        // A stage start waits for its finish; one never finished must not stay forever.
        starts.enableTimeToLive(ttl(Duration.ofDays(30)));
        openStages = getRuntimeContext().getMapState(starts);
        shipManHours = getRuntimeContext().getState(new ValueStateDescriptor<>("kpi-ship-man-hours", Double.class));
        late = getRuntimeContext().getMetricGroup().counter("kpiLateEvents");
        duplicates = getRuntimeContext().getMetricGroup().counter("kpiDuplicatesIgnored");
        emitted = getRuntimeContext().getMetricGroup().counter("kpiValuesEmitted");
        maxEventTime = Long.MIN_VALUE;
        lastSample = null;
    }

    private static StateTtlConfig ttl(Duration d) {
        return StateTtlConfig.newBuilder(d)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
    }

    @Override
    public void processElement(ScopedEvent se, Context ctx, Collector<KpiValue> out) throws Exception {
        IngestedEvent in = se.in();
        BusinessEvent e = in.event();
        boolean first = seen.firstSighting(e.eventId(), e.sequence(), ctx.timerService().currentProcessingTime());
        seen.armForgetting(ctx.timerService());
        if (!first) {
            duplicates.inc();
            return;
        }
        long t = e.eventTimeMillis();
        long watermark = ctx.timerService().currentWatermark();
        events++;
        maxEventTime = Math.max(maxEventTime, t);
        long hourStart = KpiWindow.HOUR.start(t);
        boolean isLate = watermark != Long.MIN_VALUE && KpiWindow.HOUR.end(hourStart) - 1 + allowedLatenessMillis <= watermark;
        KpiFacts facts = facts(se, e, in);
        if (isLate) {
            if (se.primary()) {
                lateEvents++;
                late.inc();
                ctx.output(LATE_EVENTS, new LateEvent(in.sourceTopic(), in.sourcePartition(), in.sourceOffset(), e.eventId(),
                        e.assetId(), e.eventType().wireName(), t, watermark, allowedLatenessMillis, EnvelopeCodec.encode(e),
                        ctx.timerService().currentProcessingTime()));
            }
        } else {
            for (KpiWindow kind : KpiWindow.values()) {
                long start = kind.start(t);
                long end = kind.end(start);
                String key = kind.name() + "@" + start;
                KpiAccumulator acc = windows.get(key);
                if (acc == null) {
                    acc = KpiAccumulator.of(kind.name(), start, end);
                    ctx.timerService().registerEventTimeTimer(end - 1);
                    ctx.timerService().registerEventTimeTimer(end - 1 + allowedLatenessMillis);
                }
                acc.add(facts);
                if (watermark >= end - 1) {
                    // The window had closed: this event is late but within the allowed lateness. Emit again now.
                    acc.lateUpdates++;
                    acc.fired = true;
                    emit(ctx.getCurrentKey(), se.scopeKind(), acc, ctx.timerService().currentProcessingTime(), out);
                }
                windows.put(key, acc);
            }
        }
        sample(ctx.timerService().currentWatermark(), ctx.timerService().currentProcessingTime(), ctx);
    }

    /** What the event adds; also keeps the unwindowed state (stage starts, a ship's man-hours) for every unique event. */
    private KpiFacts facts(ScopedEvent se, BusinessEvent e, IngestedEvent in) throws Exception {
        if (e instanceof MaterialDelivered m) {
            return m.material().toLowerCase(Locale.ROOT).contains("steel") ? KpiFacts.steel(m.quantityTonnes()) : KpiFacts.NONE;
        } else if (e instanceof ManHoursBooked m) {
            if (KpiScope.SHIP.equals(se.scopeKind())) {
                Double sofar = shipManHours.value();
                shipManHours.update((sofar == null ? 0 : sofar) + m.manHours());
            }
            return KpiFacts.manHours(m.manHours());
        } else if (e instanceof EnergyMetered m) {
            return KpiFacts.energy(m.energyKwh());
        } else if (e instanceof InspectionRecorded i) {
            return KpiFacts.inspection(i.passed(), i.method() == io.shiptwin.model.yard.InspectionMethod.COATING_DFT);
        } else if (e instanceof ShipDelivered d) {
            Double hours = KpiScope.SHIP.equals(se.scopeKind()) ? shipManHours.value() : null;
            return KpiFacts.delivery(cgt.cgt(d.deadweightTonnes()), hours == null ? 0 : hours);
        } else if (e instanceof StageStarted s) {
            openStages.put(e.assetId() + "|" + s.stage().name(), e.eventTimeMillis());
            return KpiFacts.NONE;
        } else if (e instanceof StageFinished f) {
            String stageKey = e.assetId() + "|" + f.stage().name();
            Long started = openStages.get(stageKey);
            openStages.remove(stageKey);
            // The plan's finish (stage-planned) when there was one; else the fallback plan from the stage's start.
            OptionalLong planned = se.plannedFinishMillis() != PlannedEvent.NO_PLAN ? OptionalLong.of(se.plannedFinishMillis())
                    : started == null ? OptionalLong.empty() : plan.plannedFinish(e.assetId(), f.stage(), started);
            boolean block = f.stage() == BLOCK_COMPLETED_STAGE && in.entityId() != null
                    && HullEntity.kind(in.entityId()) == ObjectKind.BLOCK;
            return KpiFacts.stageFinished(block, planned.isPresent(), planned.isPresent() && e.eventTimeMillis() <= planned.getAsLong());
        }
        return KpiFacts.NONE;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<KpiValue> out) throws Exception {
        long now = ctx.timerService().currentProcessingTime();
        if (ctx.timeDomain() == TimeDomain.EVENT_TIME) {
            List<String> purge = new ArrayList<>();
            for (Map.Entry<String, KpiAccumulator> w : windows.entries()) {
                KpiAccumulator acc = w.getValue();
                if (!acc.fired && acc.windowEnd - 1 <= timestamp) {
                    acc.fired = true;
                    emit(ctx.getCurrentKey(), KpiScope.kindOf(ctx.getCurrentKey()), acc, now, out);
                    w.setValue(acc);
                }
                if (acc.windowEnd - 1 + allowedLatenessMillis <= timestamp) {
                    purge.add(w.getKey());
                }
            }
            for (String key : purge) {
                windows.remove(key);
            }
        } else {
            seen.forgetIfIdle(timestamp); // a no-op unless it is the seen ids' timer and the scope has gone quiet
        }
        sample(ctx.timerService().currentWatermark(), now, ctx);
    }

    private void emit(String scope, String scopeKind, KpiAccumulator acc, long now, Collector<KpiValue> out) {
        for (KpiValue v : KpiFormulas.values(scope, scopeKind, acc, now)) {
            out.collect(v);
            emitted.inc();
        }
    }

    /**
     * At most once a second per subtask, what this operator sees of event time; when a sample is due later, a
     * processing-time timer takes it, so the last watermark of a quiet stream is reported too. Nothing that the last
     * sample already said is sampled again: without that, the keys whose timers fired in the same instant took turns
     * (one sampling, the others re-arming a second on) every second for as long as the job ran, quiet or not.
     */
    private void sample(long watermark, long now, Context ctx) {
        // The end of a bounded input (watermark at its maximum) is always reported: no timer fires after it.
        boolean end = watermark == Long.MAX_VALUE;
        if (!end && lastSample != null) {
            if (watermark == lastSample.watermarkMillis() && events == lastSample.events() && lateEvents == lastSample.lateEvents()) {
                return;
            }
            if (now - lastSample.sampledAtMillis() < SAMPLE_EVERY_MILLIS) {
                ctx.timerService().registerProcessingTimeTimer(lastSample.sampledAtMillis() + SAMPLE_EVERY_MILLIS);
                return;
            }
        }
        lastSample = new WatermarkSample(source, OPERATOR_NAME, getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(),
                watermark, maxEventTime, events, lateEvents, now);
        ctx.output(WATERMARKS, lastSample);
    }
}
