package io.shiptwin.sim.whatif;

import io.shiptwin.sim.yard.YardRun;
import io.shiptwin.sim.yard.YardRun.ResourceUsage;
import io.shiptwin.sim.yard.YardRun.ShipOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * N replications of one scenario and what a planner reads from them: each KPI's mean and 95%
 * interval, each resource's utilisation and how often it was the bottleneck, and per ship the
 * probability of delivering on or before its contract date. {@code firstRun} keeps replication 0
 * in full (ground truth included) for the Gantt chart.
 */
public record WhatIfResult(String scenario, String description, long seed, List<Replication> replications, YardRun firstRun) {

    public WhatIfResult {
        replications = List.copyOf(replications);
    }

    public record KpiEstimate(Kpi kpi, Estimate estimate) {
    }

    public record ResourceEstimate(String name, int capacity, Estimate utilisation, Estimate meanWaitHours, int timesBottleneck) {
    }

    public record ShipRisk(String hull, double contractDay, Estimate onTime, Estimate deliveryDay) {
    }

    public Estimate estimate(Kpi kpi) {
        return Estimate.of(replications.stream().mapToDouble(r -> r.kpi(kpi)).toArray());
    }

    public List<KpiEstimate> kpis() {
        return Kpi.ALL.stream().map(k -> new KpiEstimate(k, estimate(k))).toList();
    }

    public List<ResourceEstimate> resources() {
        List<ResourceEstimate> out = new ArrayList<>();
        List<ResourceUsage> first = replications.get(0).resources();
        for (int i = 0; i < first.size(); i++) {
            int index = i;
            String name = first.get(i).name();
            Estimate util = Estimate.of(replications.stream().mapToDouble(r -> r.resources().get(index).utilisation()).toArray());
            Estimate wait = Estimate.of(replications.stream().mapToDouble(r -> r.resources().get(index).meanWaitHours()).toArray());
            int bottleneck = (int) replications.stream().filter(r -> r.bottleneck().equals(name)).count();
            out.add(new ResourceEstimate(name, first.get(i).capacity(), util, wait, bottleneck));
        }
        return out;
    }

    /** The resource with the highest mean utilisation. */
    public ResourceEstimate bottleneck() {
        return resources().stream().max((a, b) -> Double.compare(a.utilisation().mean(), b.utilisation().mean())).orElseThrow();
    }

    public List<ShipRisk> shipRisks() {
        List<ShipRisk> out = new ArrayList<>();
        List<ShipOutcome> first = replications.get(0).ships();
        for (int i = 0; i < first.size(); i++) {
            int index = i;
            int onTime = (int) replications.stream().filter(r -> r.ships().get(index).onTime()).count();
            Estimate day = Estimate.of(replications.stream().mapToDouble(r -> r.ships().get(index).deliveryDay()).toArray());
            out.add(new ShipRisk(first.get(i).hull(), first.get(i).contractDay(), Estimate.proportion(onTime, replications.size()), day));
        }
        return out;
    }

    /** The replications' ground-truth hashes folded in index order: equal iff every replication is equal. */
    public long resultHash() {
        long h = 0xcbf29ce484222325L;
        for (Replication r : replications) {
            h = (h ^ r.groundTruthHash()) * 0x100000001b3L;
            h = (h ^ r.eventLogHash()) * 0x100000001b3L;
        }
        return h;
    }
}
