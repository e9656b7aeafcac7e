package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Gate;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Stages;
import io.shiptwin.sim.yard.Hull.Block;
import io.shiptwin.sim.yard.Hull.GrandBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One ship from steel to delivery. Its blocks flow through the shops on their own; once enough grand
 * blocks are pre-erected the ship takes a dock, and each erection front lifts its grand blocks in
 * sequence: a crane of that dock is held for the lift (waiting while wind is over the limit), then the
 * joint is welded without the crane. When every front is done: launch, quay outfitting, sea trials,
 * delivery.
 */
final class ShipProcess {
    private final RunningYard yard;
    private final Hull hull;
    final Ledger ledger;
    private final Stages stages;
    private final List<GrandBlockProcess> grandBlocks = new ArrayList<>();
    private final List<List<GrandBlockProcess>> fronts = new ArrayList<>();
    private final List<BlockProcess> blocks = new ArrayList<>();
    private final int readyToDock;
    private int ready;
    private boolean dockRequested;
    private int dock = -1;
    private int frontsDone;
    long dockIn = -1;
    long launched = -1;
    long delivered = -1;

    ShipProcess(RunningYard yard, Hull hull) {
        this.yard = yard;
        this.hull = hull;
        this.ledger = new Ledger(yard.scenario.costs());
        this.stages = yard.scenario.stages();
        this.readyToDock = Math.max(1, (int) Math.ceil(stages.dockEntryReadyFraction() * hull.grandBlocks().size()));
        for (int f = 0; f < hull.design().erectionFronts(); f++) {
            fronts.add(new ArrayList<>());
        }
        for (GrandBlock gb : hull.grandBlocks()) {
            GrandBlockProcess p = new GrandBlockProcess(yard, gb, ledger, this);
            grandBlocks.add(p);
            fronts.get(gb.front()).add(p);
        }
    }

    Hull hull() {
        return hull;
    }

    void start() {
        for (GrandBlockProcess gb : grandBlocks) {
            for (Block b : gb.grandBlock().blocks()) {
                BlockProcess p = new BlockProcess(yard, b, gb, ledger);
                blocks.add(p);
                p.start();
            }
        }
        scheduleDesignRevisions();
    }

    /** Revisions arrive as a Poisson process over the revision window after the ship's start (count drawn by inversion). */
    private void scheduleDesignRevisions() {
        SplittableRandom random = yard.sim.random().stream("design.revisions");
        double mean = yard.scenario.quality().designRevisionsPerShip();
        int n = 0;
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = random.nextDouble();
        while (u > cumulative && n < 1_000) {
            n++;
            p *= mean / n;
            cumulative += p;
        }
        long window = SimTime.days(yard.scenario.quality().revisionWindowDays());
        for (int i = 0; i < n; i++) {
            int revision = i + 1;
            yard.sim.schedule((long) (random.nextDouble() * window), () -> designRevision(revision));
        }
    }

    private void designRevision(int revision) {
        yard.truth.incident(hull.id(), "design-revision", yard.sim.now(), "revision " + revision);
        SplittableRandom random = yard.sim.random().stream("design.revisions");
        for (BlockProcess b : blocks) {
            if (b.revisable() && random.nextDouble() < yard.scenario.quality().revisionAffectedBlockShare()) {
                b.revise();
            }
        }
    }

    void grandBlockReady() {
        ready++;
        if (ready >= readyToDock && !dockRequested) {
            dockRequested = true;
            yard.resources.dockPool.request(this::docked);
        }
    }

    private void docked() {
        dock = yard.resources.occupyDock();
        dockIn = yard.sim.now();
        yard.truth.incident(hull.id(), "dock", dockIn, yard.resources.docks.get(dock).name());
        yard.truth.started(hull.id(), Stage.ERECTION, dockIn);
        for (int f = 0; f < fronts.size(); f++) {
            erectNext(f, 0);
        }
    }

    private void erectNext(int front, int position) {
        List<GrandBlockProcess> queue = fronts.get(front);
        if (position == queue.size()) {
            frontDone();
            return;
        }
        GrandBlockProcess gb = queue.get(position);
        gb.whenReady(() -> lift(front, position, gb));
    }

