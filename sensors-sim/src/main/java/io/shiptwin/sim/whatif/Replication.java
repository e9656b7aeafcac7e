package io.shiptwin.sim.whatif;

import io.shiptwin.sim.yard.YardRun;
import io.shiptwin.sim.yard.YardRun.ResourceUsage;
import io.shiptwin.sim.yard.YardRun.ShipOutcome;
import java.util.List;

/** What a what-if keeps of one replication: KPI values (in {@link Kpi#ALL} order), ships, resources, hashes. */
public record Replication(int index, double[] kpis, List<ShipOutcome> ships, List<ResourceUsage> resources, String bottleneck,
                          long events, long eventLogHash, long groundTruthHash, double wallMillis) {

    public Replication {
        kpis = kpis.clone();
        ships = List.copyOf(ships);
        resources = List.copyOf(resources);
    }

    static Replication of(int index, YardRun run, double wallMillis) {
        double[] values = Kpi.ALL.stream().mapToDouble(k -> k.of(run)).toArray();
        return new Replication(index, values, run.ships(), run.resources(), run.bottleneck().name(), run.events(),
                run.eventLogHash(), run.groundTruthHash(), wallMillis);
    }

    public double kpi(Kpi kpi) {
        return kpis[Kpi.ALL.indexOf(kpi)];
    }
}
