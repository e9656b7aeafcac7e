package io.shiptwin.model;

/**
 * Material was ordered from a supplier; the promised lead time feeds the supply plan.
 *
 * <p>Subject ({@code assetId}): the material delivery.
 */
public record MaterialOrdered(EventHeader header, Identifier supplier, String material, double quantityTonnes,
        double promisedLeadTimeHours) implements BusinessEvent {

    public MaterialOrdered {
        Require.present("header", header);
        Require.present("supplier", supplier);
        Require.text("material", material);
        Require.nonNegative("quantityTonnes", quantityTonnes);
        Require.nonNegative("promisedLeadTimeHours", promisedLeadTimeHours);
    }
}
