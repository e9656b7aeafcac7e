package io.shiptwin.sim.scenario;

import java.util.List;

/**
 * A what-if scenario: the yard, its calendar, suppliers, ship designs, order book, process times,
 * quality, climate, costs and the perturbations that make a variant. Every figure is here, none in
 * the model code. Defaults for every field live in {@code scenarios/defaults.yaml}. Durations are
 * in working hours unless the name says days; days count from the scenario start.
 */
public record Scenario(String name, String description, long seed, int horizonDays, WorkCalendar calendar, Yard yard,
                       List<Supplier> suppliers, List<ShipDesign> designs, List<OrderSeries> orderBook, Stages stages,
                       Quality quality, Climate climate, Costs costs, Perturbations perturbations, Operation operation,
                       Streaming streaming) {

    public Scenario {
        suppliers = List.copyOf(suppliers);
        designs = List.copyOf(designs);
        orderBook = List.copyOf(orderBook);
    }

    /** The same scenario with another horizon (a bounded streaming run, a benchmark). */
    public Scenario withHorizonDays(int days) {
        return new Scenario(name, description, seed, days, calendar, yard, suppliers, designs, orderBook, stages, quality, climate,
                costs, perturbations, operation, streaming);
    }

    /** Shifts: work happens in one window per working day starting at {@code firstShiftStartHour}. */
    public record WorkCalendar(int shiftsPerDay, double hoursPerShift, int workingDaysPerWeek, double firstShiftStartHour) {
    }

    /** A steel mill; {@code share} of the orders go to it; lead time in calendar days. */
    public record Supplier(String name, double share, io.shiptwin.sim.des.Distribution leadTimeDays) {
    }

    /**
     * A ship design the order book builds from: block count and steel weight, block weights spread
     * around the mean by {@code blockWeightSpread} (coefficient of variation), zones in erection order,
     * grand blocks of up to {@code blocksPerGrandBlock} blocks and {@code maxGrandBlockTonnes}, erected
     * on {@code erectionFronts} fronts at once; steel for the blocks is released over {@code steelReleaseDays}.
     */
    public record ShipDesign(String name, String type, int blocks, double steelTonnes, double cgt, double blockWeightSpread,
                             List<String> zones, int blocksPerGrandBlock, double maxGrandBlockTonnes, int erectionFronts,
                             double steelReleaseDays) {
        public ShipDesign {
            zones = List.copyOf(zones);
        }
    }

    /** {@code ships} hulls of one design, started every {@code intervalDays}, each due {@code contractDays} after its start. */
    public record OrderSeries(String design, int ships, double firstStartDay, double intervalDays, double contractDays) {
    }

    /** Labour rate per man-hour, steel price per tonne, energy price per kWh (in {@code streaming.currency}). */
    public record Costs(double labourPerHour, double steelPerTonne, double energyPerKwh) {
    }
}
