package io.shiptwin.streams.kpi;

import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The yard's plan for schedule adherence, keyed by hull entity ({@link #ENTITY}): keeps the planned finish of each
 * stage of the entity from its {@code stage-planned} events (the latest plan of a stage wins, so a re-plan replaces
 * it) and gives every {@code stage-finished} of a planned stage its planned finish on the way to the KPI windows.
 * Every other event passes unchanged ({@link PlannedEvent#NO_PLAN}); a stage finished without a plan event falls back
 * to the {@link StagePlan} of {@link KpiWindowFunction} (standard durations from its start).
 *
 * <p>A stage's plan and its finish have the same subject, so they come through the same Kafka partition and reach
 * this operator in publishing order: the plan (released at the ship's order start) before the finish.
 */
public final class PlannedFinishFunction extends KeyedProcessFunction<String, IngestedEvent, PlannedEvent> {
    /** The hull entity an event is about, or its subject when it is about none. */
    public static final KeySelector<IngestedEvent, String> ENTITY = in -> in.entityId() != null ? in.entityId() : in.event().assetId();
    /** A plan waits for its stage's finish at most this long (wall clock since it was last written). */
    static final Duration PLAN_RETENTION = Duration.ofDays(400);

    private transient MapState<String, Long> plannedFinishes;
    private transient Counter planned;
    private transient Counter unplanned;

    @Override
    public void open(OpenContext ctx) {
        MapStateDescriptor<String, Long> d = new MapStateDescriptor<>("kpi-planned-finishes", String.class, Long.class);
        d.enableTimeToLive(StateTtlConfig.newBuilder(PLAN_RETENTION)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        plannedFinishes = getRuntimeContext().getMapState(d);
        planned = getRuntimeContext().getMetricGroup().counter("kpiStagesFinishedWithPlan");
        unplanned = getRuntimeContext().getMetricGroup().counter("kpiStagesFinishedWithoutPlan");
    }

    @Override
    public void processElement(IngestedEvent in, Context ctx, Collector<PlannedEvent> out) throws Exception {
        if (in.event() instanceof StagePlanned p) {
            plannedFinishes.put(p.stage().name(), p.plannedFinishMillis());
            out.collect(new PlannedEvent(in, PlannedEvent.NO_PLAN));
        } else if (in.event() instanceof StageFinished f) {
            Long finish = plannedFinishes.get(f.stage().name());
            (finish == null ? unplanned : planned).inc();
            out.collect(new PlannedEvent(in, finish == null ? PlannedEvent.NO_PLAN : finish));
        } else {
            out.collect(new PlannedEvent(in, PlannedEvent.NO_PLAN));
        }
    }
}
