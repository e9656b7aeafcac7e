package io.shiptwin.streams.maintenance;

/**
 * What a machine is doing (docs/equipment-health.md, "Status"): DOWN from an {@code EquipmentFaulted} until its
 * {@code EquipmentRepaired}; MAINTENANCE while a maintenance work order of the yard is open on it; otherwise WORKING
 * when its activity channel shows work (a crane's load or hoist, a welding robot's arc current...), else IDLE.
 */
public enum EquipmentStatus {
    WORKING, IDLE, DOWN, MAINTENANCE
}
