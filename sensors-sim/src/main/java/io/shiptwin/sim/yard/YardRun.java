package io.shiptwin.sim.yard;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of one run of the yard: per ship, per resource, yard-wide, and the hashes that prove
 * two runs identical. Days are simulated days since the scenario start; NaN where a ship had not
 * reached that point by the horizon.
 */
public record YardRun(String scenario, long seed, double simulatedDays, List<ShipOutcome> ships, List<ResourceUsage> resources,
                      double tonnesErected, double meanBlocksInProcess, long blocksErected, double meanBlockLeadHours,
                      NetworkHop.Stats network, long events, long eventLogHash, GroundTruth truth) {

    public YardRun {
        ships = List.copyOf(ships);
        resources = List.copyOf(resources);
    }

    public record ShipOutcome(String hull, String design, double startDay, double contractDay, double dockInDay,
                              double launchDay, double deliveryDay, double steelTonnes, double cgt, double manHours,
                              double reworkManHours, double energyKwh, double cost) {
        public boolean delivered() {
            return !Double.isNaN(deliveryDay);
        }

        public boolean onTime() {
            return delivered() && deliveryDay <= contractDay;
        }

        public double dockCycleDays() {
            return launchDay - dockInDay;
        }
    }

    /** Utilisation is busy over available unit-time; waits in hours from request to grant. */
    public record ResourceUsage(String name, int capacity, double utilisation, double meanQueue, double meanWaitHours) {
    }

    public long groundTruthHash() {
        return truth.hash();
    }

    public long shipsDelivered() {
        return ships.stream().filter(ShipOutcome::delivered).count();
    }

    /** Mean dock occupancy from docking to launch over ships launched. */
    public double meanDockCycleDays() {
        return ships.stream().filter(s -> !Double.isNaN(s.launchDay())).mapToDouble(ShipOutcome::dockCycleDays).average().orElse(Double.NaN);
    }

    /** Steel erected in the docks per week of simulated time. */
    public double throughputTonnesPerWeek() {
        return simulatedDays <= 0 ? 0 : tonnesErected / (simulatedDays / 7.0);
    }

    /** Man-hours per compensated gross tonne, over delivered ships. */
    public double manHoursPerCgt() {
        double cgt = ships.stream().filter(ShipOutcome::delivered).mapToDouble(ShipOutcome::cgt).sum();
        return cgt == 0 ? Double.NaN : ships.stream().filter(ShipOutcome::delivered).mapToDouble(ShipOutcome::manHours).sum() / cgt;
    }

    /** Rework man-hours as a share of all man-hours. */
    public double reworkRate() {
        double all = ships.stream().mapToDouble(ShipOutcome::manHours).sum();
        return all == 0 ? 0 : ships.stream().mapToDouble(ShipOutcome::reworkManHours).sum() / all;
    }

    /** kWh per tonne of steel received. */
    public double energyPerTonne() {
        double t = ships.stream().mapToDouble(ShipOutcome::steelTonnes).sum();
        return t == 0 ? 0 : ships.stream().mapToDouble(ShipOutcome::energyKwh).sum() / t;
    }

    public double totalCost() {
        return ships.stream().mapToDouble(ShipOutcome::cost).sum();
    }

    /** Mean days late (negative = early) over delivered ships. */
    public double meanDeliveryDelayDays() {
        return ships.stream().filter(ShipOutcome::delivered).mapToDouble(s -> s.deliveryDay() - s.contractDay()).average().orElse(Double.NaN);
    }

    /** The most utilised resource. */
    public ResourceUsage bottleneck() {
        return resources.stream().max(Comparator.comparingDouble(ResourceUsage::utilisation)).orElseThrow();
    }
}
