package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Perturbations.Degradation;
import java.util.List;

/**
 * Degradation of a work centre over the run: from {@code fromDay} its MTBF shrinks and its share of
 * defective work grows, both linearly until the horizon.
 */
final class Wear {
    private final List<Degradation> degradations;
    private final double horizonDays;

    Wear(List<Degradation> degradations, double horizonDays) {
        this.degradations = List.copyOf(degradations);
        this.horizonDays = horizonDays;
    }

    /** Multiplier on the MTBF of {@code workCentre} at {@code now}: 1 when new. */
    double mtbfFactor(String workCentre, long now) {
        double f = 1;
        for (Degradation d : degradations) {
            if (d.workCentre().equals(workCentre)) {
                f *= 1 + (d.mtbfFactorAtHorizon() - 1) * progress(d, now);
            }
        }
        return f;
    }

    /** The defect probability at {@code now}: {@code base} raised towards each degradation's end value. */
    double defectProbability(double base, long now) {
        double p = base;
        for (Degradation d : degradations) {
            p = Math.max(p, base + (d.defectProbabilityAtHorizon() - base) * progress(d, now));
        }
        return p;
    }

    private double progress(Degradation d, long now) {
        double day = SimTime.toDays(now);
        if (day <= d.fromDay() || horizonDays <= d.fromDay()) {
            return 0;
        }
        return Math.min(1, (day - d.fromDay()) / (horizonDays - d.fromDay()));
    }
}
