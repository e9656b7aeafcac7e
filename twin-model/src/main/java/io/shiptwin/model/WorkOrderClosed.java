package io.shiptwin.model;

/**
 * A work order was closed.
 *
 * <p>Subject ({@code assetId}): the work order.
 */
public record WorkOrderClosed(EventHeader header, double actualHours, double downtimeHours) implements BusinessEvent {

    public WorkOrderClosed {
        Require.present("header", header);
        Require.nonNegative("actualHours", actualHours);
        Require.nonNegative("downtimeHours", downtimeHours);
    }
}
