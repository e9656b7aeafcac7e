package io.shiptwin.sim.whatif;

import io.shiptwin.sim.yard.YardRun;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A key performance indicator read from one run; {@code lowerIsBetter} tells a report which way is good. */
public record Kpi(String key, String label, String unit, boolean lowerIsBetter, ToDoubleFunction<YardRun> read) {

    /** The KPIs every what-if reports, in report order (DOMAIN.md, Key performance indicators). */
    public static final List<Kpi> ALL = List.of(
            new Kpi("shipsDelivered", "ships delivered", "ships", false, r -> r.shipsDelivered()),
            new Kpi("deliveryDelayDays", "mean delivery delay", "days", true, YardRun::meanDeliveryDelayDays),
            new Kpi("dockCycleDays", "dock cycle", "days", true, YardRun::meanDockCycleDays),
            new Kpi("throughputTonnesPerWeek", "steel erected", "t/week", false, YardRun::throughputTonnesPerWeek),
            new Kpi("blocksPerWeek", "blocks erected", "blocks/week", false, r -> r.blocksErected() / (r.simulatedDays() / 7)),
            new Kpi("manHoursPerCgt", "man-hours per CGT", "MH/CGT", true, YardRun::manHoursPerCgt),
            new Kpi("reworkRate", "rework", "% of man-hours", true, r -> 100 * r.reworkRate()),
            new Kpi("energyPerTonne", "energy per tonne", "kWh/t", true, YardRun::energyPerTonne),
            new Kpi("totalCostMillions", "total cost", "M", true, r -> r.totalCost() / 1e6),
            new Kpi("costPerBlock", "cost per block", "k", true, r -> r.totalCost() / 1e3 / Math.max(1, r.blocksErected())),
            new Kpi("blockLeadDays", "block lead time", "days", true, r -> r.meanBlockLeadHours() / 24),
            new Kpi("bottleneckUtilisation", "bottleneck utilisation", "%", false, r -> 100 * r.bottleneck().utilisation()),
            new Kpi("telemetryLossPct", "events lost on the network", "%", true, r -> 100 * r.network().lossRate()),
            new Kpi("telemetryLatencyMs", "network latency", "ms", true, r -> r.network().meanLatencyMs()));

    public double of(YardRun run) {
        return read.applyAsDouble(run);
    }
}
