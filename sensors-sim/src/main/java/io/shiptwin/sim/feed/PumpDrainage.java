package io.shiptwin.sim.feed;

import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.yard.Severity;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Perturbations.PumpBearingWear;
import io.shiptwin.sim.signals.Degradation;
import java.time.Duration;
import java.util.List;

/**
 * Plans the scenario's {@code perturbations.pumpBearingWear}: the pump's drainage duty, and for a wearing bearing
 * the accelerating vibration trend over {@code streaming.failurePrecursorHours} before the failure, the failure
 * ({@code equipment-faulted}, mode {@code bearing}) and the repair ({@code equipment-repaired}, work order
 * {@code WO-{pump tag}-B{n}}) that puts a new bearing in. The yard model does not know these failures: they are in
 * the feed, not in the ground truth's incidents.
 */
final class PumpDrainage {
    static final String FAULT_MODE = "bearing";

    private PumpDrainage() {
    }

    static void plan(YardLayout layout, String prefix, List<Pending> events) {
        long precursor = SimTime.hours(layout.scenario.streaming().failurePrecursorHours());
        int n = 0;
        for (PumpBearingWear w : layout.scenario.perturbations().pumpBearingWear()) {
            FeedEquipment pump = layout.pumpsByDock.get(w.dock()).get(w.pump() - 1);
            long from = SimTime.days(w.fromDay());
            pump.duty(from, w.dutyLoad());
            if (w.failureDay() <= 0) {
                continue;
            }
            long failure = SimTime.days(w.failureDay());
            long onset = Math.max(from, failure - precursor);
            if (failure > onset) {
                pump.degrade(onset, Degradation.accelerating(onset, Duration.ofMillis(failure - onset)));
            }
            long repaired = failure + SimTime.hours(w.repairHours());
            pump.set(failure, FeedEquipment.Mode.DOWN, 0);
            pump.set(repaired, FeedEquipment.Mode.IDLE, 0); // back to its duty
            pump.maintain(repaired);
            String segment = pump.type.topicSegment();
            events.add(new Pending(failure, pump.id, pump.area, segment, pump.tag,
                    h -> new EquipmentFaulted(h, FAULT_MODE, Severity.MAJOR)));
            Identifier order = ObjectKind.WORK_ORDER.identifier(prefix, pump.tag, "B" + (++n));
            double hours = w.repairHours();
            events.add(new Pending(repaired, pump.id, pump.area, segment, pump.tag, h -> new EquipmentRepaired(h, order, hours)));
        }
    }
}
