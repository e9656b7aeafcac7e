package io.shiptwin.model;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * A crew booked man-hours against a block or ship in a stage (personnel man-hour flow).
 *
 * <p>Subject ({@code assetId}): the crew.
 */
public record ManHoursBooked(EventHeader header, Identifier chargedTo, LifecycleStage stage,
        double manHours) implements BusinessEvent {

    public ManHoursBooked {
        Require.present("header", header);
        Require.present("chargedTo", chargedTo);
        Require.present("stage", stage);
        Require.nonNegative("manHours", manHours);
    }
}
