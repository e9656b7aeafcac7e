package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Action;
import io.shiptwin.sim.scenario.Stages;
import io.shiptwin.sim.yard.Hull.GrandBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A grand block waits for all its blocks to be painted, is joined on a pre-erection site, and is then
 * ready to be lifted into the dock; an erection front waiting for it is woken.
 */
final class GrandBlockProcess {
    private final RunningYard yard;
    private final GrandBlock grandBlock;
    private final Ledger ledger;
    private final ShipProcess ship;
    private final List<BlockProcess> painted = new ArrayList<>();
    private boolean ready;
    private Action whenReady;

    GrandBlockProcess(RunningYard yard, GrandBlock grandBlock, Ledger ledger, ShipProcess ship) {
        this.yard = yard;
        this.grandBlock = grandBlock;
        this.ledger = ledger;
        this.ship = ship;
    }

    GrandBlock grandBlock() {
        return grandBlock;
    }

    void blockPainted(BlockProcess block) {
        painted.add(block);
        if (painted.size() < grandBlock.blocks().size()) {
            return;
        }
        Stages st = yard.scenario.stages();
        double hours = st.preErectionHours().duration(yard.sim.random().stream("durations.pre-erection"));
        yard.work(yard.resources.preErectionSites, grandBlock.id(), Stage.PRE_ERECTION, hours, st.preErectionCrewSize(), 0,
                ledger, false, this::preErected);
    }

    private void preErected() {
        ready = true;
        ship.grandBlockReady();
        if (whenReady != null) {
            Action a = whenReady;
            whenReady = null;
            a.fire();
        }
    }

    /** Runs {@code action} now if ready, else when pre-erection finishes. */
    void whenReady(Action action) {
        if (ready) {
            action.fire();
        } else {
            whenReady = action;
        }
    }

    /** The grand block is in the dock: its blocks leave the shops' work in process. */
    void erected() {
        for (BlockProcess b : painted) {
            yard.blockErected(b.enteredAt(), 0);
        }
        yard.tonnesErected += grandBlock.weightTonnes();
    }
}
