package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CostBooked;
import io.shiptwin.model.DecodeResult;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.model.YardEvent;
import io.shiptwin.model.lifecycle.Lifecycle;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.sim.des.SimTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The teaching scenario streamed over its whole horizon, sampled every three hours so the stream stays small;
 * every test reads the same stream.
 */
class ScenarioFeedTest {
    private static final FeedOptions OPTIONS = FeedOptions.defaults(42).withSamplePeriod(Duration.ofHours(3));
    private static ScenarioFeed feed;
    private static List<FeedMessage> messages;

    @BeforeAll
    static void streamTheTeachingYard() {
        feed = ScenarioFeed.open("teaching", OPTIONS);
        messages = feed.drain();
    }

    private static List<BusinessEvent> business() {
        return messages.stream().map(FeedMessage::event).filter(e -> e instanceof BusinessEvent).map(e -> (BusinessEvent) e).toList();
    }

    private static <T> List<T> of(Class<T> type) {
        return messages.stream().map(FeedMessage::event).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void eventTimesNeverGoBackInPublishedOrder() {
        long last = Long.MIN_VALUE;
        for (FeedMessage m : messages) {
            assertThat(m.event().eventTimeMillis()).isGreaterThanOrEqualTo(last);
            last = m.event().eventTimeMillis();
        }
        assertThat(last).isLessThan(OPTIONS.simStart().toEpochMilli() + feed.endMillis());
    }

    @Test
    void everyEventSurvivesTheEnvelopeRoundTrip() {
        for (FeedMessage m : messages) {
            DecodeResult<YardEvent> r = EnvelopeCodec.decode(EnvelopeCodec.encode(m.event()));
            if (r instanceof DecodeResult.Rejected<YardEvent> rejected) {
                fail("rejected " + m.event() + ": " + rejected.reason());
            }
            assertThat(((DecodeResult.Decoded<YardEvent>) r).value()).isEqualTo(m.event());
        }
    }

    @Test
    void subjectsAreIdentifiersOfTheRightKind() {
        Map<Class<?>, Set<ObjectKind>> expected = Map.ofEntries(
                Map.entry(StageStarted.class, Set.of(ObjectKind.BLOCK, ObjectKind.GRAND_BLOCK, ObjectKind.SHIP)),
                Map.entry(StageFinished.class, Set.of(ObjectKind.BLOCK, ObjectKind.GRAND_BLOCK, ObjectKind.SHIP)),
                Map.entry(ManHoursBooked.class, Set.of(ObjectKind.CREW)),
                Map.entry(CostBooked.class, Set.of(ObjectKind.BLOCK, ObjectKind.GRAND_BLOCK, ObjectKind.SHIP)),
                Map.entry(EnergyMetered.class, Set.of(ObjectKind.EQUIPMENT)),
                Map.entry(EquipmentFaulted.class, Set.of(ObjectKind.EQUIPMENT)),
                Map.entry(EquipmentRepaired.class, Set.of(ObjectKind.EQUIPMENT)),
                Map.entry(InspectionRecorded.class, Set.of(ObjectKind.INSPECTION)),
                Map.entry(NonConformanceOpened.class, Set.of(ObjectKind.NON_CONFORMANCE)),
                Map.entry(NonConformanceClosed.class, Set.of(ObjectKind.NON_CONFORMANCE)),
                Map.entry(MaterialDelivered.class, Set.of(ObjectKind.MATERIAL_DELIVERY)),
                Map.entry(ShipDelivered.class, Set.of(ObjectKind.SHIP)),
                Map.entry(OperationalReport.class, Set.of(ObjectKind.SHIP)),
                Map.entry(SurveyCompleted.class, Set.of(ObjectKind.SHIP)),
                Map.entry(TelemetryReading.class, Set.of(ObjectKind.EQUIPMENT)),
                // the lifecycle twin's plan and flows (LifecycleFlows)
                Map.entry(io.shiptwin.model.StagePlanned.class, Set.of(ObjectKind.BLOCK, ObjectKind.GRAND_BLOCK, ObjectKind.SHIP)),
                Map.entry(io.shiptwin.model.MaterialOrdered.class, Set.of(ObjectKind.MATERIAL_DELIVERY)),
                Map.entry(io.shiptwin.model.DesignRevisionReleased.class, Set.of(ObjectKind.DESIGN)),
                Map.entry(io.shiptwin.model.WorkOrderOpened.class, Set.of(ObjectKind.WORK_ORDER)),
                Map.entry(io.shiptwin.model.WorkOrderClosed.class, Set.of(ObjectKind.WORK_ORDER)),
                Map.entry(io.shiptwin.model.CrewPresenceReported.class, Set.of(ObjectKind.CREW)));
        for (FeedMessage m : messages) {
            YardEvent e = m.event();
            Identifier id = ObjectKind.parse(e.assetId());
            assertThat(id.prefix()).isEqualTo(OPTIONS.yardPrefix());
            assertThat(expected.get(e.getClass())).as("kinds of %s", e.getClass().getSimpleName()).contains(ObjectKind.of(id));
        }
        assertThat(business()).extracting(e -> e.getClass().getSimpleName()).contains("StageStarted", "StageFinished",
                "ManHoursBooked", "CostBooked", "EnergyMetered", "EquipmentFaulted", "EquipmentRepaired", "InspectionRecorded",
                "NonConformanceOpened", "NonConformanceClosed", "MaterialDelivered", "ShipDelivered", "OperationalReport");
    }

    @Test
    void referencedIdentifiersAreOfTheRightKind() {
        for (BusinessEvent e : business()) {
            if (e instanceof StageStarted s) {
                assertThat(ObjectKind.of(s.workCentre())).isEqualTo(ObjectKind.WORK_CENTRE);
            } else if (e instanceof ManHoursBooked b) {
                assertThat(ObjectKind.of(b.chargedTo())).isIn(ObjectKind.BLOCK, ObjectKind.GRAND_BLOCK, ObjectKind.SHIP);
            } else if (e instanceof EnergyMetered m) {
                assertThat(ObjectKind.of(m.meteredArea())).isEqualTo(ObjectKind.YARD_AREA);
            } else if (e instanceof NonConformanceOpened nc) {
                assertThat(ObjectKind.of(nc.block())).isEqualTo(ObjectKind.BLOCK);
                assertThat(ObjectKind.of(nc.inspection())).isEqualTo(ObjectKind.INSPECTION);
            } else if (e instanceof MaterialDelivered d) {
                assertThat(ObjectKind.of(d.supplier())).isEqualTo(ObjectKind.SUPPLIER);
                assertThat(ObjectKind.of(d.destinationArea())).isEqualTo(ObjectKind.YARD_AREA);
            } else if (e instanceof EquipmentRepaired r) {
                assertThat(ObjectKind.of(r.workOrder())).isEqualTo(ObjectKind.WORK_ORDER);
            }
        }
    }

    @Test
    void topicsFollowTheYardNamespace() {
        for (FeedMessage m : messages) {
            Topics.MqttTopic t = Topics.MqttTopic.parse(m.topic());
            YardEvent e = m.event();
            assertThat(t.site()).isEqualTo("wenchong");
            assertThat(t.area()).isEqualTo(e.area());
            assertThat(t.assetType()).isEqualTo(e.assetType());
            boolean telemetry = e instanceof TelemetryReading;
            assertThat(t.channel()).isEqualTo(telemetry ? Topics.CHANNEL_TELEMETRY : Topics.CHANNEL_EVENTS);
            String suffix = Identifier.parse(e.assetId()).suffix();
            assertThat(suffix).endsWith(t.assetTag());
        }
    }

    @Test
    void eachSourceNumbersItsEventsFromOneAndEventIdsAreUnique() {
        Map<String, Long> last = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (FeedMessage m : messages) {
            YardEvent e = m.event();
            String source = e.assetId() + (e instanceof TelemetryReading ? "/telemetry" : "/events");
            assertThat(e.sequence()).isEqualTo(last.getOrDefault(source, 0L) + 1);
            last.put(source, e.sequence());
            assertThat(ids.add(e.eventId())).as("unique %s", e.eventId()).isTrue();
            assertThat(e.eventId()).startsWith(OPTIONS.runId() + ":").endsWith(":" + e.sequence());
        }
    }

    @Test
    void aStageStartsBeforeItFinishesForEveryEntity() {
        Map<String, Long> open = new HashMap<>();
        for (BusinessEvent e : business()) {
            if (e instanceof StageStarted s) {
                open.put(e.assetId() + "/" + s.stage(), e.eventTimeMillis());
            } else if (e instanceof StageFinished f) {
                Long started = open.remove(e.assetId() + "/" + f.stage());
                assertThat(started).as("%s finished %s without starting it", e.assetId(), f.stage()).isNotNull();
                assertThat(started).isLessThanOrEqualTo(e.eventTimeMillis());
            }
        }
    }

    @Test
    void blocksMoveThroughTheLifecycleByLegalTransitionsUpToErection() {
        Map<String, Lifecycle> blocks = new HashMap<>();
        for (StageStarted s : of(StageStarted.class)) {
            Identifier id = Identifier.parse(s.assetId());
            if (ObjectKind.of(id) == ObjectKind.BLOCK) {
                Lifecycle now = blocks.getOrDefault(s.assetId(), Lifecycle.start(id));
                blocks.put(s.assetId(), now.moveTo(s.stage())); // throws on an illegal move
            }
        }
        assertThat(blocks).hasSize(24);
        assertThat(blocks.values()).allMatch(l -> l.stage() == LifecycleStage.ERECTION);
    }

    @Test
    void shipsGoFromErectionToOperation() {
        Map<String, List<LifecycleStage>> ships = new HashMap<>();
        for (StageStarted s : of(StageStarted.class)) {
            if (ObjectKind.of(Identifier.parse(s.assetId())) == ObjectKind.SHIP) {
                ships.computeIfAbsent(s.assetId(), k -> new ArrayList<>()).add(s.stage());
            }
        }
        assertThat(ships.values()).allSatisfy(stages -> assertThat(stages).containsExactly(LifecycleStage.ERECTION,
                LifecycleStage.LAUNCH, LifecycleStage.QUAY_OUTFITTING, LifecycleStage.SEA_TRIALS, LifecycleStage.DELIVERED,
                LifecycleStage.IN_OPERATION));
    }

    @Test
    void everyPieceOfEquipmentReportsTelemetry() {
        Set<String> reporting = new HashSet<>();
        of(TelemetryReading.class).forEach(r -> reporting.add(r.assetId()));
        assertThat(reporting).containsExactlyInAnyOrderElementsOf(feed.equipmentIds());
        assertThat(feed.equipmentIds()).contains("88.118.8001/EQ-GC-01", "88.118.8001/EQ-CUTTER-01", "88.118.8001/EQ-PRESS-01",
                "88.118.8001/EQ-WELDING-ROBOTS-01", "88.118.8001/EQ-WELDING-ROBOTS-02", "88.118.8001/EQ-ASSEMBLY-BAY-03",
                "88.118.8001/EQ-BOOTH-01", "88.118.8001/EQ-BOOTH-02", "88.118.8001/EQ-DOCK-1-P1", "88.118.8001/EQ-EM-SHOP",
                "88.118.8001/EQ-TAGS-OUTFITTING-BAY", "88.118.8001/EQ-GW-01");
    }

    @Test
    void aShipIsDeliveredOnceAndThenReportsEveryDay() {
        Map<String, Long> delivered = new HashMap<>();
        for (ShipDelivered d : of(ShipDelivered.class)) {
            assertThat(delivered.put(d.assetId(), d.eventTimeMillis())).as("delivered twice: %s", d.assetId()).isNull();
            assertThat(d.deadweightTonnes()).isEqualTo(3000);
        }
        assertThat((long) delivered.size()).isEqualTo(feed.run().shipsDelivered()).isEqualTo(2);
        Map<String, Long> lastReport = new HashMap<>(delivered);
        for (OperationalReport r : of(OperationalReport.class)) {
            assertThat(r.eventTimeMillis() - lastReport.put(r.assetId(), r.eventTimeMillis())).isEqualTo(SimTime.hours(24));
            assertThat(r.fuelTonnes()).isPositive();
        }
        assertThat(lastReport.values()).allMatch(t -> t + SimTime.hours(24) >= OPTIONS.simStart().toEpochMilli() + feed.endMillis());
    }

    @Test
    void everyNonConformanceOpenedIsClosedByItsRework() {
        Set<String> open = new HashSet<>();
        for (BusinessEvent e : business()) {
            if (e instanceof NonConformanceOpened) {
                open.add(e.assetId());
            } else if (e instanceof NonConformanceClosed c) {
                assertThat(open.remove(e.assetId())).isTrue();
                assertThat(c.reworkManHours()).isPositive();
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void bookedManHoursAddUpToTheGroundTruth() {
        double booked = of(ManHoursBooked.class).stream().mapToDouble(ManHoursBooked::manHours).sum();
        double truth = feed.run().ships().stream().mapToDouble(s -> s.manHours()).sum();
        assertThat(booked).isCloseTo(truth, org.assertj.core.data.Offset.offset(1e-6 * truth));
    }

    @Test
    void everyCoatIsReportedAsADftInspectionPassedOrFailedAndTheAssemblyWeldsAsUltrasonicTests() {
        Map<String, InspectionRecorded> byId = new HashMap<>();
        of(InspectionRecorded.class).forEach(i -> byId.put(i.assetId(), i));
        List<InspectionRecorded> dft = byId.values().stream()
                .filter(i -> i.method() == io.shiptwin.model.yard.InspectionMethod.COATING_DFT).toList();
        List<InspectionRecorded> ut = byId.values().stream()
                .filter(i -> i.method() == io.shiptwin.model.yard.InspectionMethod.ULTRASONIC).toList();
        assertThat(dft.size() + ut.size()).as("no other method").isEqualTo(byId.size());
        assertThat(dft).as("passed coats").anyMatch(InspectionRecorded::passed);
        assertThat(dft).as("failed coats").anyMatch(i -> !i.passed());
        assertThat(ut).anyMatch(InspectionRecorded::passed);
        // Equal to the simulation's truth: each coat inspected once per attempt, the feed's compliance is the truth's.
        long end = feed.endMillis();
        var coats = feed.run().truth().incidents().stream()
                .filter(i -> i.time() < end && i.entity().startsWith("BLK-") && i.detail().startsWith("coat")).toList();
        long truthPassed = coats.stream().filter(i -> i.kind().equals("inspection")).count();
        assertThat(dft).hasSize(coats.size());
        assertThat(dft.stream().filter(InspectionRecorded::passed).count()).isEqualTo(truthPassed);
        double compliance = (double) truthPassed / coats.size();
        assertThat(compliance).as("most coats pass, not all").isStrictlyBetween(0.5, 1.0);
    }

    @Test
    void weldingAndPaintingStagesNameTheRobotOrBoothThatDidTheWorkAtStartAndFinish() {
        Map<String, String> typeOf = new HashMap<>();
        for (FeedMessage m : messages) {
            if (m.event() instanceof TelemetryReading r) {
                typeOf.putIfAbsent(r.assetId(), r.assetType());
            }
        }
        Map<String, String> startUnit = new HashMap<>();
        int welded = 0;
        int painted = 0;
        for (StageStarted s : of(StageStarted.class)) {
            if (!s.assetId().contains("/BLK-")) {
                continue;
            }
            String expected = switch (s.stage()) {
                case SUB_ASSEMBLY, BLOCK_ASSEMBLY -> "welding-robot";
                case PAINTING -> "paint-booth";
                default -> null;
            };
            if (expected != null) {
                assertThat(s.equipment()).as("the unit of " + s.assetId() + " " + s.stage()).isNotNull();
                assertThat(typeOf.get(s.equipment().toString())).as("a unit that reports telemetry").isEqualTo(expected);
                startUnit.put(s.assetId() + "|" + s.stage(), s.equipment().toString());
                if (expected.equals("paint-booth")) {
                    painted++;
                } else {
                    welded++;
                }
            }
        }
        assertThat(welded).isGreaterThan(10);
        assertThat(painted).isGreaterThan(5);
        for (StageFinished f : of(StageFinished.class)) {
            String unit = startUnit.get(f.assetId() + "|" + f.stage());
            if (unit != null) {
                assertThat(f.equipment()).as("the finish names the same unit").isNotNull();
                assertThat(f.equipment().toString()).isEqualTo(unit);
            }
        }
        // Several robots share the welding: the unit is not always the first one.
        assertThat(startUnit.values().stream().distinct().count()).isGreaterThan(2);
    }
}
