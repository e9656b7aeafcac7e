package io.shiptwin.model;

/**
 * A delivered ship reported a period of operation (noon report style).
 *
 * <p>Subject ({@code assetId}): the ship.
 */
public record OperationalReport(EventHeader header, double periodHours, double distanceNauticalMiles,
        double fuelTonnes, double mainEngineHours, double averageSpeedKnots) implements BusinessEvent {

    public OperationalReport {
        Require.present("header", header);
        Require.nonNegative("periodHours", periodHours);
        Require.nonNegative("distanceNauticalMiles", distanceNauticalMiles);
        Require.nonNegative("fuelTonnes", fuelTonnes);
        Require.nonNegative("mainEngineHours", mainEngineHours);
        Require.nonNegative("averageSpeedKnots", averageSpeedKnots);
    }
}
