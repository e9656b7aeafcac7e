package io.shiptwin.model;

/**
 * A faulted piece of equipment is back in service.
 *
 * <p>Subject ({@code assetId}): the equipment.
 */
public record EquipmentRepaired(EventHeader header, Identifier workOrder, double repairHours) implements BusinessEvent {

    public EquipmentRepaired {
        Require.present("header", header);
        Require.present("workOrder", workOrder);
        Require.nonNegative("repairHours", repairHours);
    }
}
