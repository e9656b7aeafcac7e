package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.model.YardEvent;
import io.shiptwin.model.lifecycle.LifecycleStage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The teaching yard's plan and the lifecycle twin's remaining flows, as the feed publishes them. */
class LifecycleFlowsTest {
    private static final FeedOptions OPTIONS = FeedOptions.defaults(42).withSamplePeriod(Duration.ofHours(6));
    private static List<YardEvent> events;

    @BeforeAll
    static void streamTheTeachingYard() {
        events = ScenarioFeed.open("teaching", OPTIONS).drain().stream().map(FeedMessage::event).toList();
    }

    private static <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Map<String, Map<LifecycleStage, StagePlanned>> plans() {
        Map<String, Map<LifecycleStage, StagePlanned>> plans = new HashMap<>();
        for (StagePlanned p : of(StagePlanned.class)) {
            plans.computeIfAbsent(p.assetId(), k -> new EnumMap<>(LifecycleStage.class)).put(p.stage(), p);
        }
        return plans;
    }

    @Test
    void everyBlockIsPlannedFromSteelToErectionAndEveryShipFromErectionToDelivery() {
        Map<String, Map<LifecycleStage, StagePlanned>> plans = plans();
        List<String> blocks = of(StageStarted.class).stream().map(StageStarted::assetId)
                .filter(id -> id.contains("/BLK-")).distinct().toList();
        List<String> ships = of(StageStarted.class).stream().map(StageStarted::assetId)
                .filter(id -> id.contains("/SHIP-")).distinct().toList();
        assertThat(blocks).isNotEmpty();
        assertThat(ships).isNotEmpty();
        for (String b : blocks) {
            assertThat(plans.get(b)).as(b).containsOnlyKeys(LifecycleStage.MATERIAL, LifecycleStage.CUTTING, LifecycleStage.FORMING,
                    LifecycleStage.SUB_ASSEMBLY, LifecycleStage.BLOCK_ASSEMBLY, LifecycleStage.PRE_OUTFITTING,
                    LifecycleStage.PAINTING, LifecycleStage.PRE_ERECTION, LifecycleStage.ERECTION);
        }
        for (String s : ships) {
            assertThat(plans.get(s)).as(s).containsOnlyKeys(LifecycleStage.ERECTION, LifecycleStage.LAUNCH,
                    LifecycleStage.QUAY_OUTFITTING, LifecycleStage.SEA_TRIALS, LifecycleStage.DELIVERED);
        }
    }

    @Test
    void aBlocksPlannedStagesFollowEachOtherAndThePlanIsPublishedBeforeItsFirstStage() {
        Map<String, Long> firstStart = of(StageStarted.class).stream()
                .collect(Collectors.toMap(StageStarted::assetId, StageStarted::eventTimeMillis, Math::min));
        LifecycleStage[] route = {LifecycleStage.MATERIAL, LifecycleStage.CUTTING, LifecycleStage.FORMING, LifecycleStage.SUB_ASSEMBLY,
                LifecycleStage.BLOCK_ASSEMBLY, LifecycleStage.PRE_OUTFITTING, LifecycleStage.PAINTING, LifecycleStage.PRE_ERECTION,
                LifecycleStage.ERECTION};
        plans().forEach((entity, plan) -> {
            if (!entity.contains("/BLK-")) {
                return;
            }
            for (int i = 1; i < route.length; i++) {
                assertThat(plan.get(route[i]).plannedStartMillis()).as(entity + " " + route[i])
                        .isGreaterThanOrEqualTo(plan.get(route[i - 1]).plannedFinishMillis());
            }
            assertThat(plan.get(LifecycleStage.MATERIAL).eventTimeMillis()).isLessThanOrEqualTo(firstStart.get(entity));
        });
        // The ship delivers at the latest planned finish of its erection, launch, outfitting and trials.
        plans().forEach((entity, plan) -> {
            if (entity.contains("/SHIP-")) {
                assertThat(plan.get(LifecycleStage.DELIVERED).plannedStartMillis())
                        .isEqualTo(plan.get(LifecycleStage.SEA_TRIALS).plannedFinishMillis())
                        .isGreaterThan(plan.get(LifecycleStage.ERECTION).plannedFinishMillis());
            }
        });
    }

    @Test
    void steelIsOrderedBeforeItIsDeliveredAndInTheSameQuantity() {
        Map<String, MaterialOrdered> ordered = of(MaterialOrdered.class).stream()
                .collect(Collectors.toMap(MaterialOrdered::assetId, o -> o));
        List<MaterialDelivered> delivered = of(MaterialDelivered.class);
        assertThat(delivered).isNotEmpty();
        for (MaterialDelivered d : delivered) {
            MaterialOrdered o = ordered.get(d.assetId());
            assertThat(o).as(d.assetId()).isNotNull();
            assertThat(o.quantityTonnes()).isEqualTo(d.quantityTonnes());
            assertThat(o.eventTimeMillis()).isLessThanOrEqualTo(d.eventTimeMillis());
            assertThat(o.promisedLeadTimeHours()).isPositive();
        }
    }

    @Test
    void aDesignRevisionTouchesOnlyBlocksOfItsOwnHull() {
        assertThat(of(DesignRevisionReleased.class)).isNotEmpty();
        // In the teaching yard every revision comes before any block is assembled or after it is painted: none
        // touches a block (the yard reworks none for a revision), which the events must say too.
        assertThat(of(DesignRevisionReleased.class)).allSatisfy(r -> assertThat(r.blocksTouched()).isEmpty());
        for (DesignRevisionReleased r : of(DesignRevisionReleased.class)) {
            String hull = ObjectKind.DESIGN_REVISION.tokens(r.revision()).get(1).replaceAll("R\\d+$", "");
            assertThat(r.blocksTouched()).allSatisfy(b -> assertThat(ObjectKind.BLOCK.tokens(b).get(0)).isEqualTo(hull));
        }
    }

    @Test
    void everyProductionWorkOrderIsClosedAfterItOpensWithTheHoursOfTheWork() {
        Map<String, WorkOrderOpened> opened = of(WorkOrderOpened.class).stream()
                .collect(Collectors.toMap(WorkOrderOpened::assetId, o -> o));
        List<WorkOrderClosed> closed = of(WorkOrderClosed.class);
        assertThat(closed).isNotEmpty();
        for (WorkOrderClosed c : closed) {
            WorkOrderOpened o = opened.get(c.assetId());
            assertThat(o).as(c.assetId()).isNotNull();
            assertThat(o.eventTimeMillis()).isLessThanOrEqualTo(c.eventTimeMillis());
            assertThat(c.actualHours()).isEqualTo(o.plannedHours()).isPositive();
            assertThat(c.assetId()).endsWith(o.target().suffix() + c.assetId().substring(c.assetId().lastIndexOf('-')));
        }
    }

    @Test
    void crewPresenceInABlockAddsUpToTheManHoursBookedToIt() {
        Map<String, Double> presence = of(CrewPresenceReported.class).stream()
                .collect(Collectors.groupingBy(c -> c.zone().toString(), Collectors.summingDouble(c -> c.headcount() * c.dwellHours())));
        Map<String, Double> booked = of(ManHoursBooked.class).stream()
                .collect(Collectors.groupingBy(m -> m.chargedTo().toString(), Collectors.summingDouble(ManHoursBooked::manHours)));
        assertThat(presence.keySet()).isEqualTo(booked.keySet());
        booked.forEach((entity, hours) -> assertThat(presence.get(entity)).as(entity).isCloseTo(hours, within(1e-6 * hours + 1e-9)));
    }
}
