package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Gate;
import io.shiptwin.sim.des.Resource;
import io.shiptwin.sim.des.Simulation;
import io.shiptwin.sim.scenario.Perturbations.ExtraResource;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.Yard;
import io.shiptwin.sim.scenario.Yard.Dock;
import io.shiptwin.sim.scenario.Yard.GantryCrane;
import io.shiptwin.sim.scenario.Yard.PaintingBooth;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yard's resources built from the scenario plus its extra resources: one resource per work
 * centre (its stations), the docks, the cranes over each dock with a wind gate per dock, the paint
 * booths, the pre-erection sites and the quay berths. Failures are started for stations and cranes.
 */
final class YardResources {
    final Map<String, Resource> shops = new LinkedHashMap<>();
    final Map<String, WorkCentre> shopSpecs = new LinkedHashMap<>();
    final List<Dock> docks;
    final Resource dockPool;
    final boolean[] dockOccupied;
    final List<Resource> cranes = new ArrayList<>();
    final List<Gate> windGates = new ArrayList<>();
    final double[] windLimits;
    final Resource paintBooths;
    final PaintingBooth boothSpec;
    final Resource preErectionSites;
    final Resource quayBerths;
    final List<Breakdowns> breakdowns = new ArrayList<>();

    YardResources(Simulation sim, Scenario s, Wear wear, GroundTruth truth) {
        Yard y = s.yard();
        Map<String, Integer> extra = new LinkedHashMap<>();
        for (ExtraResource e : s.perturbations().extraResources()) {
            extra.merge(e.resource(), e.units(), Integer::sum);
        }
        for (WorkCentre w : y.workCentres()) {
            int stations = w.stations() + extra.getOrDefault(w.name(), 0);
            Resource r = new Resource(sim, w.name(), stations);
            shops.put(w.stage(), r);
            shopSpecs.put(w.stage(), w);
            Breakdowns b = new Breakdowns(sim, r, w.mtbfHours(), w.mttrHours(), now -> wear.mtbfFactor(w.name(), now), truth);
            b.start(stations);
            breakdowns.add(b);
            new Maintenance(sim, r, w.maintenanceIntervalHours(), w.maintenanceHours(), truth).start(stations);
        }
        docks = y.docks();
        dockPool = new Resource(sim, "docks", docks.size());
        dockOccupied = new boolean[docks.size()];
        windLimits = new double[docks.size()];
        for (int i = 0; i < docks.size(); i++) {
            String dock = docks.get(i).name();
            List<GantryCrane> over = y.cranes().stream().filter(c -> c.dock().equals(dock)).toList();
            int units = over.size() + extra.getOrDefault(dock + "/cranes", 0);
            Resource r = new Resource(sim, dock + "/cranes", units);
            cranes.add(r);
            windLimits[i] = over.stream().mapToDouble(GantryCrane::windLimitMs).min().orElse(Double.MAX_VALUE);
            windGates.add(new Gate(sim, dock + "/wind", true));
            GantryCrane model = over.get(0);
            Breakdowns b = new Breakdowns(sim, r, model.mtbfHours(), model.mttrHours(), now -> wear.mtbfFactor(dock, now), truth);
            b.start(units);
            breakdowns.add(b);
            new Maintenance(sim, r, model.maintenanceIntervalHours(), model.maintenanceHours(), truth).start(units);
        }
        boothSpec = y.paintingBooths().get(0);
        int booths = y.paintingBooths().stream().mapToInt(PaintingBooth::count).sum() + extra.getOrDefault("paintingBooths", 0);
        paintBooths = new Resource(sim, "paintingBooths", booths);
        preErectionSites = new Resource(sim, "preErectionSites", y.preErectionSites() + extra.getOrDefault("preErectionSites", 0));
        quayBerths = new Resource(sim, "quayBerths", y.quayBerths() + extra.getOrDefault("quayBerths", 0));
    }

    /** Every resource, for utilisation and bottleneck reporting, in a fixed order. */
    List<Resource> all() {
        List<Resource> all = new ArrayList<>(shops.values());
        all.add(paintBooths);
        all.add(preErectionSites);
        all.add(dockPool);
        all.addAll(cranes);
        all.add(quayBerths);
        return all;
    }

    /** Takes the first free dock (the pool has just granted one) and returns its index. */
    int occupyDock() {
        for (int i = 0; i < dockOccupied.length; i++) {
            if (!dockOccupied[i]) {
                dockOccupied[i] = true;
                return i;
            }
        }
        throw new IllegalStateException("dock pool granted but every dock is occupied");
    }

    void leaveDock(int index) {
        dockOccupied[index] = false;
        dockPool.release();
    }
}
