package io.shiptwin.streams.kpi;

import io.shiptwin.streams.lifecycle.IngestedEvent;

/**
 * A business event on its way to the KPIs of one scope.
 *
 * @param primary             true for the yard-scope copy: only it reports the event when it is late, so a late
 *                            event is counted and stored once, not once per scope
 * @param plannedFinishMillis for a {@code stage-finished}: the planned finish from the stage's {@code stage-planned}
 *                            ({@link PlannedFinishFunction}); {@link PlannedEvent#NO_PLAN} when none was seen
 */
public record ScopedEvent(String scope, String scopeKind, boolean primary, IngestedEvent in, long plannedFinishMillis) {

    /** An event whose stage plan is not known (none given). */
    public ScopedEvent(String scope, String scopeKind, boolean primary, IngestedEvent in) {
        this(scope, scopeKind, primary, in, PlannedEvent.NO_PLAN);
    }
}
