package io.shiptwin.sim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    private static final Kpi DOCK_CYCLE = Kpi.ALL.stream().filter(k -> k.key().equals("dockCycleDays")).findFirst().orElseThrow();

    @Test
    void extraGantryCraneShortensTheDockCycleWhenCranesAreTheBottleneck() {
        Comparison c = WhatIf.compare(ScenarioLoader.load("baseline"), List.of(ScenarioLoader.load("extra-gantry-crane")),
                6, 7, 2, WhatIf.ProgressListener.NONE);
        WhatIfResult base = c.base();
        WhatIfResult more = c.variants().get(0);
        WhatIfResult.ResourceEstimate baseCranes = resource(base, "dock-1/cranes");
        assertThat(baseCranes.meanWaitHours().mean()).as("in baseline lifts queue for the crane").isGreaterThan(resource(more, "dock-1/cranes").meanWaitHours().mean());
        assertThat(more.estimate(DOCK_CYCLE).mean()).isLessThan(base.estimate(DOCK_CYCLE).mean());
        Comparison.Difference d = c.differences().stream().filter(x -> x.kpi() == DOCK_CYCLE).findFirst().orElseThrow();
        assertThat(d.difference().high()).as("paired difference clearly negative").isNegative();
        assertThat(d.clearlyBetter()).isTrue();
    }

    @Test
    void oneOrTwoThreadsGiveIdenticalResults() {
        Scenario teaching = ScenarioLoader.load("teaching");
        WhatIfResult one = WhatIf.run(teaching, 4, 99, 1, WhatIf.ProgressListener.NONE);
        WhatIfResult two = WhatIf.run(teaching, 4, 99, 2, WhatIf.ProgressListener.NONE);
        assertThat(one.resultHash()).isEqualTo(two.resultHash());
        assertThat(one.replications()).extracting(Replication::groundTruthHash)
                .containsExactlyElementsOf(two.replications().stream().map(Replication::groundTruthHash).toList());
    }

    @Test
    void replicationsDifferFromEachOther() {
        WhatIfResult r = WhatIf.run(ScenarioLoader.load("teaching"), 3, 99, 2, WhatIf.ProgressListener.NONE);
        assertThat(r.replications()).extracting(Replication::groundTruthHash).doesNotHaveDuplicates();
    }

    @Test
    void progressIsReportedOncePerReplication() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        WhatIf.run(ScenarioLoader.load("teaching"), 3, 1, 2, (done, total) -> {
            calls.incrementAndGet();
            last.accumulateAndGet(done, Math::max);
            assertThat(total).isEqualTo(3);
        });
        assertThat(calls.get()).isEqualTo(3);
        assertThat(last.get()).isEqualTo(3);
    }

    @Test
    void everyShipHasAnOnTimeProbabilityWithItsInterval() {
        WhatIfResult r = WhatIf.run(ScenarioLoader.load("teaching"), 4, 5, 2, WhatIf.ProgressListener.NONE);
        assertThat(r.shipRisks()).hasSize(2).allSatisfy(s -> {
            assertThat(s.onTime().mean()).isBetween(0.0, 1.0);
            assertThat(s.onTime().low()).isLessThanOrEqualTo(s.onTime().mean());
            assertThat(s.onTime().high()).isGreaterThanOrEqualTo(s.onTime().mean());
        });
    }

    private static WhatIfResult.ResourceEstimate resource(WhatIfResult r, String name) {
        return r.resources().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
