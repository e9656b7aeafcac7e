package io.shiptwin.sim.feed;

import io.shiptwin.model.CostBooked;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.CostCategory;
import io.shiptwin.model.yard.Disposition;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.model.yard.Severity;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.Yard;
import io.shiptwin.sim.signals.Degradation;
import io.shiptwin.sim.yard.GroundTruth;
import io.shiptwin.sim.yard.Hull;
import io.shiptwin.sim.yard.Stage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the yard's history once, in order, and (1) plans each piece of equipment's timeline — which
 * unit of a resource a job, a failure or a maintenance took, when a crane lifts and what, when the dock
 * pumps run — and (2) writes down the business events the yard publishes, with correct identifiers.
 * The yard model pools identical units; the unit a job takes is the lowest free one, a failure takes an
 * idle unit (or, if all are busy, one whose job must end first), and a repair restores the unit whose
 * repair was due then.
 */
final class HistoryTranslator {
    private static final String STEEL = "steel plates and profiles";

    private final YardLayout layout;
    private final Scenario scenario;
    private final String prefix;
    private final Map<String, Hull.GrandBlock> grandBlocks = new HashMap<>();
    private final Map<String, Hull> hulls = new HashMap<>();
    private final Map<String, String> shipDock = new HashMap<>();
    private final Map<String, Integer> inspections = new HashMap<>();
    private final Map<String, Deque<Identifier>> openNonConformances = new HashMap<>();
    private final Map<String, Double> meterLoad = new HashMap<>();
    private final Map<String, Double> readerLoad = new HashMap<>();
    /** Per {@code entity|stage} that has started: the unit its first work will take, filled in when the work starts. */
    private final Map<String, Identifier[]> startedUnit = new HashMap<>();
    /** Per {@code entity|stage} under way: the unit (with telemetry) that took its first work. */
    private final Map<String, Identifier> stageUnit = new HashMap<>();
    private final long precursorMillis;
    final List<Pending> events = new ArrayList<>();
    /** Ship suffix to delivery time, in delivery order. */
    final Map<String, Long> deliveries = new LinkedHashMap<>();

    HistoryTranslator(YardLayout layout, List<Hull> hulls, String prefix) {
        this.layout = layout;
        this.scenario = layout.scenario;
        this.prefix = prefix;
        for (Hull h : hulls) {
            this.hulls.put(h.hull(), h);
            for (Hull.GrandBlock gb : h.grandBlocks()) {
                grandBlocks.put(gb.id(), gb);
            }
        }
        this.precursorMillis = SimTime.hours(scenario.streaming().failurePrecursorHours());
    }

    void translate(List<YardHistory.Happening> history) {
        for (YardHistory.Happening h : history) {
            if (h instanceof YardHistory.Started s) {
                started(s.entity(), s.stage(), s.time());
            } else if (h instanceof YardHistory.Finished f) {
                finished(f.record());
            } else if (h instanceof YardHistory.Incident i) {
                incident(i.incident());
            } else if (h instanceof YardHistory.WorkStarted w) {
                workStarted(w);
            } else if (h instanceof YardHistory.WorkFinished w) {
                workFinished(w);
            } else if (h instanceof YardHistory.Steel s) {
                steel(s);
            }
        }
        PumpDrainage.plan(layout, prefix, events);
        for (FeedEquipment e : layout.equipment) {
            e.seal();
        }
    }

    // ---- stages -------------------------------------------------------------------------------

    private void started(String entity, Stage stage, long t) {
        if (!isProduct(entity) || stage.lifecycle() == null || stage == Stage.COAT || stage == Stage.MAINTENANCE) {
            return;
        }
        if (stage == Stage.LAUNCH) {
            for (FeedEquipment p : layout.pumpsByDock.getOrDefault(shipDock.get(entity), List.of())) {
                p.set(t, FeedEquipment.Mode.RUN, 1.0);
            }
        }
        stageEvent(entity, stage, t, true);
    }

    private void finished(GroundTruth.StageRecord r) {
        String entity = r.entity();
        Stage stage = r.stage();
        if (!isProduct(entity) || stage.lifecycle() == null || stage == Stage.COAT || stage == Stage.MAINTENANCE) {
            return;
        }
        long t = r.finish();
        if (stage == Stage.LAUNCH) {
            for (FeedEquipment p : layout.pumpsByDock.getOrDefault(shipDock.get(entity), List.of())) {
                p.set(t, FeedEquipment.Mode.IDLE, 0);
            }
        }
        stageEvent(entity, stage, t, false);
        if (stage == Stage.DELIVERY) {
            delivered(entity, t);
        }
    }

