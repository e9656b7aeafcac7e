package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Action;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.Simulation;
import io.shiptwin.sim.des.Tally;
import io.shiptwin.sim.des.TimeWeighted;
import io.shiptwin.sim.scenario.Scenario;

/**
 * Everything the block and ship processes share during one run: the engine, the scenario, the
 * calendar, the resources, the weather, wear, ground truth and the yard-wide block counters.
 */
final class RunningYard {
    final Simulation sim;
    final Scenario scenario;
    final WorkingTime calendar;
    final Wear wear;
    final GroundTruth truth;
    final YardResources resources;
    final Weather weather;
    /** Blocks between steel arrival and erection, for Little's law. */
    final TimeWeighted blocksInProcess;
    final Tally blockLeadHours = new Tally();
    double tonnesErected;
    int shipsDelivered;
    int shipsTotal;

    RunningYard(Simulation sim, Scenario scenario, GroundTruth.Listener listener) {
        this.sim = sim;
        this.truth = new GroundTruth(listener, scenario.costs());
        this.scenario = scenario;
        this.calendar = new WorkingTime(scenario.calendar());
        this.wear = new Wear(scenario.perturbations().degradations(), scenario.horizonDays());
        this.resources = new YardResources(sim, scenario, wear, truth);
        this.weather = new Weather(sim, scenario.climate(), scenario.perturbations().climateSeasons(),
                resources.windGates, resources.windLimits);
        this.blocksInProcess = new TimeWeighted(sim.now());
    }

    /**
     * Holds a unit of {@code resource}, works {@code hours} of working time with {@code crew} people and
     * {@code powerKw}, records the stage and books it to {@code ledger}, then releases and continues.
     */
    void work(Resource resource, String entity, Stage stage, double hours, int crew, double powerKw, Ledger ledger,
              boolean rework, Action then) {
        resource.request(() -> {
            long start = sim.now();
            long end = calendar.finish(start, hours);
            truth.started(entity, rework ? Stage.REWORK : stage, start);
            truth.workStarted(entity, stage, rework, resource.name(), start);
            sim.scheduleAt(end, Simulation.NORMAL, () -> {
                resource.release();
                ledger.work(hours, crew, powerKw, rework);
                truth.workFinished(entity, stage, rework, resource.name(), start, end, hours, crew, powerKw);
                truth.stage(entity, rework ? Stage.REWORK : stage, start, end);
                then.fire();
            });
        });
    }

    /** Works without holding a resource (joining in the dock, a crew on the quay). */
    void work(String entity, Stage stage, double hours, int crew, double powerKw, Ledger ledger, boolean rework, Action then) {
        long start = sim.now();
        long end = calendar.finish(start, hours);
        truth.started(entity, rework ? Stage.REWORK : stage, start);
        truth.workStarted(entity, stage, rework, null, start);
        sim.scheduleAt(end, Simulation.NORMAL, () -> {
            ledger.work(hours, crew, powerKw, rework);
            truth.workFinished(entity, stage, rework, null, start, end, hours, crew, powerKw);
            truth.stage(entity, rework ? Stage.REWORK : stage, start, end);
            then.fire();
        });
    }

    void blockEntered() {
        blocksInProcess.set(sim.now(), blocksInProcess.value() + 1);
    }

    void blockErected(long enteredAt, double tonnes) {
        blocksInProcess.set(sim.now(), blocksInProcess.value() - 1);
        blockLeadHours.add((sim.now() - enteredAt) / 3_600_000.0);
        tonnesErected += tonnes;
    }

    void shipDelivered() {
        shipsDelivered++;
        if (shipsDelivered == shipsTotal) {
            sim.stop();
        }
    }
}
