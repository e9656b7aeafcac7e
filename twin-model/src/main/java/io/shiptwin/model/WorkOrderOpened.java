package io.shiptwin.model;

import io.shiptwin.model.yard.WorkOrderKind;

/**
 * A work order was opened: production work on a block, or maintenance of equipment.
 *
 * <p>Subject ({@code assetId}): the work order.
 */
public record WorkOrderOpened(EventHeader header, WorkOrderKind orderKind, Identifier target,
        double plannedHours) implements BusinessEvent {

    public WorkOrderOpened {
        Require.present("header", header);
        Require.present("orderKind", orderKind);
        Require.present("target", target);
        Require.nonNegative("plannedHours", plannedHours);
    }
}
