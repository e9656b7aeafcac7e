package io.shiptwin.model;

/**
 * Material arrived at the yard (logistics flow).
 *
 * <p>Subject ({@code assetId}): the material delivery.
 */
public record MaterialDelivered(EventHeader header, Identifier supplier, String material, double quantityTonnes,
        Identifier destinationArea) implements BusinessEvent {

    public MaterialDelivered {
        Require.present("header", header);
        Require.present("supplier", supplier);
        Require.text("material", material);
        Require.nonNegative("quantityTonnes", quantityTonnes);
        Require.present("destinationArea", destinationArea);
    }
}
