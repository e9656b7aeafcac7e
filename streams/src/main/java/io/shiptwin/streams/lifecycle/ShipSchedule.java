package io.shiptwin.streams.lifecycle;

/**
 * A ship's plan against actual, progress, remaining flows, quality status and dock, from the latest
 * {@link HullProgress} of the ship and of each of its blocks and grand blocks (docs/lifecycle-twin.md).
 *
 * @param plannedDeliveryMillis   the plan's delivery (epoch millis), -1 before the plan is known
 * @param predictedDeliveryMillis the actual delivery once delivered, else planned delivery + max(0, slip); -1 if unknown
 * @param slipMillis              the delay driving the prediction (0 when on time or unknown)
 * @param criticalEntity          the ship, grand block or block whose slip that is (null when none is late)
 * @param criticalStage           the stage that slip was measured at
 * @param stagesPlanned           planned stages of the ship and all its entities
 * @param stagesDone              of those, finished
 * @param designRevisions         revisions released for the ship (that touched at least one of its blocks)
 * @param blockRevisions          block touches by those revisions (a block touched twice counts twice)
 * @param dock                    the dock it is in or was erected in (work centre identifier), null before erection
 * @param dockInMillis            erection start (-1 before); {@code dockOutMillis} launch finish (-1 while in the dock)
 */
public record ShipSchedule(String shipId, long version, long plannedDeliveryMillis, long predictedDeliveryMillis,
                           long slipMillis, String criticalEntity, String criticalStage, int blocks, int blocksErected,
                           int stagesPlanned, int stagesDone, long designRevisions, long blockRevisions,
                           double materialOrderedTonnes, double materialDeliveredTonnes, long materialDeliveries,
                           double equipmentHours, double crewHours, long nonConformancesOpened, long nonConformancesClosed,
                           String dock, long dockInMillis, long dockOutMillis, long deliveredMillis, String lastEventId,
                           long updatedAtMillis) {

    public double progressPercent() {
        return stagesPlanned == 0 ? 0 : 100.0 * stagesDone / stagesPlanned;
    }

    public long openNonConformances() {
        return Math.max(0, nonConformancesOpened - nonConformancesClosed);
    }

    public boolean inDock() {
        return dockInMillis >= 0 && dockOutMillis < 0;
    }
}
