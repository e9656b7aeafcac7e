package io.shiptwin.model;

import io.shiptwin.model.yard.Severity;

/**
 * A piece of equipment stopped with a fault.
 *
 * <p>Subject ({@code assetId}): the equipment.
 */
public record EquipmentFaulted(EventHeader header, String faultMode, Severity severity) implements BusinessEvent {

    public EquipmentFaulted {
        Require.present("header", header);
        Require.text("faultMode", faultMode);
        Require.present("severity", severity);
    }
}
