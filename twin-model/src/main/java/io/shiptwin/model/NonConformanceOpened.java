package io.shiptwin.model;

import io.shiptwin.model.yard.Severity;

/**
 * An inspection found a defect: a non-conformance is opened on the block.
 *
 * <p>Subject ({@code assetId}): the non-conformance.
 */
public record NonConformanceOpened(EventHeader header, Identifier block, Identifier inspection, Severity severity,
        String description) implements BusinessEvent {

    public NonConformanceOpened {
        Require.present("header", header);
        Require.present("block", block);
        Require.present("inspection", inspection);
        Require.present("severity", severity);
        Require.text("description", description);
    }
}
