package io.shiptwin.streams.lifecycle;

import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK_2;
import static io.shiptwin.streams.lifecycle.Hulls.PREFIX;
import static io.shiptwin.streams.lifecycle.Hulls.SHIP;
import static io.shiptwin.streams.lifecycle.Hulls.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.Disposition;
import io.shiptwin.model.yard.Severity;
import io.shiptwin.model.yard.WorkOrderKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The ship's schedule: plan against actual, the predicted delivery as delays propagate, flows, dock. */
class ShipScheduleFunctionTest {
    private static final long DAY = 86_400_000L;
    private static final long PLANNED_DELIVERY = T0 + 200 * DAY;
    private static final Identifier DOCK = ObjectKind.WORK_CENTRE.identifier(PREFIX, "DOCK", "1");
    private static final Identifier DLV = ObjectKind.MATERIAL_DELIVERY.identifier(PREFIX, "H1234", "B101");
    private static final Identifier SUPPLIER = ObjectKind.SUPPLIER.identifier(PREFIX, "MILL");
    private static final Identifier AREA = ObjectKind.YARD_AREA.identifier(PREFIX, "STOCKYARD");
    private static final Identifier CREW = ObjectKind.CREW.identifier(PREFIX, "PANEL");
    private static final Identifier INSP = ObjectKind.INSPECTION.identifier(PREFIX, "H1234", "B101", "1");
    private static final Identifier NC_1 = ObjectKind.NON_CONFORMANCE.identifier(PREFIX, "H1234", "B101", "1");
    private static final Identifier NC_2 = ObjectKind.NON_CONFORMANCE.identifier(PREFIX, "H1234", "B101", "2");
    private static final Identifier WO = new Identifier(PREFIX, "WO-BLK-H1234-B101-1");
    private static final Identifier DESIGN = ObjectKind.DESIGN.identifier(PREFIX, "BULK50K");
    private int n;

    private EventHeader at(Identifier subject, long time) {
        n++;
        return new EventHeader("e" + n, subject.toString(), n, time, "wenchong", "yard", "block");
    }

    private StagePlanned plan(Identifier entity, LifecycleStage stage, long start, long finish) {
        return new StagePlanned(at(entity, T0), stage, start, (finish - start) / 3_600_000.0);
    }

    /** The plan: block B101 assembles on days 10-12, B102 on days 11-13; the ship erects 100-150 and delivers on 200. */
    private List<BusinessEvent> thePlan() {
        return new ArrayList<>(List.of(
                plan(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 10 * DAY, T0 + 12 * DAY),
                plan(BLOCK_2, LifecycleStage.BLOCK_ASSEMBLY, T0 + 11 * DAY, T0 + 13 * DAY),
                plan(SHIP, LifecycleStage.ERECTION, T0 + 100 * DAY, T0 + 150 * DAY),
                plan(SHIP, LifecycleStage.LAUNCH, T0 + 150 * DAY, T0 + 152 * DAY),
                plan(SHIP, LifecycleStage.DELIVERED, PLANNED_DELIVERY, PLANNED_DELIVERY)));
    }

    private StageStarted start(Identifier entity, LifecycleStage stage, long time) {
        return new StageStarted(at(entity, time), stage, entity.equals(SHIP) ? DOCK : Hulls.WC);
    }

    private StageFinished finish(Identifier entity, LifecycleStage stage, long time) {
        return new StageFinished(at(entity, time), stage, entity.equals(SHIP) ? DOCK : Hulls.WC);
    }

    /** Runs the events through the hull twin, its progress through the ship schedule; the ship's last schedule. */
    private static ShipSchedule schedule(List<BusinessEvent> events) throws Exception {
        List<HullProgress> progress;
        try (var hull = new KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, HullTwin>(
                new KeyedProcessOperator<>(new HullTwinFunction(Duration.ofHours(1))), IngestedEvent::entityId, Types.STRING)) {
            hull.open();
            long offset = 0;
            for (BusinessEvent e : events) {
                for (String entity : HullEntity.all(e)) {
                    hull.processElement(new IngestedEvent(e, entity, "yard.events.raw", 0, offset), e.eventTimeMillis());
                }
                offset++;
            }
            progress = hull.getSideOutput(HullTwinFunction.PROGRESS).stream().map(StreamRecord::getValue).toList();
        }
        try (var ship = new KeyedOneInputStreamOperatorTestHarness<String, HullProgress, ShipSchedule>(
                new KeyedProcessOperator<>(new ShipScheduleFunction()), HullProgress::shipId, Types.STRING)) {
            ship.open();
            for (HullProgress p : progress) {
                ship.processElement(p, p.eventTimeMillis());
            }
            List<ShipSchedule> out = ship.extractOutputValues();
            return out.get(out.size() - 1);
        }
    }

