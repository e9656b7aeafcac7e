package io.shiptwin.streams.lifecycle;

/**
 * One version of the twin of a ship, grand block or block, emitted for every unique event applied to it.
 *
 * <p>Never written to once emitted, arrays included: the job runs with object reuse, so chained operators and sinks
 * share the emitted object (the accumulator's snapshot copies its arrays for that reason).
 *
 * @param kind           {@code ship}, {@code grand-block} or {@code block}
 * @param shipId         the ship it belongs to (itself for a ship)
 * @param stage          current lifecycle stage (enum name), null before any stage event
 * @param version        unique events applied so far
 * @param stageStarted   per {@code LifecycleStage} ordinal, the (simulated) time the stage last started; -1 if never
 * @param stageFinished  per ordinal, the time it last finished; -1 if never
 * @param manHours       man-hours booked against the entity itself (not its blocks)
 * @param costMinorUnits cost booked against it, in minor units of {@code currency} (null before any cost)
 * @param energyKwh      energy metered against it
 * @param updatedAtMillis wall clock of the update
 */
public record HullTwin(String entityId, String kind, String shipId, String stage, long version, long[] stageStarted,
                       long[] stageFinished, double manHours, long costMinorUnits, String currency, double energyKwh,
                       long inspectionsPassed, long inspectionsFailed, long nonConformancesOpened, boolean delivered,
                       String lastEventId, long lastEventTimeMillis, long updatedAtMillis) {

    public boolean isShip() {
        return "ship".equals(kind);
    }
}
