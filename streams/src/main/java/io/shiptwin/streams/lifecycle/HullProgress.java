package io.shiptwin.streams.lifecycle;

/**
 * The plan, progress and remaining flows of one ship, grand block or block, emitted by
 * {@link HullTwinFunction#PROGRESS} on every unique event that is not a booking: for the {@code hull_flows}
 * and planned {@code hull_stage_dates} columns, and for the ship's schedule ({@link ShipScheduleFunction}).
 * Flows are the entity's own totals so far (not deltas), so the latest progress of an entity replaces the
 * previous one.
 *
 * <p>Never written to once emitted, arrays included: the job runs with object reuse, so chained operators and sinks
 * share the emitted object (the accumulator's snapshot copies its arrays for that reason).
 *
 * @param version        the hull twin version it was taken at
 * @param plannedStart   per {@code LifecycleStage} ordinal, epoch millis; -1 when not planned
 * @param plannedFinish  per ordinal, epoch millis; -1 when not planned
 * @param stageStarted   per ordinal, actual start; -1 if never
 * @param stageFinished  per ordinal, actual finish; -1 if never
 * @param slipMillis     {@link HullSchedule#slipMillis}; {@link HullSchedule#UNKNOWN} when no planned stage was reached
 * @param workCentre     where the entity's latest stage started (for a ship in erection: its dock)
 */
public record HullProgress(String shipId, String entityId, String kind, long version, String eventId, long eventTimeMillis,
                           long[] plannedStart, long[] plannedFinish, long[] stageStarted, long[] stageFinished,
                           long slipMillis, String slipStage, int stagesPlanned, int stagesDone, long designRevisions,
                           double materialOrderedTonnes, double materialDeliveredTonnes, long materialDeliveries,
                           long nonConformancesOpened, long nonConformancesClosed, long workOrdersOpened,
                           long workOrdersClosed, double equipmentHours, double crewHours, String workCentre,
                           boolean delivered) {

    public boolean isShip() {
        return shipId.equals(entityId);
    }

    public long openNonConformances() {
        return Math.max(0, nonConformancesOpened - nonConformancesClosed);
    }
}
