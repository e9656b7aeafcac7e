package io.shiptwin.streams.lifecycle;

/**
 * What one unique event added to the flows of a hull entity, forwarded to its ship for the roll-up.
 *
 * @param shipId   the ship the entity belongs to (the roll-up key)
 * @param own      true when the entity is the ship itself
 * @param currency null when no cost is in the delta
 */
public record FlowDelta(String shipId, String entityId, boolean own, String eventId, double manHours, long costMinorUnits,
                        String currency, double energyKwh) {

    public boolean isEmpty() {
        return manHours == 0 && costMinorUnits == 0 && energyKwh == 0;
    }
}
