package io.shiptwin.model;

import io.shiptwin.model.yard.ClassSociety;

/**
 * The ship was delivered to its owner after acceptance by owner and class.
 *
 * <p>Subject ({@code assetId}): the ship.
 */
public record ShipDelivered(EventHeader header, String owner, ClassSociety classSociety,
        double deadweightTonnes) implements BusinessEvent {

    public ShipDelivered {
        Require.present("header", header);
        Require.text("owner", owner);
        Require.present("classSociety", classSociety);
        Require.nonNegative("deadweightTonnes", deadweightTonnes);
    }
}
