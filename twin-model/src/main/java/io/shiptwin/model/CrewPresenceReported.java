package io.shiptwin.model;

/**
 * Positioning tags report how many of a crew were in a zone, and for how long. Aggregated per crew: never per named person.
 *
 * <p>Subject ({@code assetId}): the crew.
 */
public record CrewPresenceReported(EventHeader header, Identifier zone, int headcount,
        double dwellHours) implements BusinessEvent {

    public CrewPresenceReported {
        Require.present("header", header);
        Require.present("zone", zone);
        Require.atLeast("headcount", 1, headcount);
        Require.nonNegative("dwellHours", dwellHours);
    }
}
