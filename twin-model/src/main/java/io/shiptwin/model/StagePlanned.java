package io.shiptwin.model;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * The production plan of a ship or block for one lifecycle stage: when the stage is planned to start and how
 * long it is planned to last (elapsed calendar hours, nights and weekends included). Published when the plan
 * is released (in the simulator: at the ship's order start), and again whenever it is re-planned; the latest
 * plan of an entity and stage wins.
 *
 * <p>Subject ({@code assetId}): the ship, grand block or block.
 */
public record StagePlanned(EventHeader header, LifecycleStage stage, long plannedStartMillis, double plannedHours)
        implements BusinessEvent {

    public StagePlanned {
        Require.present("header", header);
        Require.present("stage", stage);
        Require.atLeast("plannedStartMillis", 0, plannedStartMillis);
        Require.nonNegative("plannedHours", plannedHours);
    }

    /** The planned finish, epoch millis: the start plus the planned hours. */
    public long plannedFinishMillis() {
        return plannedStartMillis + Math.round(plannedHours * 3_600_000.0);
    }
}
