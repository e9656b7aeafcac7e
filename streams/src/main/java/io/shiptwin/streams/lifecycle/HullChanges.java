package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CostBooked;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EventType;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;

/** Builds the {@link HullChange} of one applied event: which field it changed and its contribution. */
final class HullChanges {
    private HullChanges() {
    }

    static HullChange of(HullTwin twin, IngestedEvent in, FlowDelta flows) {
        BusinessEvent e = in.event();
        String field = null;
        String stage = null;
        int passed = 0;
        int failed = 0;
        int ncs = 0;
        if (e instanceof StageStarted s) {
            field = "stage";
            stage = s.stage().name();
        } else if (e instanceof StageFinished f) {
            field = "stage_finished";
            stage = f.stage().name();
        } else if (e instanceof ManHoursBooked) {
            field = "man_hours";
        } else if (e instanceof CostBooked) {
            field = flows.currency() == null ? null : "cost_minor_units"; // a second currency is not added
        } else if (e instanceof EnergyMetered) {
            field = "energy_kwh";
        } else if (e instanceof InspectionRecorded i) {
            field = i.passed() ? "inspections_passed" : "inspections_failed";
            passed = i.passed() ? 1 : 0;
            failed = i.passed() ? 0 : 1;
        } else if (e instanceof NonConformanceOpened) {
            field = "non_conformances_opened";
            ncs = 1;
        } else if (e instanceof ShipDelivered) {
            field = "delivered";
        }
        return new HullChange(twin, e.eventId(), EventType.of(e.getClass()).wireName(), e.assetId(), e.eventTimeMillis(),
                field, stage, flows.manHours(), flows.costMinorUnits(), flows.energyKwh(), passed, failed, ncs,
                in.sourceTopic(), in.sourcePartition(), in.sourceOffset());
    }
}
