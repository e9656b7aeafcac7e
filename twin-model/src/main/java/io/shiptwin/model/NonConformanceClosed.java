package io.shiptwin.model;

import io.shiptwin.model.yard.Disposition;

/**
 * A non-conformance was closed, with the rework it took.
 *
 * <p>Subject ({@code assetId}): the non-conformance.
 */
public record NonConformanceClosed(EventHeader header, Disposition disposition,
        double reworkManHours) implements BusinessEvent {

    public NonConformanceClosed {
        Require.present("header", header);
        Require.present("disposition", disposition);
        Require.nonNegative("reworkManHours", reworkManHours);
    }
}
