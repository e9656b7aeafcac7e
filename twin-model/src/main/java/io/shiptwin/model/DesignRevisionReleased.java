package io.shiptwin.model;

import java.util.List;

/**
 * A design revision (change order) was released, with the blocks whose BOM or nesting it changes.
 *
 * <p>Subject ({@code assetId}): the design.
 */
public record DesignRevisionReleased(EventHeader header, Identifier revision, int revisionNumber,
        List<Identifier> blocksTouched, double designManHours) implements BusinessEvent {

    public DesignRevisionReleased {
        Require.present("header", header);
        Require.present("revision", revision);
        Require.atLeast("revisionNumber", 1, revisionNumber);
        blocksTouched = List.copyOf(Require.present("blocksTouched", blocksTouched));
        Require.nonNegative("designManHours", designManHours);
    }
}
