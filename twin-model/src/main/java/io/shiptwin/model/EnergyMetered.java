package io.shiptwin.model;

/**
 * An energy meter reported the energy an area used in a metering period.
 *
 * <p>Subject ({@code assetId}): the energy meter.
 */
public record EnergyMetered(EventHeader header, Identifier meteredArea, double energyKwh,
        int periodMinutes) implements BusinessEvent {

    public EnergyMetered {
        Require.present("header", header);
        Require.present("meteredArea", meteredArea);
        Require.nonNegative("energyKwh", energyKwh);
        Require.atLeast("periodMinutes", 1, periodMinutes);
    }
}
