package io.shiptwin.streams.maintenance;

import io.shiptwin.model.BusinessEvent;

/** A business event about a machine, with the machine it is about (the key of the equipment care state). */
public record EquipmentEvent(BusinessEvent event, String equipmentId) {
}
