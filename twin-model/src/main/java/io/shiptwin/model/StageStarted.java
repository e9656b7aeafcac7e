package io.shiptwin.model;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * A ship or block entered a lifecycle stage at a work centre.
 *
 * <p>Subject ({@code assetId}): the ship or block.
 */
public record StageStarted(EventHeader header, LifecycleStage stage, Identifier workCentre) implements BusinessEvent {

    public StageStarted {
        Require.present("header", header);
        Require.present("stage", stage);
        Require.present("workCentre", workCentre);
    }
}
