package io.shiptwin.sim.feed;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.WorkOrderKind;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.yard.Hull;
import io.shiptwin.sim.yard.Stage;
import io.shiptwin.sim.yard.WorkingTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The business events of the block and ship twin beyond stages and bookings, from the same yard history
 * the {@link HistoryTranslator} reads (run after it, so each ship's dock is known):
 * <ul>
 *   <li>the production plan ({@link ProductionPlan}) as {@code stage-planned}, one per entity and stage, at the
 *       ship's order start;</li>
 *   <li>{@code material-ordered} when a block's steel is ordered (the same delivery identifier as its
 *       {@code material-delivered}, {@code DLV-{hull}-{block}});</li>
 *   <li>{@code design-revision-released} per revision of a ship, with the blocks it touched: the yard model
 *       reworks a touched block at block assembly after pre-outfitting, so a block with such reworks was touched
 *       by that many of the revisions released while it was between its passed assembly inspection and
 *       painting (assigned in release order);</li>
 *   <li>a production {@code work-order-opened}/{@code -closed} pair per work step that held equipment
 *       ({@code WO-{entity suffix}-{n}}, targeting the block, grand block or ship), its hours the equipment
 *       time;</li>
 *   <li>{@code crew-presence-reported} per work step with a crew, the zone being the block (or grand block,
 *       ship) the crew worked in.</li>
 * </ul>
 * None of these books man-hours, cost or energy, so the existing totals are unchanged.
 */
final class LifecycleFlows {
    static final String PLANNING_OFFICE = "planning-office";
    static final String DESIGN_OFFICE = "design-office";
    private static final String STEEL = "steel plates and profiles";

    private final HistoryTranslator translator;
    private final YardLayout layout;
    private final Scenario scenario;
    private final List<Hull> hulls;
    private final String prefix;
    private final long simStartMillis;
    private final WorkingTime calendar;
    private final Map<String, Integer> workOrders = new HashMap<>();
    final List<Pending> events = new ArrayList<>();

    LifecycleFlows(HistoryTranslator translator, YardLayout layout, List<Hull> hulls, String prefix, long simStartMillis) {
        this.translator = translator;
        this.layout = layout;
        this.scenario = layout.scenario;
        this.hulls = hulls;
        this.prefix = prefix;
        this.simStartMillis = simStartMillis;
        this.calendar = new WorkingTime(scenario.calendar());
    }

    void translate(List<YardHistory.Happening> history) {
        plan();
        Map<String, YardHistory.Steel> steel = new HashMap<>();
        Map<String, Integer> revisionReworks = new HashMap<>();
        Map<String, long[]> revisable = new LinkedHashMap<>();
        for (YardHistory.Happening h : history) {
            if (h instanceof YardHistory.Steel s) {
                steel.put(s.block(), s);
            } else if (h instanceof YardHistory.Incident i && i.incident().kind().equals("inspection")
                    && !i.incident().detail().startsWith("coat")) { // the passed assembly inspection, not a coat's
                revisable.computeIfAbsent(i.incident().entity(), k -> new long[] {-1, Long.MAX_VALUE})[0] = i.time();
            } else if (h instanceof YardHistory.Started s && s.stage() == Stage.PAINTING) {
                revisable.computeIfAbsent(s.entity(), k -> new long[] {-1, Long.MAX_VALUE})[1] = s.time();
            } else if (h instanceof YardHistory.WorkFinished w && w.rework() && w.stage() == Stage.BLOCK_ASSEMBLY) {
                long[] window = revisable.get(w.entity());
                if (window != null && window[0] >= 0) { // after the passed inspection: a design revision's rework
                    revisionReworks.merge(w.entity(), 1, Integer::sum);
                }
            }
        }
        for (YardHistory.Happening h : history) {
            if (h instanceof YardHistory.Started s && s.stage() == Stage.STEEL_DELIVERY && steel.containsKey(s.entity())) {
                materialOrdered(steel.get(s.entity()), s.time());
            } else if (h instanceof YardHistory.Incident i && i.incident().kind().equals("design-revision")) {
                designRevision(i.incident().entity(), i.time(), i.incident().detail(), revisable, revisionReworks);
            } else if (h instanceof YardHistory.WorkFinished w && w.stage() != Stage.MAINTENANCE && isProduct(w.entity())) {
                work(w);
            }
        }
    }

