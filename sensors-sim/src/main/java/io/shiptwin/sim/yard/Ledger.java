package io.shiptwin.sim.yard;

import io.shiptwin.sim.scenario.Scenario.Costs;

/** What one ship has consumed so far: man-hours, energy, steel and their cost; rework kept apart. */
final class Ledger {
    private final Costs costs;
    double workHours;
    double manHours;
    double reworkManHours;
    double energyKwh;
    double steelTonnes;

    Ledger(Costs costs) {
        this.costs = costs;
    }

    void work(double hours, int crew, double powerKw, boolean rework) {
        workHours += hours;
        manHours += hours * crew;
        if (rework) {
            reworkManHours += hours * crew;
        }
        energyKwh += hours * powerKw;
    }

    void steel(double tonnes) {
        steelTonnes += tonnes;
    }

    double cost() {
        return manHours * costs.labourPerHour() + energyKwh * costs.energyPerKwh() + steelTonnes * costs.steelPerTonne();
    }
}
