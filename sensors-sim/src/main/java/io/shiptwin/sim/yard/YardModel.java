package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;
import io.shiptwin.sim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the yard of a scenario once: generates the order book, starts weather, failures and one
 * process per ship, and runs until every ship is delivered or the horizon is reached.
 */
public final class YardModel {
    private YardModel() {
    }

    /** One run with the scenario's own seed. */
    public static YardRun run(Scenario scenario) {
        return run(scenario, new RandomStreams(scenario.seed()));
    }

    /** One run with the given random streams (a replication's). */
    public static YardRun run(Scenario scenario, RandomStreams random) {
        return run(scenario, random, GroundTruth.Listener.NONE);
    }

    /** One run that tells {@code listener} each stage and incident as it happens (streaming mode). */
    public static YardRun run(Scenario scenario, RandomStreams random, GroundTruth.Listener listener) {
        return run(scenario, random, listener, scenario.horizonDays());
    }

    /**
     * As {@link #run(Scenario, RandomStreams, GroundTruth.Listener)}, stopping at {@code untilDays} if that is
     * before the horizon. The scenario is unchanged (wear still progresses towards its horizon), so a
     * bounded run is the start of the unbounded one.
     */
    public static YardRun run(Scenario scenario, RandomStreams random, GroundTruth.Listener listener, double untilDays) {
        Simulation sim = new Simulation(random);
        RunningYard yard = new RunningYard(sim, scenario, listener);
        List<Hull> hulls = OrderBook.generate(scenario, random.stream("design.weights"));
        List<ShipProcess> ships = new ArrayList<>();
        for (Hull h : hulls) {
            ShipProcess ship = new ShipProcess(yard, h);
            ships.add(ship);
            sim.scheduleAt(h.start(), 0, ship::start);
        }
        yard.shipsTotal = ships.size();
        yard.weather.start();
        sim.runUntil(SimTime.days(Math.min(scenario.horizonDays(), untilDays)));
        return result(scenario, random, sim, yard, ships);
    }

    private static YardRun result(Scenario scenario, RandomStreams random, Simulation sim, RunningYard yard, List<ShipProcess> ships) {
        List<YardRun.ShipOutcome> outcomes = new ArrayList<>();
        for (ShipProcess s : ships) {
            Hull h = s.hull();
            outcomes.add(new YardRun.ShipOutcome(h.hull(), h.design().name(), SimTime.toDays(h.start()), SimTime.toDays(h.contractDelivery()),
                    day(s.dockIn), day(s.launched), day(s.delivered), s.ledger.steelTonnes, h.design().cgt(), s.ledger.manHours,
                    s.ledger.reworkManHours, s.ledger.energyKwh, s.ledger.cost()));
        }
        List<YardRun.ResourceUsage> usage = new ArrayList<>();
        for (Resource r : yard.resources.all()) {
            usage.add(new YardRun.ResourceUsage(r.name(), r.capacity(), r.utilisation(), r.meanQueueLength(),
                    SimTime.toHours((long) r.waits().mean())));
        }
        NetworkHop.Stats network = NetworkHop.transmit(yard.truth, scenario.perturbations().network(), random.stream("network"));
        return new YardRun(scenario.name(), random.masterSeed(), SimTime.toDays(sim.now()), outcomes, usage, yard.tonnesErected,
                yard.blocksInProcess.mean(sim.now()), yard.blockLeadHours.count(), yard.blockLeadHours.mean(), network,
                sim.eventsFired(), sim.eventLogHash(), yard.truth);
    }

    private static double day(long millis) {
        return millis < 0 ? Double.NaN : SimTime.toDays(millis);
    }
}
