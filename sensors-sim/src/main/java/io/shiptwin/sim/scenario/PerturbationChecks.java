package io.shiptwin.sim.scenario;

import io.shiptwin.sim.scenario.Perturbations.ClimateSeason;
import io.shiptwin.sim.scenario.Perturbations.Degradation;
import io.shiptwin.sim.scenario.Perturbations.ExtraResource;
import io.shiptwin.sim.scenario.Perturbations.SupplierDelay;
import io.shiptwin.sim.scenario.Scenario.Supplier;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import java.util.List;

/** A variant's perturbations must name things the yard has. */
final class PerturbationChecks {
    private final Checks c;

    PerturbationChecks(Checks c) {
        this.c = c;
    }

    void check(Scenario s) {
        Perturbations p = s.perturbations();
        List<String> resources = ScenarioValidator.resourceNames(s.yard());
        for (int i = 0; i < p.extraResources().size(); i++) {
            ExtraResource e = p.extraResources().get(i);
            String path = "perturbations.extraResources[" + i + "].";
            c.oneOf(path + "resource", e.resource(), resources, "resource");
            c.atLeast(path + "units", e.units(), 1);
        }
        List<String> suppliers = s.suppliers().stream().map(Supplier::name).toList();
        for (int i = 0; i < p.supplierDelays().size(); i++) {
            SupplierDelay d = p.supplierDelays().get(i);
            String path = "perturbations.supplierDelays[" + i + "].";
            c.oneOf(path + "supplier", d.supplier(), suppliers, "supplier");
            c.atLeast(path + "toDay", d.toDay(), d.fromDay());
            c.nonNegative(path + "extraDays", d.extraDays());
        }
        for (int i = 0; i < p.climateSeasons().size(); i++) {
            ClimateSeason cs = p.climateSeasons().get(i);
            c.atLeast("perturbations.climateSeasons[" + i + "].toDay", cs.toDay(), cs.fromDay());
        }
        // A dock may wear too: its cranes fail more often and its pumps show bearing wear in streaming mode.
        List<String> centres = new java.util.ArrayList<>(s.yard().workCentres().stream().map(WorkCentre::name).toList());
        s.yard().docks().forEach(d -> centres.add(d.name()));
        for (int i = 0; i < p.degradations().size(); i++) {
            Degradation d = p.degradations().get(i);
            String path = "perturbations.degradations[" + i + "].";
            c.oneOf(path + "workCentre", d.workCentre(), centres, "work centre");
            c.positive(path + "mtbfFactorAtHorizon", d.mtbfFactorAtHorizon());
            c.fraction(path + "defectProbabilityAtHorizon", d.defectProbabilityAtHorizon());
        }
        List<String> docks = s.yard().docks().stream().map(Yard.Dock::name).toList();
        for (int i = 0; i < p.pumpBearingWear().size(); i++) {
            Perturbations.PumpBearingWear w = p.pumpBearingWear().get(i);
            String path = "perturbations.pumpBearingWear[" + i + "].";
            c.oneOf(path + "dock", w.dock(), docks, "dock");
            c.atLeast(path + "pump", w.pump(), 1);
            c.atMost(path + "pump", w.pump(), s.streaming().pumpsPerDock(), " (streaming.pumpsPerDock)");
            c.nonNegative(path + "fromDay", w.fromDay());
            if (w.failureDay() != 0) {
                c.atLeast(path + "failureDay", w.failureDay(), w.fromDay());
            }
            c.positive(path + "repairHours", w.repairHours());
            if (!(w.dutyLoad() > 0 && w.dutyLoad() <= 1)) {
                c.add(path + "dutyLoad: must be in (0, 1], got " + Checks.fmt(w.dutyLoad()));
            }
        }
        c.probability("perturbations.network.lossProbability", p.network().lossProbability());
        c.probability("perturbations.network.duplicateProbability", p.network().duplicateProbability());
    }
}
