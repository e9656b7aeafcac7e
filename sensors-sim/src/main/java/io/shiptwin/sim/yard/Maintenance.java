package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;

/**
 * Planned (preventive) maintenance of a resource's units: every interval each unit is asked for like a
 * job, waits for the work in hand (FIFO), and is held for the maintenance time. The time shows as busy
 * in the resource's utilisation and as a maintenance stage of the equipment in the ground truth.
 * Maintenance does not change the failure rate here: MTBF already describes a maintained machine.
 */
final class Maintenance {
    private final Simulation sim;
    private final Resource resource;
    private final double intervalHours;
    private final double hours;
    private final GroundTruth truth;

    Maintenance(Simulation sim, Resource resource, double intervalHours, double hours, GroundTruth truth) {
        this.sim = sim;
        this.resource = resource;
        this.intervalHours = intervalHours;
        this.hours = hours;
        this.truth = truth;
    }

    /** Staggers the units' first maintenance evenly over one interval. */
    void start(int units) {
        if (intervalHours <= 0 || hours <= 0) {
            return;
        }
        for (int u = 0; u < units; u++) {
            sim.schedule(SimTime.hours(intervalHours * (u + 1) / units), this::due);
        }
    }

    private void due() {
        String entity = "EQ-" + resource.name();
        resource.request(() -> {
            long start = sim.now();
            truth.started(entity, Stage.MAINTENANCE, start);
            truth.workStarted(entity, Stage.MAINTENANCE, false, resource.name(), start);
            sim.schedule(SimTime.hours(hours), () -> {
                resource.release();
                truth.workFinished(entity, Stage.MAINTENANCE, false, resource.name(), start, sim.now(), hours, 0, 0);
                truth.stage(entity, Stage.MAINTENANCE, start, sim.now());
            });
        });
        sim.schedule(SimTime.hours(intervalHours), this::due);
    }
}
