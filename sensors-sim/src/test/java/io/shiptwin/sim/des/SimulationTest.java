package io.shiptwin.sim.des;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    @Test
    void clockJumpsToEachEventTime() {
        Simulation sim = new Simulation(1);
        List<Long> seen = new ArrayList<>();
        sim.schedule(SimTime.hours(2), () -> seen.add(sim.now()));
        sim.schedule(SimTime.hours(1), () -> sim.schedule(SimTime.hours(3), () -> seen.add(sim.now())));
        sim.run();
        assertThat(seen).containsExactly(SimTime.hours(2), SimTime.hours(4));
        assertThat(sim.eventsFired()).isEqualTo(3);
    }

    @Test
    void runUntilStopsAtTheHorizonAndLeavesLaterEvents() {
        Simulation sim = new Simulation(1);
        sim.schedule(10, () -> { });
        sim.schedule(100, () -> { });
        assertThat(sim.runUntil(50)).isEqualTo(1);
        assertThat(sim.now()).isEqualTo(50);
        assertThat(sim.pendingEvents()).isEqualTo(1);
    }

    @Test
    void cancelledEventDoesNotAdvanceTheModel() {
        Simulation sim = new Simulation(1);
        List<String> fired = new ArrayList<>();
        long handle = sim.schedule(10, () -> fired.add("lift"));
        sim.schedule(5, () -> sim.cancel(handle));
        sim.run();
        assertThat(fired).isEmpty();
    }

    @Test
    void schedulingInThePastIsRejected() {
        Simulation sim = new Simulation(1);
        sim.schedule(10, () -> sim.scheduleAt(5, 0, () -> { }));
        assertThatThrownBy(sim::run).hasMessage("event time: must be >= now 10, got 5");
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEvent() {
        Simulation sim = new Simulation(1);
        sim.schedule(1, sim::stop);
        sim.schedule(2, () -> { });
        sim.run();
        assertThat(sim.now()).isEqualTo(1);
        assertThat(sim.pendingEvents()).isEqualTo(1);
    }

    @Test
    void sameScheduleGivesSameEventLogHash() {
        assertThat(station(42)).isEqualTo(station(42)).isNotEqualTo(station(43));
    }

    private static long station(long seed) {
        Simulation sim = new Simulation(seed);
        new QueueStation(sim, "cutting", 2, new Distribution.Exponential(1), new Distribution.Exponential(1.6)).start();
        sim.runUntil(SimTime.hours(1_000));
        return sim.eventLogHash();
    }
}