    @Test
    void onTimeBlocksPredictThePlannedDelivery() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 10 * DAY));
        events.add(finish(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 12 * DAY));
        events.add(start(BLOCK_2, LifecycleStage.BLOCK_ASSEMBLY, T0 + 11 * DAY));

        ShipSchedule s = schedule(events);

        assertThat(s.plannedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY);
        assertThat(s.predictedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY);
        assertThat(s.slipMillis()).isZero();
        assertThat(s.criticalEntity()).isNull();
        assertThat(s.stagesPlanned()).isEqualTo(5);
        assertThat(s.stagesDone()).isEqualTo(1);
        assertThat(s.progressPercent()).isEqualTo(20.0);
    }

    @Test
    void aBlockFiveDaysLateInAssemblyMovesThePredictedDeliveryFiveDays() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 15 * DAY));
        events.add(start(BLOCK_2, LifecycleStage.BLOCK_ASSEMBLY, T0 + 11 * DAY));

        ShipSchedule s = schedule(events);

        assertThat(s.predictedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY + 5 * DAY);
        assertThat(s.slipMillis()).isEqualTo(5 * DAY);
        assertThat(s.criticalEntity()).isEqualTo(BLOCK.toString());
        assertThat(s.criticalStage()).isEqualTo("BLOCK_ASSEMBLY");
    }

    @Test
    void aStageRunningPastItsPlannedFinishIsAtLeastAsLateAsTheBlocksLatestEvent() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 10 * DAY));
        // Still assembling on day 15, three days past the planned finish on day 12.
        events.add(new CrewPresenceReported(at(CREW, T0 + 15 * DAY), BLOCK, 6, 8));

        ShipSchedule s = schedule(events);

        assertThat(s.predictedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY + 3 * DAY);
    }

    @Test
    void theLatestStageCountsSoABlockThatRecoveredIsNoLongerLate() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 13 * DAY));
        events.add(finish(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 14 * DAY)); // 2 days late at the finish, not 3

        assertThat(schedule(events).predictedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY + 2 * DAY);
    }

    @Test
    void onceTheShipLaunchesOnlyItsOwnSlipCounts() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(BLOCK, LifecycleStage.BLOCK_ASSEMBLY, T0 + 20 * DAY));
        events.add(start(SHIP, LifecycleStage.ERECTION, T0 + 100 * DAY));
        events.add(finish(SHIP, LifecycleStage.ERECTION, T0 + 151 * DAY));
        events.add(start(SHIP, LifecycleStage.LAUNCH, T0 + 151 * DAY));

        ShipSchedule s = schedule(events);

        assertThat(s.predictedDeliveryMillis()).isEqualTo(PLANNED_DELIVERY + DAY);
        assertThat(s.criticalEntity()).isEqualTo(SHIP.toString());
        assertThat(s.dock()).isEqualTo(DOCK.toString());
        assertThat(s.dockInMillis()).isEqualTo(T0 + 100 * DAY);
        assertThat(s.inDock()).isTrue();
    }

    @Test
    void theDockIsFreedAtLaunchAndADeliveredShipPredictsItsDelivery() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(start(SHIP, LifecycleStage.ERECTION, T0 + 100 * DAY));
        events.add(finish(SHIP, LifecycleStage.ERECTION, T0 + 150 * DAY));
        events.add(start(SHIP, LifecycleStage.LAUNCH, T0 + 150 * DAY));
        events.add(finish(SHIP, LifecycleStage.LAUNCH, T0 + 152 * DAY));
        events.add(new StageStarted(at(SHIP, T0 + 210 * DAY), LifecycleStage.DELIVERED,
                ObjectKind.WORK_CENTRE.identifier(PREFIX, "QUAY")));

        ShipSchedule s = schedule(events);

        assertThat(s.dock()).isEqualTo(DOCK.toString());
        assertThat(s.dockOutMillis()).isEqualTo(T0 + 152 * DAY);
        assertThat(s.inDock()).isFalse();
        assertThat(s.deliveredMillis()).isEqualTo(T0 + 210 * DAY);
        assertThat(s.predictedDeliveryMillis()).isEqualTo(T0 + 210 * DAY);
    }

    @Test
    void theRemainingFlowsRollUpFromTheBlocksToTheShip() throws Exception {
        List<BusinessEvent> events = thePlan();
        events.add(new MaterialOrdered(at(DLV, T0), SUPPLIER, "steel", 120.5, 336));
        events.add(new MaterialDelivered(at(DLV, T0 + DAY), SUPPLIER, "steel", 120.5, AREA));
        events.add(new WorkOrderOpened(at(WO, T0 + 10 * DAY), WorkOrderKind.PRODUCTION, BLOCK, 14));
        events.add(new WorkOrderClosed(at(WO, T0 + 11 * DAY), 14, 0));
        events.add(new CrewPresenceReported(at(CREW, T0 + 11 * DAY), BLOCK_2, 4, 2.5));
        events.add(new NonConformanceOpened(at(NC_1, T0 + 12 * DAY), BLOCK, INSP, Severity.MAJOR, "gap"));
        events.add(new NonConformanceOpened(at(NC_2, T0 + 12 * DAY), BLOCK, INSP, Severity.MINOR, "dft"));
        events.add(new NonConformanceClosed(at(NC_1, T0 + 13 * DAY), Disposition.REWORKED, 3));
        events.add(new DesignRevisionReleased(at(DESIGN, T0 + 14 * DAY),
                ObjectKind.DESIGN_REVISION.identifier(PREFIX, "BULK50K", "H1234R1"), 1, List.of(BLOCK, BLOCK_2), 0));

        ShipSchedule s = schedule(events);

        assertThat(s.materialOrderedTonnes()).isEqualTo(120.5);
        assertThat(s.materialDeliveredTonnes()).isEqualTo(120.5);
        assertThat(s.materialDeliveries()).isEqualTo(1);
        assertThat(s.equipmentHours()).isEqualTo(14.0);
        assertThat(s.crewHours()).isEqualTo(10.0);
        assertThat(s.nonConformancesOpened()).isEqualTo(2);
        assertThat(s.openNonConformances()).isEqualTo(1);
        assertThat(s.designRevisions()).isEqualTo(1);
        assertThat(s.blockRevisions()).isEqualTo(2);
        assertThat(s.blocks()).isEqualTo(2);
    }
}
