package io.shiptwin.model;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * A ship or block entered a lifecycle stage at a work centre.
 *
 * <p>{@code equipment} (optional, added later): the unit of the work centre that did the stage's work, e.g. the
 * welding robot that welded the block or the booth that painted it; null when not reported.
 *
 * <p>Subject ({@code assetId}): the ship or block.
 */
public record StageStarted(EventHeader header, LifecycleStage stage, Identifier workCentre, @OptionalField Identifier equipment)
        implements BusinessEvent {

    public StageStarted {
        Require.present("header", header);
        Require.present("stage", stage);
        Require.present("workCentre", workCentre);
    }

    /** Without naming the unit that did the work (events before the field existed, or work without a machine). */
    public StageStarted(EventHeader header, LifecycleStage stage, Identifier workCentre) {
        this(header, stage, workCentre, null);
    }
}