    /**
     * A stage's start or finish, naming the unit that did its (first, not rework) work when that unit reports
     * telemetry: the welding robot of a sub-assembly, the booth of a painting. The unit is taken just after the stage
     * starts, so the start's event reads it when it is published.
     */
    private void stageEvent(String entity, Stage stage, long t, boolean start) {
        Place p = place(entity, stage);
        Identifier wc = ObjectKind.WORK_CENTRE.identifier(prefix, Names.token(p.name()));
        LifecycleStage lc = stage.lifecycle();
        String key = entity + "|" + stage.name();
        Identifier[] unit = new Identifier[1];
        if (start) {
            startedUnit.put(key, unit);
        } else {
            unit[0] = stageUnit.remove(key);
            startedUnit.remove(key);
        }
        for (Identifier subject : subjects(entity)) {
            add(t, subject, p.area(), start ? h -> new StageStarted(h, lc, wc, unit[0]) : h -> new StageFinished(h, lc, wc, unit[0]));
        }
    }

    private void delivered(String ship, long t) {
        Identifier id = productId(ship);
        Hull hull = hulls.get(ship.substring("SHIP-".length()));
        var op = scenario.operation();
        double dwt = hull == null ? 0 : hull.design().steelTonnes() * op.deadweightPerSteelTonne();
        ClassSociety society = ClassSociety.valueOf(op.classSociety());
        add(t, id, YardLayout.QUAY, h -> new ShipDelivered(h, op.owner(), society, dwt));
        Identifier fleet = ObjectKind.WORK_CENTRE.identifier(prefix, Names.token(op.area()));
        add(t, id, Names.level(op.area()), h -> new StageStarted(h, LifecycleStage.IN_OPERATION, fleet));
        deliveries.put(ship, t);
    }

    // ---- work: units, bookings -------------------------------------------------------------------

    private void workStarted(YardHistory.WorkStarted w) {
        long t = w.time();
        if (w.resource() == null) {
            if (w.stage() == Stage.COAT) {
                YardLayout.Group booths = layout.groups.get("paintingBooths");
                FeedEquipment e = booths.unit(unitOf(booths, w.entity()));
                if (e != null) {
                    e.set(t, FeedEquipment.Mode.HELD, 1.0);
                }
            }
            return;
        }
        YardLayout.Group g = layout.groups.get(w.resource());
        if (g == null) {
            return;
        }
        int u = allocate(g);
        g.busyBy[u] = w.entity();
        g.maintenance[u] = w.stage() == Stage.MAINTENANCE;
        FeedEquipment e = g.unit(u);
        if (e != null && !w.rework() && !g.maintenance[u]) {
            Identifier[] unit = startedUnit.remove(w.entity() + "|" + w.stage().name());
            if (unit != null) {
                unit[0] = e.id;
                stageUnit.put(w.entity() + "|" + w.stage().name(), e.id);
            }
        }
        if (e != null) {
            if (g.maintenance[u]) {
                e.set(t, FeedEquipment.Mode.MAINTENANCE, 0);
            } else if (!g.resource.equals("paintingBooths")) {
                // A crane carries the grand block's weight while lifting; a machine runs at its rated duty.
                Hull.GrandBlock gb = grandBlocks.get(w.entity());
                e.set(t, FeedEquipment.Mode.HELD, gb != null ? gb.weightTonnes() : 1.0);
            }
        }
        groupChanged(g, t);
    }

    private void workFinished(YardHistory.WorkFinished w) {
        long t = w.time();
        if (w.stage() != Stage.MAINTENANCE) {
            book(w);
        }
        if (w.resource() == null) {
            if (w.stage() == Stage.COAT) {
                YardLayout.Group booths = layout.groups.get("paintingBooths");
                FeedEquipment e = booths.unit(unitOf(booths, w.entity()));
                if (e != null) {
                    e.set(t, FeedEquipment.Mode.IDLE, 0);
                }
            }
            return;
        }
        YardLayout.Group g = layout.groups.get(w.resource());
        if (g == null) {
            return;
        }
        int u = unitOf(g, w.entity());
        if (u < 0) {
            return;
        }
        boolean wasMaintenance = g.maintenance[u];
        g.busyBy[u] = null;
        g.maintenance[u] = false;
        FeedEquipment e = g.unit(u);
        if (g.pendingFailure[u]) {
            g.pendingFailure[u] = false;
            g.down[u] = true;
            if (e != null) {
                e.set(t, FeedEquipment.Mode.DOWN, 0);
            }
        } else if (e != null) {
            e.set(t, g.down[u] ? FeedEquipment.Mode.DOWN : FeedEquipment.Mode.IDLE, 0);
        }
        if (wasMaintenance) {
            g.restoredAt[u] = t;
            if (e != null) {
                e.maintain(t);
            }
        }
        groupChanged(g, t);
    }

