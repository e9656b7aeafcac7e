package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;

/**
 * How the lifecycle twin's plan and remaining flows fold into a hull entity's state (the part of
 * {@link HullTwinFunction} beyond stages and bookings), and the {@link HullProgress} it emits.
 */
final class LifecycleFlows {
    private LifecycleFlows() {
    }

    static void apply(HullAccumulator acc, BusinessEvent e) {
        if (e instanceof StagePlanned p) {
            // The latest plan of a stage wins (a re-plan replaces it).
            acc.plannedStart[p.stage().ordinal()] = p.plannedStartMillis();
            acc.plannedFinish[p.stage().ordinal()] = p.plannedFinishMillis();
        } else if (e instanceof DesignRevisionReleased) {
            acc.designRevisions++;
        } else if (e instanceof MaterialOrdered m) {
            acc.materialOrderedTonnes += m.quantityTonnes();
        } else if (e instanceof MaterialDelivered m) {
            acc.materialDeliveredTonnes += m.quantityTonnes();
            acc.materialDeliveries++;
        } else if (e instanceof NonConformanceClosed) {
            acc.nonConformancesClosed++;
        } else if (e instanceof WorkOrderOpened) {
            acc.workOrdersOpened++;
        } else if (e instanceof WorkOrderClosed w) {
            acc.workOrdersClosed++;
            acc.equipmentHours += w.actualHours();
        } else if (e instanceof CrewPresenceReported c) {
            acc.crewHours += c.headcount() * c.dwellHours();
        }
    }

    static HullProgress progress(HullAccumulator a, BusinessEvent e) {
        long slip = HullSchedule.slipMillis(a.plannedStart, a.plannedFinish, a.stageStarted, a.stageFinished, a.lastEventTime);
        var slipStage = HullSchedule.slipStage(a.plannedStart, a.plannedFinish, a.stageStarted);
        return new HullProgress(a.shipId, a.entityId, a.kind, a.version, e.eventId(), e.eventTimeMillis(), a.plannedStart.clone(),
                a.plannedFinish.clone(), a.stageStarted.clone(), a.stageFinished.clone(), slip,
                slipStage == null ? null : slipStage.name(), HullSchedule.stagesPlanned(a.plannedFinish),
                HullSchedule.stagesDone(a.plannedFinish, a.stageFinished), a.designRevisions, a.materialOrderedTonnes,
                a.materialDeliveredTonnes, a.materialDeliveries, a.nonConformancesOpened, a.nonConformancesClosed,
                a.workOrdersOpened, a.workOrdersClosed, a.equipmentHours, a.crewHours, a.workCentre, a.delivered);
    }
}
