package io.shiptwin.app.fidelity;

import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.SurveyCycle;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.feed.ServiceTruth;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.yard.GroundTruth;
import io.shiptwin.sim.yard.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the twin should hold after a scenario run, from the simulation's ground truth (never from the events
 * the feed published): the yard's stage history, its ledger totals and its incidents, mapped the way the
 * feed publishes them.
 *
 * <p>Identifiers: the truth names entities by suffix ({@code BLK-H1001-B141}, {@code GBK-H1001-G01},
 * {@code SHIP-H1001}); the twin by Industrial Internet identifier under the run's prefix
 * ({@code 88.118.8001/BLK-H1001-B141}); a yard grand block {@code GBK-x} is the twin's {@code GB-x}.
 * Stages: as {@code HistoryTranslator} publishes them, a stage with a lifecycle stage, but not a single
 * coat or maintenance, of a ship, grand block or block; a grand block's stage is also each of its blocks'.
 * A delivered ship moves on to {@code IN_OPERATION} at its delivery. Only what happened before the feed's
 * bound counts. Energy reaches the hull twin only as cost (the meter's {@code EnergyMetered} is about a yard
 * area), so energy is compared within cost. Ships in service: the reports and surveys the simulation drew for them
 * ({@link ScenarioFeed#serviceTruth()}), with the next survey due by the twin's class rule.
 */
public final class ExpectedTwin {
    private final String prefix;
    private final long dayZero;
    private final long end;
    private final Map<String, List<String>> members;
    private final Map<String, Builder> hulls = new TreeMap<>();

    private ExpectedTwin(ScenarioFeed feed) {
        this.prefix = feed.options().yardPrefix();
        this.dayZero = feed.options().simStart().toEpochMilli();
        this.end = feed.endMillis();
        this.members = feed.grandBlockMembers();
    }

    /** The twin a complete run of {@code feed} should leave behind. */
    public static TwinFigures of(ScenarioFeed feed) {
        return new ExpectedTwin(feed).build(feed);
    }

    private TwinFigures build(ScenarioFeed feed) {
        GroundTruth truth = feed.run().truth();
        for (ScenarioFeed.StageStart s : feed.stageStarts()) {
            if (s.time() < end && published(s.entity(), s.stage())) {
                for (String id : subjects(s.entity())) {
                    hull(id).start(s.stage().lifecycle(), dayZero + s.time());
                }
            }
        }
        for (GroundTruth.StageRecord r : truth.stages()) {
            if (r.finish() < end && published(r.entity(), r.stage())) {
                for (String id : subjects(r.entity())) {
                    hull(id).finish(r.stage().lifecycle(), dayZero + r.finish());
                }
                if (r.stage().lifecycle() == LifecycleStage.DELIVERED) {
                    Builder ship = hull(id(r.entity()));
                    ship.delivered = true;
                    ship.start(LifecycleStage.IN_OPERATION, dayZero + r.finish());
                }
            }
        }
        Scenario.Costs costs = feed.scenario().costs();
        for (Map.Entry<String, GroundTruth.Totals> e : truth.totals().entrySet()) {
            GroundTruth.Totals t = e.getValue();
            if (isProduct(e.getKey()) && (t.manHours() > 0 || t.energyKwh() > 0 || t.steelTonnes() > 0)) {
                Builder b = hull(id(e.getKey()));
                b.manHours += t.manHours();
                b.cost += t.cost(costs) * 100;
            }
        }
        for (GroundTruth.Incident i : truth.incidents()) {
            if (i.time() >= end || !i.entity().startsWith("BLK-")) {
                continue;
            }
            if (i.kind().equals("inspection")) {
                hull(id(i.entity())).passed++;
            } else if (i.kind().equals("non-conformance")) {
                Builder b = hull(id(i.entity()));
                b.failed++;
                b.nonConformances++;
            }
        }
        long dft = 0;
        long dftPassed = 0;
        for (GroundTruth.Incident i : truth.incidents()) {
            // Every coat is inspected for its dry film thickness: passed ("inspection") or not ("non-conformance").
            if (i.time() < end && i.entity().startsWith("BLK-") && i.detail().startsWith("coat")) {
                dft++;
                if (i.kind().equals("inspection")) {
                    dftPassed++;
                }
            }
        }
        long[] adherence = adherence(feed);
        Map<String, TwinFigures.Hull> hullFigures = new TreeMap<>();
        Map<String, double[]> shipSums = new TreeMap<>();
        for (Map.Entry<String, Builder> e : hulls.entrySet()) {
            Builder b = e.getValue();
            hullFigures.put(e.getKey(), b.figures());
            if (b.manHours > 0 || Math.round(b.cost) > 0) {
                double[] s = shipSums.computeIfAbsent(shipOf(e.getKey()), k -> new double[2]);
                s[0] += b.manHours;
                s[1] += Math.round(b.cost);
            }
        }
        Map<String, TwinFigures.Ship> ships = new TreeMap<>();
        shipSums.forEach((id, s) -> ships.put(id, new TwinFigures.Ship(s[0], Math.round(s[1]))));
        return new TwinFigures(hullFigures, ships, equipment(feed),
                new TwinFigures.Compliance(dft, dftPassed, adherence[0], adherence[1]), service(feed));
    }

    /**
     * Stages finished (before the bound) whose entity and stage were planned by a published plan, and those of them
     * finished on or before the planned finish; the latest published plan of an entity and stage wins, as in the twin.
     */
    private long[] adherence(ScenarioFeed feed) {
        Map<String, Long> plannedFinish = new HashMap<>();
        for (ScenarioFeed.PlannedStage p : feed.plannedStages()) {
            if (p.publishedAt() < end && p.stage().lifecycle() != null) {
                for (String id : subjects(p.entity())) {
                    plannedFinish.put(id + "|" + p.stage().lifecycle().name(), dayZero + p.finish());
                }
            }
        }
        long[] n = new long[2];
        for (Map.Entry<String, Builder> e : hulls.entrySet()) {
            for (Map.Entry<String, Long> f : e.getValue().finished.entrySet()) {
                Long planned = plannedFinish.get(e.getKey() + "|" + f.getKey());
                if (planned != null) {
                    n[0]++;
                    if (f.getValue() <= planned) {
                        n[1]++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Per delivered ship, its service life as simulated: delivery, sums of its reports, surveys, and the next survey
     * due by the class rule the twin applies ({@link SurveyCycle#IACS}) after the surveys completed.
     */
    private Map<String, TwinFigures.Service> service(ScenarioFeed feed) {
        Map<String, TwinFigures.Service> m = new TreeMap<>();
        for (ServiceTruth t : feed.serviceTruth()) {
            double distance = 0;
            double fuel = 0;
            double engine = 0;
            double atSea = 0;
            for (OperationalReport r : t.reports()) {
                distance += r.distanceNauticalMiles();
                fuel += r.fuelTonnes();
                engine += r.mainEngineHours();
                atSea += r.averageSpeedKnots() > 0 ? r.distanceNauticalMiles() / r.averageSpeedKnots() : 0;
            }
            int[] done = new int[SurveyKind.values().length];
            t.surveys().forEach(s -> done[s.surveyKind().ordinal()]++);
            SurveyCycle.Due next = SurveyCycle.IACS.next(done);
            m.put(id(t.ship()), new TwinFigures.Service(t.deliveredMillis(), t.reports().size(), distance, fuel, engine, atSea,
                    t.surveys().size(), next.kind().name(), SurveyCycle.dueMillis(t.deliveredMillis(), next)));
        }
        return m;
    }

    /** Every piece of equipment is sampled at 0, p, 2p... before the bound: that many events, the last at the last tick. */
    private TwinFigures.Equipment ticks(long period) {
        long ticks = (end + period - 1) / period;
        return new TwinFigures.Equipment(ticks, dayZero + (ticks - 1) * period);
    }

    private Map<String, TwinFigures.Equipment> equipment(ScenarioFeed feed) {
        Map<String, TwinFigures.Equipment> m = new TreeMap<>();
        TwinFigures.Equipment each = ticks(feed.samplePeriodMillis());
        for (String id : feed.equipmentIds()) {
            m.put(id, each);
        }
        return m;
    }

    private static boolean published(String entity, Stage stage) {
        return isProduct(entity) && stage.lifecycle() != null && !stage.equals(Stage.COAT) && !stage.equals(Stage.MAINTENANCE);
    }

    private static boolean isProduct(String entity) {
        return entity.startsWith("BLK-") || entity.startsWith("GBK-") || entity.startsWith("SHIP-");
    }

    /** The twin identifier of a yard entity. */
    String id(String entity) {
        return prefix + "/" + (entity.startsWith("GBK-") ? "GB-" + entity.substring(4) : entity);
    }

    private List<String> subjects(String entity) {
        List<String> ids = new ArrayList<>();
        ids.add(id(entity));
        for (String block : members.getOrDefault(entity, List.of())) {
            ids.add(id(block));
        }
        return ids;
    }

    /** {@code 88.118.8001/BLK-H1001-B141} belongs to {@code 88.118.8001/SHIP-H1001}. */
    private String shipOf(String id) {
        String suffix = id.substring(prefix.length() + 1);
        return prefix + "/SHIP-" + suffix.split("-")[1];
    }

    private Builder hull(String id) {
        return hulls.computeIfAbsent(id, k -> new Builder());
    }

    private static final class Builder {
        private final Map<String, Long> started = new HashMap<>();
        private final Map<String, Long> finished = new HashMap<>();
        private String stage;
        private long stageTime = Long.MIN_VALUE;
        private double manHours;
        private double cost;
        private long passed;
        private long failed;
        private long nonConformances;
        private boolean delivered;

        void start(LifecycleStage s, long time) {
            started.merge(s.name(), time, Math::max);
            if (time >= stageTime) {
                stage = s.name();
                stageTime = time;
            }
        }

        void finish(LifecycleStage s, long time) {
            finished.merge(s.name(), time, Math::max);
        }

        TwinFigures.Hull figures() {
            Map<String, TwinFigures.StageDates> dates = new TreeMap<>();
            for (String s : started.keySet()) {
                dates.put(s, new TwinFigures.StageDates(started.get(s), finished.get(s)));
            }
            for (String s : finished.keySet()) {
                dates.putIfAbsent(s, new TwinFigures.StageDates(null, finished.get(s)));
            }
            return new TwinFigures.Hull(stage, dates, manHours, Math.round(cost), passed, failed, nonConformances, delivered);
        }
    }
}