    /** Man-hours to the crew, labour and energy cost to the block or ship, energy to the area's meter. */
    private void book(YardHistory.WorkFinished w) {
        long t = w.time();
        Place p = place(w.entity(), w.stage());
        Identifier charged = subjects(w.entity()).get(0);
        LifecycleStage lc = w.stage().lifecycle();
        var costs = scenario.costs();
        String currency = scenario.streaming().currency();
        double manHours = w.hours() * w.crew();
        if (manHours > 0 && lc != null) {
            Identifier crew = ObjectKind.CREW.identifier(prefix, Names.token(p.name()));
            add(t, crew, p.area(), h -> new ManHoursBooked(h, charged, lc, manHours));
            long labour = minorUnits(manHours * costs.labourPerHour());
            add(t, charged, p.area(), h -> new CostBooked(h, CostCategory.LABOUR, currency, labour));
        }
        double kwh = w.hours() * w.powerKw();
        if (kwh > 0) {
            FeedEquipment meter = layout.meters.get(p.area());
            if (meter != null) {
                Identifier area = ObjectKind.YARD_AREA.identifier(prefix, Names.token(p.area()));
                int minutes = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round((t - w.start()) / 60_000.0)));
                add(t, meter.id, meter.area, meter.type.topicSegment(), meter.tag, h -> new EnergyMetered(h, area, kwh, minutes));
            }
            long energy = minorUnits(kwh * costs.energyPerKwh());
            add(t, charged, p.area(), h -> new CostBooked(h, CostCategory.ENERGY, currency, energy));
        }
        if (w.rework()) {
            Deque<Identifier> open = openNonConformances.get(w.entity());
            if (open != null && !open.isEmpty()) {
                Identifier nc = open.poll();
                add(t, nc, p.area(), h -> new NonConformanceClosed(h, Disposition.REWORKED, manHours));
            }
        }
    }

    private void steel(YardHistory.Steel s) {
        Identifier block = productId(s.block());
        List<String> tokens = ObjectKind.BLOCK.tokens(block);
        Identifier delivery = ObjectKind.MATERIAL_DELIVERY.identifier(prefix, tokens.get(0), tokens.get(1));
        Identifier supplier = ObjectKind.SUPPLIER.identifier(prefix, Names.token(s.supplier()));
        Identifier area = ObjectKind.YARD_AREA.identifier(prefix, Names.token(layout.stockyardArea));
        double tonnes = s.tonnes();
        add(s.time(), delivery, layout.stockyardArea, h -> new MaterialDelivered(h, supplier, STEEL, tonnes, area));
        long cost = minorUnits(tonnes * scenario.costs().steelPerTonne());
        String currency = scenario.streaming().currency();
        add(s.time(), block, layout.stockyardArea, h -> new CostBooked(h, CostCategory.MATERIAL, currency, cost));
    }

    // ---- incidents -------------------------------------------------------------------------------

    private void incident(GroundTruth.Incident i) {
        String entity = i.entity();
        long t = i.time();
        switch (i.kind()) {
            case "dock" -> shipDock.put(entity, i.detail());
            case "failure" -> failure(entity.substring("EQ-".length()), t, i.detail());
            case "repaired" -> repaired(entity.substring("EQ-".length()), t);
            case "inspection" -> inspection(entity, t, i.detail(), true);
            case "non-conformance" -> inspection(entity, t, i.detail(), false);
            default -> {
                // design revisions and other incidents stay in the ground truth only
            }
        }
    }

    private void inspection(String block, long t, String detail, boolean passed) {
        if (!block.startsWith("BLK-")) {
            return;
        }
        Identifier id = productId(block);
        List<String> tokens = ObjectKind.BLOCK.tokens(id);
        int n = inspections.merge(block, 1, Integer::sum);
        Identifier insp = ObjectKind.INSPECTION.identifier(prefix, tokens.get(0), tokens.get(1), Integer.toString(n));
        // The yard model inspects each coat (detail "coat n", passed or failed) and, after block assembly, the welds
        // (detail "pass" or "block assembly"): a coat is a DFT inspection, the assembly check an ultrasonic test.
        boolean coat = detail.startsWith("coat");
        Place p = place(block, coat ? Stage.PAINTING : Stage.BLOCK_ASSEMBLY);
        InspectionMethod method = coat ? InspectionMethod.COATING_DFT : InspectionMethod.ULTRASONIC;
        String findings = passed ? (coat ? detail + ": dry film thickness within specification" : "within tolerance") : detail;
        add(t, insp, p.area(), h -> new InspectionRecorded(h, id, method, passed, findings));
        if (!passed) {
            Identifier nc = ObjectKind.NON_CONFORMANCE.identifier(prefix, tokens.get(0), tokens.get(1), Integer.toString(n));
            Severity severity = coat ? Severity.MINOR : Severity.MAJOR;
            add(t, nc, p.area(), h -> new NonConformanceOpened(h, id, insp, severity, "defect found at " + detail));
            openNonConformances.computeIfAbsent(block, k -> new ArrayDeque<>()).add(nc);
        }
    }

    private void failure(String resource, long t, String detail) {
        YardLayout.Group g = layout.groups.get(resource);
        if (g == null) {
            return;
        }
        int u = -1;
        for (int i = 0; i < g.capacity && u < 0; i++) {
            if (g.busyBy[i] == null && !g.down[i]) {
                u = i;
            }
        }
        boolean idle = u >= 0;
        for (int i = g.capacity - 1; i >= 0 && u < 0; i--) {
            if (!g.down[i] && !g.pendingFailure[i]) {
                u = i;
            }
        }
        if (u < 0) {
            return;
        }
        FeedEquipment e = g.unit(u);
        if (idle) {
            g.down[u] = true;
            if (e != null) {
                e.set(t, FeedEquipment.Mode.DOWN, 0);
            }
        } else {
            g.pendingFailure[u] = true; // the job on it finishes first (no pre-emption in the yard model)
        }
        g.failedAt[u] = t;
        g.failures[u]++;
        g.repairDue[u] = t + SimTime.hours(repairHours(detail));
        long onset = Math.max(g.restoredAt[u], t - precursorMillis);
        if (e != null && t > onset) {
            e.degrade(onset, Degradation.accelerating(onset, Duration.ofMillis(t - onset)));
        }
        Identifier subject = unitId(g, u);
        add(t, subject, g.area, unitSegment(g, u), unitTag(g, u), h -> new EquipmentFaulted(h, "breakdown", Severity.MAJOR));
    }

    private void repaired(String resource, long t) {
        YardLayout.Group g = layout.groups.get(resource);
        if (g == null) {
            return;
        }
        int u = -1;
        for (int i = 0; i < g.capacity; i++) {
            if ((g.down[i] || g.pendingFailure[i]) && (u < 0 || Math.abs(g.repairDue[i] - t) < Math.abs(g.repairDue[u] - t))) {
                u = i;
            }
        }
        if (u < 0) {
            return;
        }
        FeedEquipment e = g.unit(u);
        if (g.down[u]) {
            g.down[u] = false;
            if (e != null) {
                e.set(t, FeedEquipment.Mode.IDLE, 0);
            }
        }
        g.pendingFailure[u] = false;
        g.restoredAt[u] = t;
        if (e != null) {
            e.maintain(t);
        }
        Identifier subject = unitId(g, u);
        Identifier workOrder = ObjectKind.WORK_ORDER.identifier(prefix, subject.suffix().substring("EQ-".length()),
                Integer.toString(g.failures[u]));
        double hours = SimTime.toHours(t - g.failedAt[u]);
        add(t, subject, g.area, unitSegment(g, u), unitTag(g, u), h -> new EquipmentRepaired(h, workOrder, hours));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static int allocate(YardLayout.Group g) {
        for (int i = 0; i < g.capacity; i++) {
            if (g.busyBy[i] == null && !g.down[i] && !g.pendingFailure[i]) {
                return i;
            }
        }
        for (int i = 0; i < g.capacity; i++) {
            if (g.busyBy[i] == null) {
                return i;
            }
        }
        return 0;
    }

    private static int unitOf(YardLayout.Group g, String entity) {
        for (int i = 0; i < g.capacity; i++) {
            if (entity.equals(g.busyBy[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The crews present at a work centre and the power drawn in its area follow its busy units. */
    private void groupChanged(YardLayout.Group g, long t) {
        if (g.reader != null) {
            double crew = (double) g.working() * g.crewSize;
            Double before = readerLoad.put(g.resource, crew);
            if (before == null || before != crew) {
                g.reader.set(t, crew > 0 ? FeedEquipment.Mode.HELD : FeedEquipment.Mode.IDLE, crew);
            }
        }
        FeedEquipment meter = layout.meters.get(g.area);
        double connected = layout.connectedKw.getOrDefault(g.area, 0.0);
        if (meter != null && connected > 0) {
            double kw = 0;
            for (YardLayout.Group other : layout.groups.values()) {
                if (other.area.equals(g.area)) {
                    kw += other.working() * other.powerKw;
                }
            }
            double load = Math.min(1, kw / connected);
            Double before = meterLoad.put(g.area, load);
            if (before == null || before != load) {
                meter.set(t, load > 0 ? FeedEquipment.Mode.HELD : FeedEquipment.Mode.IDLE, load);
            }
        }
    }

    private Identifier unitId(YardLayout.Group g, int u) {
        FeedEquipment e = g.unit(u);
        return e != null ? e.id : Identifier.equipment(prefix, unitTag(g, u));
    }

    private static String unitTag(YardLayout.Group g, int u) {
        FeedEquipment e = g.unit(u);
        return e != null ? e.tag : Names.token(g.name) + String.format("-%02d", u + 1);
    }

    private static String unitSegment(YardLayout.Group g, int u) {
        FeedEquipment e = g.unit(u);
        return e != null ? e.type.topicSegment() : ObjectKind.EQUIPMENT.topicSegment();
    }

    private static double repairHours(String detail) {
        try {
            return Double.parseDouble(detail.replace("repair", "").replace("h", "").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long minorUnits(double amount) {
        return Math.max(0, Math.round(amount * 100));
    }

    private static boolean isProduct(String entity) {
        return entity.startsWith("BLK-") || entity.startsWith("GBK-") || entity.startsWith("SHIP-");
    }

    /** The twin-model identifier of a yard entity; the yard's {@code GBK-} grand blocks are {@code GB-}. */
    Identifier productId(String entity) {
        String suffix = entity.startsWith("GBK-") ? "GB-" + entity.substring(4) : entity;
        return new Identifier(prefix, suffix);
    }

    /** A grand block's stage is also each of its blocks' stage; the block's lifecycle continues to erection. */
    List<Identifier> subjects(String entity) {
        Hull.GrandBlock gb = grandBlocks.get(entity);
        if (gb == null) {
            return List.of(productId(entity));
        }
        List<Identifier> ids = new ArrayList<>();
        ids.add(productId(entity));
        for (Hull.Block b : gb.blocks()) {
            ids.add(productId(b.id()));
        }
        return ids;
    }

    private void add(long t, Identifier subject, String area, java.util.function.Function<io.shiptwin.model.EventHeader,
            io.shiptwin.model.BusinessEvent> body) {
        ObjectKind kind = ObjectKind.of(subject);
        add(t, subject, area, kind.topicSegment(), subject.suffix(), body);
    }

    private void add(long t, Identifier subject, String area, String segment, String tag,
                     java.util.function.Function<io.shiptwin.model.EventHeader, io.shiptwin.model.BusinessEvent> body) {
        events.add(new Pending(t, subject, area, segment, tag, body));
    }

    /** Where a stage happens: the work centre (or crew) it is booked to and its area. */
    record Place(String name, String area) {
    }

    Place place(String entity, Stage stage) {
        LifecycleStage lc = stage.lifecycle();
        if (lc == null) {
            return new Place(YardLayout.PRE_ERECTION, YardLayout.PRE_ERECTION);
        }
        return switch (lc) {
            case MATERIAL -> new Place(YardLayout.STOCKYARD, layout.stockyardArea);
            case CUTTING, FORMING, SUB_ASSEMBLY, BLOCK_ASSEMBLY, PRE_OUTFITTING -> {
                int index = 0;
                while (Stage.SHOP_STAGES.get(index).lifecycle() != lc) {
                    index++;
                }
                String key = Yard.WORK_CENTRE_STAGES.get(index);
                Yard.WorkCentre w = scenario.yard().workCentres().stream().filter(c -> c.stage().equals(key)).findFirst().orElseThrow();
                yield new Place(w.name(), Names.level(w.area()));
            }
            case PAINTING -> new Place(layout.booth.name(), Names.level(layout.booth.area()));
            case PRE_ERECTION -> new Place(YardLayout.PRE_ERECTION, YardLayout.PRE_ERECTION);
            case ERECTION, LAUNCH -> {
                String dock = shipDock.getOrDefault(shipOf(entity), scenario.yard().docks().get(0).name());
                yield new Place(dock, Names.level(dock));
            }
            case SEA_TRIALS -> new Place(YardLayout.SEA_TRIALS, YardLayout.SEA_TRIALS);
            default -> new Place(YardLayout.QUAY, YardLayout.QUAY);
        };
    }

    private static String shipOf(String entity) {
        return "SHIP-" + entity.split("-")[1];
    }
}
