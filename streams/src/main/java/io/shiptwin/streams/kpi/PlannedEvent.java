package io.shiptwin.streams.kpi;

import io.shiptwin.streams.lifecycle.IngestedEvent;

/**
 * A business event on its way to the KPIs, with the planned finish of the stage it finishes (a
 * {@code stage-finished} whose entity and stage had a {@code stage-planned}); {@link #NO_PLAN} otherwise.
 */
public record PlannedEvent(IngestedEvent in, long plannedFinishMillis) {
    /** No plan event was seen for this entity and stage (or the event finishes no stage). */
    public static final long NO_PLAN = Long.MIN_VALUE;

    public boolean planned() {
        return plannedFinishMillis != NO_PLAN;
    }
}
