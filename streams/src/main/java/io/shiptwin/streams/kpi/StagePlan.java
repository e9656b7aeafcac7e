package io.shiptwin.streams.kpi;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.io.Serializable;
import java.util.OptionalLong;

/**
 * When a stage of a ship or block was planned to finish: the plan {@link io.shiptwin.model.kpi.TwinKpi#SCHEDULE_ADHERENCE} compares
 * the actual finish with. The business events carry no planned dates yet, so the default is
 * {@link StandardStageDurations} (start + a standard duration per stage); a plan from planned-date events can
 * replace it without touching the KPI function.
 */
@FunctionalInterface
public interface StagePlan extends Serializable {

    /** The planned finish of {@code stage} of {@code entityId} that started at {@code startedAtMillis}; empty if unplanned. */
    OptionalLong plannedFinish(String entityId, LifecycleStage stage, long startedAtMillis);
}
