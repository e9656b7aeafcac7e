package io.shiptwin.streams.kpi;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.io.Serializable;
import java.util.OptionalLong;

/**
 * The fallback plan of {@link io.shiptwin.model.kpi.TwinKpi#SCHEDULE_ADHERENCE}: when a stage of a ship or block
 * finishes and no {@code stage-planned} event gave its planned finish ({@link PlannedFinishFunction}), the KPI asks
 * this plan from the stage's start. The default is {@link StandardStageDurations} (start + a standard duration per
 * stage).
 */
@FunctionalInterface
public interface StagePlan extends Serializable {

    /** The planned finish of {@code stage} of {@code entityId} that started at {@code startedAtMillis}; empty if unplanned. */
    OptionalLong plannedFinish(String entityId, LifecycleStage stage, long startedAtMillis);
}