    private void lift(int front, int position, GrandBlockProcess gb) {
        Resource cranes = yard.resources.cranes.get(dock);
        Gate wind = yard.resources.windGates.get(dock);
        cranes.request(() -> wind.whenOpen(() -> {
            long start = yard.sim.now();
            String gbId = gb.grandBlock().id();
            yard.truth.started(gbId, Stage.ERECTION, start);
            yard.truth.workStarted(gbId, Stage.ERECTION, false, cranes.name(), start);
            SplittableRandom random = yard.sim.random().stream("durations.erection");
            double liftHours = stages.liftHours().duration(random);
            yard.sim.scheduleAt(yard.calendar.finish(start, liftHours), 0, () -> {
                cranes.release();
                ledger.work(liftHours, stages.dockCrewSize(), stages.dockPowerKw(), false);
                long liftEnd = yard.sim.now();
                yard.truth.workFinished(gbId, Stage.ERECTION, false, cranes.name(), start, liftEnd, liftHours,
                        stages.dockCrewSize(), stages.dockPowerKw());
                gb.erected();
                double joinHours = stages.joinHours().duration(random);
                yard.truth.workStarted(gbId, Stage.ERECTION, false, null, liftEnd);
                yard.sim.scheduleAt(yard.calendar.finish(yard.sim.now(), joinHours), 0, () -> {
                    ledger.work(joinHours, stages.dockCrewSize(), stages.dockPowerKw(), false);
                    yard.truth.workFinished(gbId, Stage.ERECTION, false, null, liftEnd, yard.sim.now(), joinHours,
                            stages.dockCrewSize(), stages.dockPowerKw());
                    yard.truth.stage(gb.grandBlock().id(), Stage.ERECTION, start, yard.sim.now());
                    erectNext(front, position + 1);
                });
            });
        }));
    }

    private void frontDone() {
        if (++frontsDone < fronts.size()) {
            return;
        }
        long launchStart = yard.sim.now();
        yard.truth.stage(hull.id(), Stage.ERECTION, dockIn, launchStart);
        yard.truth.started(hull.id(), Stage.LAUNCH, launchStart);
        double days = stages.launchDays().duration(yard.sim.random().stream("durations.launch"));
        yard.sim.schedule(SimTime.days(days), () -> {
            launched = yard.sim.now();
            yard.truth.stage(hull.id(), Stage.LAUNCH, launchStart, launched);
            yard.resources.leaveDock(dock);
            yard.resources.quayBerths.request(this::outfitAtQuay);
        });
    }

    private void outfitAtQuay() {
        long start = yard.sim.now();
        yard.truth.started(hull.id(), Stage.QUAY_OUTFITTING, start);
        yard.truth.workStarted(hull.id(), Stage.QUAY_OUTFITTING, false, yard.resources.quayBerths.name(), start);
        double days = stages.quayOutfittingDays().duration(yard.sim.random().stream("durations.quay-outfitting"));
        yard.sim.schedule(SimTime.days(days), () -> {
            long end = yard.sim.now();
            double hours = yard.calendar.workingHoursBetween(start, end);
            ledger.work(hours, stages.quayCrewSize(), stages.quayPowerKw(), false);
            yard.truth.workFinished(hull.id(), Stage.QUAY_OUTFITTING, false, yard.resources.quayBerths.name(), start, end, hours,
                    stages.quayCrewSize(), stages.quayPowerKw());
            yard.truth.stage(hull.id(), Stage.QUAY_OUTFITTING, start, end);
            yard.resources.quayBerths.release();
            seaTrials();
        });
    }

    private void seaTrials() {
        long start = yard.sim.now();
        yard.truth.started(hull.id(), Stage.SEA_TRIALS, start);
        double days = stages.seaTrialsDays().duration(yard.sim.random().stream("durations.sea-trials"));
        yard.sim.schedule(SimTime.days(days), () -> {
            delivered = yard.sim.now();
            yard.truth.stage(hull.id(), Stage.SEA_TRIALS, start, delivered);
            yard.truth.started(hull.id(), Stage.DELIVERY, delivered);
            yard.truth.stage(hull.id(), Stage.DELIVERY, delivered, delivered);
            yard.shipDelivered();
        });
    }
}
