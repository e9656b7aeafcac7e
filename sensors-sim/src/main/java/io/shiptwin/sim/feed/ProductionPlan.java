package io.shiptwin.sim.feed;

import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.Stages;
import io.shiptwin.sim.yard.Hull;
import io.shiptwin.sim.yard.Stage;
import io.shiptwin.sim.yard.WorkingTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The yard's production plan of one ship, as its planning office would release it at the order's start:
 * forward scheduling from the ship's start with the scenario's nominal (mean) durations on the working
 * calendar, and infinite capacity (no queue for a work centre, a booth, a dock or a crane). It follows the
 * same route as the yard model: steel ordered a mean lead time before the block's release (or at the start),
 * the five shop stages, the paint coats, pre-erection of each grand block once its blocks are painted, dock
 * entry when the ready fraction of grand blocks is pre-erected, lifts and joins front by front, launch, quay
 * outfitting, sea trials and delivery. Deterministic: no random draw, the hull (already drawn) is the input.
 *
 * <p>Since nothing waits in the plan, the planned delivery is the earliest the yard could deliver if every
 * stage took its mean time; the difference to the contract date is the ship's schedule margin.
 */
final class ProductionPlan {

    /** One planned stage of a yard entity ({@code BLK-}, {@code GBK-}, {@code SHIP-}), simulated millis. */
    record PlannedStage(String entity, Stage stage, long start, long finish) {
    }

    private final Scenario scenario;
    private final Stages stages;
    private final WorkingTime calendar;

    ProductionPlan(Scenario scenario) {
        this.scenario = scenario;
        this.stages = scenario.stages();
        this.calendar = new WorkingTime(scenario.calendar());
    }

    /** The plan of the hull: its blocks', grand blocks' and own stages, in that order. */
    List<PlannedStage> of(Hull hull) {
        List<PlannedStage> out = new ArrayList<>();
        double leadDays = meanLeadTimeDays();
        List<Hull.GrandBlock> gbs = hull.grandBlocks();
        long[] ready = new long[gbs.size()];
        for (int g = 0; g < gbs.size(); g++) {
            Hull.GrandBlock gb = gbs.get(g);
            long painted = hull.start();
            for (Hull.Block b : gb.blocks()) {
                painted = Math.max(painted, block(hull, b, leadDays, out));
            }
            long preErected = calendar.finish(painted, stages.preErectionHours().mean());
            out.add(new PlannedStage(gb.id(), Stage.PRE_ERECTION, painted, preErected));
            ready[g] = preErected;
        }
        int readyToDock = Math.max(1, (int) Math.ceil(stages.dockEntryReadyFraction() * gbs.size()));
        long[] sorted = ready.clone();
        Arrays.sort(sorted);
        long dockIn = sorted[Math.min(sorted.length, readyToDock) - 1];
        long[] frontFree = new long[hull.design().erectionFronts()];
        Arrays.fill(frontFree, dockIn);
        long erected = dockIn;
        for (int g = 0; g < gbs.size(); g++) {
            Hull.GrandBlock gb = gbs.get(g);
            long lift = Math.max(frontFree[gb.front()], ready[g]);
            long joined = calendar.finish(calendar.finish(lift, stages.liftHours().mean()), stages.joinHours().mean());
            out.add(new PlannedStage(gb.id(), Stage.ERECTION, lift, joined));
            frontFree[gb.front()] = joined;
            erected = Math.max(erected, joined);
        }
        String ship = hull.id();
        out.add(new PlannedStage(ship, Stage.ERECTION, dockIn, erected));
        long launched = erected + SimTime.days(stages.launchDays().mean());
        out.add(new PlannedStage(ship, Stage.LAUNCH, erected, launched));
        long outfitted = launched + SimTime.days(stages.quayOutfittingDays().mean());
        out.add(new PlannedStage(ship, Stage.QUAY_OUTFITTING, launched, outfitted));
        long delivered = outfitted + SimTime.days(stages.seaTrialsDays().mean());
        out.add(new PlannedStage(ship, Stage.SEA_TRIALS, outfitted, delivered));
        out.add(new PlannedStage(ship, Stage.DELIVERY, delivered, delivered));
        return out;
    }

    /** Plans one block up to painted; returns when it is painted. */
    private long block(Hull hull, Hull.Block b, double leadDays, List<PlannedStage> out) {
        double weightFactor = b.weightTonnes() / stages.referenceBlockTonnes();
        long ordered = Math.max(hull.start(), b.steelRelease() - SimTime.days(leadDays));
        long arrived = ordered + SimTime.days(leadDays);
        out.add(new PlannedStage(b.id(), Stage.STEEL_DELIVERY, ordered, arrived));
        long t = Math.max(arrived, b.steelRelease());
        double[] shopHours = {stages.cuttingHours().mean(), stages.formingHours().mean(), stages.subAssemblyHours().mean(),
                stages.blockAssemblyHours().mean(), stages.preOutfittingHours().mean()};
        for (int i = 0; i < Stage.SHOP_STAGES.size(); i++) {
            long end = calendar.finish(t, shopHours[i] * weightFactor);
            out.add(new PlannedStage(b.id(), Stage.SHOP_STAGES.get(i), t, end));
            t = end;
        }
        long paintStart = t;
        for (int coat = 0; coat < stages.paintCoats(); coat++) {
            t = calendar.finish(t, stages.paintCoatHours().mean() * weightFactor);
        }
        out.add(new PlannedStage(b.id(), Stage.PAINTING, paintStart, t));
        return t;
    }

    /** The lead time the planner expects: the suppliers' mean lead times weighted by their shares. */
    private double meanLeadTimeDays() {
        double shares = 0;
        double days = 0;
        for (Scenario.Supplier s : scenario.suppliers()) {
            shares += s.share();
            days += s.share() * s.leadTimeDays().mean();
        }
        return shares > 0 ? days / shares : 0;
    }
}
