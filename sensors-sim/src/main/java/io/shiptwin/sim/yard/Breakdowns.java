package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Distribution;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;
import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;

/**
 * Failures and repairs of the units of one resource: each unit runs for a time to failure drawn
 * from MTBF (calendar hours, scaled by a wear factor that may shrink over time), then is out of
 * service for a repair time drawn from MTTR. A failing unit is taken away from the resource; a job
 * already on it finishes (no pre-emption), which is the usual simplification for yard equipment.
 */
public final class Breakdowns {
    private final Simulation sim;
    private final Resource resource;
    private final Distribution mtbfHours;
    private final Distribution mttrHours;
    private final LongToDoubleFunction wearFactor;
    private final GroundTruth truth;
    private final SplittableRandom random;
    private long failures;
    private double downHours;

    public Breakdowns(Simulation sim, Resource resource, Distribution mtbfHours, Distribution mttrHours,
                      LongToDoubleFunction wearFactor, GroundTruth truth) {
        this.sim = sim;
        this.resource = resource;
        this.mtbfHours = mtbfHours;
        this.mttrHours = mttrHours;
        this.wearFactor = wearFactor;
        this.truth = truth;
        this.random = sim.random().stream("failures." + resource.name());
    }

    /** Starts one failure/repair cycle per unit. */
    public void start(int units) {
        for (int u = 0; u < units; u++) {
            scheduleFailure();
        }
    }

    public long failures() {
        return failures;
    }

    public double downHours() {
        return downHours;
    }

    private void scheduleFailure() {
        double hours = mtbfHours.duration(random) * wearFactor.applyAsDouble(sim.now());
        sim.schedule(SimTime.hours(hours), this::fail);
    }

    private void fail() {
        failures++;
        resource.setCapacity(resource.capacity() - 1);
        double repair = mttrHours.duration(random);
        downHours += repair;
        truth.incident("EQ-" + resource.name(), "failure", sim.now(), "repair " + Math.round(repair * 10) / 10.0 + " h");
        sim.schedule(SimTime.hours(repair), () -> {
            resource.setCapacity(resource.capacity() + 1);
            truth.incident("EQ-" + resource.name(), "repaired", sim.now(), "");
            scheduleFailure();
        });
    }
}
