package io.shiptwin.sim.des;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTest {
    private final Simulation sim = new Simulation(1);
    private final Resource crane = new Resource(sim, "GC-01", 1);
    private final List<String> log = new ArrayList<>();

    private void lift(String block, double hours) {
        crane.request(() -> {
            log.add(block + "@" + SimTime.toHours(sim.now()));
            sim.schedule(SimTime.hours(hours), crane::release);
        });
    }

    @Test
    void waitingRequestsAreGrantedFirstComeFirstServed() {
        lift("B101", 2);
        lift("B102", 1);
        lift("B103", 1);
        sim.run();
        assertThat(log).containsExactly("B101@0.0", "B102@2.0", "B103@3.0");
    }

    @Test
    void utilisationIsBusyTimeOverAvailableTime() {
        lift("B101", 2);
        sim.schedule(SimTime.hours(4), () -> { });
        sim.run();
        assertThat(crane.utilisation()).isEqualTo(0.5);
    }

    @Test
    void waitingTimeAndQueueLengthAreRecorded() {
        lift("B101", 2);
        lift("B102", 2);
        sim.run();
        assertThat(crane.waits().count()).isEqualTo(2);
        assertThat(SimTime.toHours((long) crane.waits().mean())).isEqualTo(1.0);
        assertThat(crane.meanQueueLength()).isEqualTo(0.5);
    }

    @Test
    void aRepairedUnitServesTheQueue() {
        crane.setCapacity(0);
        lift("B101", 1);
        sim.schedule(SimTime.hours(5), () -> crane.setCapacity(1));
        sim.run();
        assertThat(log).containsExactly("B101@5.0");
    }

    @Test
    void aTandemLiftWaitsForTwoCranes() {
        Resource cranes = new Resource(sim, "dock-1.cranes", 2);
        cranes.request(() -> sim.schedule(SimTime.hours(3), cranes::release));
        cranes.request(2, () -> log.add("grand-block@" + SimTime.toHours(sim.now())));
        sim.run();
        assertThat(log).containsExactly("grand-block@3.0");
    }

    @Test
    void gateHoldsWaitersUntilItOpens() {
        Gate wind = new Gate(sim, "wind", false);
        wind.whenOpen(() -> log.add("lift@" + SimTime.toHours(sim.now())));
        sim.schedule(SimTime.hours(6), () -> wind.set(true));
        sim.run();
        assertThat(log).containsExactly("lift@6.0");
        assertThat(wind.closedFraction()).isEqualTo(1.0);
    }
}
