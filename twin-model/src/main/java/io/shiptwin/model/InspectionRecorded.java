package io.shiptwin.model;

import io.shiptwin.model.yard.InspectionMethod;

/**
 * Quality control recorded an inspection of a block.
 *
 * <p>Subject ({@code assetId}): the inspection.
 */
public record InspectionRecorded(EventHeader header, Identifier block, InspectionMethod method, boolean passed,
        String findings) implements BusinessEvent {

    public InspectionRecorded {
        Require.present("header", header);
        Require.present("block", block);
        Require.present("method", method);
        Require.text("findings", findings);
    }
}
