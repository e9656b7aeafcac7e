package io.shiptwin.sim.scenario;

import io.shiptwin.sim.scenario.Yard.Area;
import io.shiptwin.sim.scenario.Yard.Dock;
import io.shiptwin.sim.scenario.Yard.GantryCrane;
import io.shiptwin.sim.scenario.Yard.PaintingBooth;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import java.util.List;

/** The yard's own rules: names unique, references resolve, every stage has a work centre, docks have cranes. */
final class YardChecks {
    private final Checks c;

    YardChecks(Checks c) {
        this.c = c;
    }

    void check(Yard y) {
        List<String> areas = y.areas().stream().map(Area::name).toList();
        List<String> docks = y.docks().stream().map(Dock::name).toList();
        c.uniqueNames("yard.areas", y.areas(), Area::name);
        c.uniqueNames("yard.workCentres", y.workCentres(), WorkCentre::name);
        c.uniqueNames("yard.docks", y.docks(), Dock::name);
        c.uniqueNames("yard.cranes", y.cranes(), GantryCrane::name);
        c.uniqueNames("yard.paintingBooths", y.paintingBooths(), PaintingBooth::name);
        for (int i = 0; i < y.workCentres().size(); i++) {
            WorkCentre w = y.workCentres().get(i);
            String p = "yard.workCentres[" + i + "].";
            c.oneOf(p + "stage", w.stage(), Yard.WORK_CENTRE_STAGES, "stage");
            c.oneOf(p + "area", w.area(), areas, "area");
            c.atLeast(p + "stations", w.stations(), 1);
            c.atLeast(p + "crewSize", w.crewSize(), 1);
            c.nonNegative(p + "powerKw", w.powerKw());
            c.nonNegative(p + "maintenanceIntervalHours", w.maintenanceIntervalHours());
            c.nonNegative(p + "maintenanceHours", w.maintenanceHours());
        }
        for (String stage : Yard.WORK_CENTRE_STAGES) {
            long n = y.workCentres().stream().filter(w -> w.stage().equals(stage)).count();
            if (n != 1) {
                c.add("yard.workCentres: must have exactly 1 work centre for stage '" + stage + "', got " + n);
            }
        }
        c.notEmpty("yard.docks", y.docks());
        for (int i = 0; i < y.docks().size(); i++) {
            Dock d = y.docks().get(i);
            c.positive("yard.docks[" + i + "].lengthMetres", d.lengthMetres());
            if (y.cranes().stream().noneMatch(cr -> cr.dock().equals(d.name()))) {
                c.add("yard.docks[" + i + "]: must have at least 1 crane, got 0 for dock '" + d.name() + "'");
            }
        }
        for (int i = 0; i < y.cranes().size(); i++) {
            GantryCrane cr = y.cranes().get(i);
            String p = "yard.cranes[" + i + "].";
            c.oneOf(p + "dock", cr.dock(), docks, "dock");
            c.positive(p + "capacityTonnes", cr.capacityTonnes());
            c.positive(p + "windLimitMs", cr.windLimitMs());
            c.nonNegative(p + "maintenanceIntervalHours", cr.maintenanceIntervalHours());
            c.nonNegative(p + "maintenanceHours", cr.maintenanceHours());
        }
        c.notEmpty("yard.paintingBooths", y.paintingBooths());
        for (int i = 0; i < y.paintingBooths().size(); i++) {
            PaintingBooth b = y.paintingBooths().get(i);
            c.oneOf("yard.paintingBooths[" + i + "].area", b.area(), areas, "area");
            c.atLeast("yard.paintingBooths[" + i + "].count", b.count(), 1);
            c.atLeast("yard.paintingBooths[" + i + "].crewSize", b.crewSize(), 1);
        }
        c.atLeast("yard.preErectionSites", y.preErectionSites(), 1);
        c.atLeast("yard.quayBerths", y.quayBerths(), 1);
    }
}
