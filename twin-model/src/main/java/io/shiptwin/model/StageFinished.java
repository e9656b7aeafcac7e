package io.shiptwin.model;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * A ship or block finished a lifecycle stage at a work centre.
 *
 * <p>Subject ({@code assetId}): the ship or block.
 */
public record StageFinished(EventHeader header, LifecycleStage stage, Identifier workCentre) implements BusinessEvent {

    public StageFinished {
        Require.present("header", header);
        Require.present("stage", stage);
        Require.present("workCentre", workCentre);
    }
}