    private void plan() {
        ProductionPlan plan = new ProductionPlan(scenario);
        for (Hull hull : hulls) {
            for (ProductionPlan.PlannedStage p : plan.of(hull)) {
                LifecycleStage lc = p.stage().lifecycle();
                long start = simStartMillis + p.start();
                double hours = (p.finish() - p.start()) / 3_600_000.0;
                for (Identifier subject : translator.subjects(p.entity())) {
                    add(hull.start(), subject, PLANNING_OFFICE, h -> new StagePlanned(h, lc, start, hours));
                }
            }
        }
    }

    private void materialOrdered(YardHistory.Steel s, long t) {
        Identifier block = translator.productId(s.block());
        List<String> tokens = ObjectKind.BLOCK.tokens(block);
        Identifier delivery = ObjectKind.MATERIAL_DELIVERY.identifier(prefix, tokens.get(0), tokens.get(1));
        Identifier supplier = ObjectKind.SUPPLIER.identifier(prefix, Names.token(s.supplier()));
        double leadHours = scenario.suppliers().stream().filter(x -> x.name().equals(s.supplier()))
                .mapToDouble(x -> x.leadTimeDays().mean() * 24).findFirst().orElse(0);
        double tonnes = s.tonnes();
        add(t, delivery, layout.stockyardArea, h -> new MaterialOrdered(h, supplier, STEEL, tonnes, leadHours));
    }

    private void designRevision(String ship, long t, String detail, Map<String, long[]> revisable, Map<String, Integer> reworks) {
        Hull hull = hulls.stream().filter(x -> x.id().equals(ship)).findFirst().orElse(null);
        if (hull == null) {
            return;
        }
        int number = revisionNumber(detail);
        List<Identifier> touched = new ArrayList<>();
        for (Hull.Block b : hull.blocks()) {
            long[] window = revisable.get(b.id());
            int left = reworks.getOrDefault(b.id(), 0);
            if (left > 0 && window != null && window[0] >= 0 && window[0] <= t && t < window[1]) {
                touched.add(translator.productId(b.id()));
                reworks.put(b.id(), left - 1);
            }
        }
        String design = Names.token(hull.design().name()).replace("-", "");
        Identifier subject = ObjectKind.DESIGN.identifier(prefix, design);
        Identifier revision = ObjectKind.DESIGN_REVISION.identifier(prefix, design, hull.hull() + "R" + number);
        add(t, subject, DESIGN_OFFICE, h -> new DesignRevisionReleased(h, revision, number, touched, 0));
    }

    private void work(YardHistory.WorkFinished w) {
        Identifier target = translator.subjects(w.entity()).get(0);
        if (w.resource() != null) {
            YardLayout.Group g = layout.groups.get(w.resource());
            String area = g != null ? g.area : translator.place(w.entity(), w.stage()).area();
            int n = workOrders.merge(target.suffix(), 1, Integer::sum);
            Identifier order = new Identifier(prefix, ObjectKind.WORK_ORDER.code() + "-" + target.suffix() + "-" + n);
            double hours = w.hours() > 0 ? w.hours() : calendar.workingHoursBetween(w.start(), w.time());
            add(w.start(), order, area, h -> new WorkOrderOpened(h, WorkOrderKind.PRODUCTION, target, hours));
            add(w.time(), order, area, h -> new WorkOrderClosed(h, hours, 0));
        }
        if (w.crew() > 0 && w.hours() > 0 && w.stage().lifecycle() != null) {
            HistoryTranslator.Place p = translator.place(w.entity(), w.stage());
            Identifier crew = ObjectKind.CREW.identifier(prefix, Names.token(p.name()));
            int headcount = w.crew();
            double hours = w.hours();
            add(w.time(), crew, p.area(), h -> new CrewPresenceReported(h, target, headcount, hours));
        }
    }

    private static int revisionNumber(String detail) {
        try {
            return Math.max(1, Integer.parseInt(detail.replace("revision", "").trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isProduct(String entity) {
        return entity.startsWith("BLK-") || entity.startsWith("GBK-") || entity.startsWith("SHIP-");
    }

    private void add(long t, Identifier subject, String area, Function<EventHeader, BusinessEvent> body) {
        ObjectKind kind = ObjectKind.of(subject);
        events.add(new Pending(t, subject, area, kind.topicSegment(), subject.suffix(), body));
    }
}
