package io.shiptwin.sim.des;

import java.util.ArrayDeque;

/**
 * A condition processes wait on: open or closed (wind under the crane's limit, booth climate in
 * spec). Waiters are released in FIFO order, each as its own event, when the gate opens.
 */
public final class Gate {
    private final Simulation sim;
    private final String name;
    private final ArrayDeque<Action> waiting = new ArrayDeque<>();
    private boolean open;
    private long closures;
    private final TimeWeighted closedStat;

    public Gate(Simulation sim, String name, boolean open) {
        this.sim = sim;
        this.name = name;
        this.open = open;
        this.closedStat = new TimeWeighted(sim.now());
        closedStat.set(sim.now(), open ? 0 : 1);
    }

    public String name() {
        return name;
    }

    public boolean isOpen() {
        return open;
    }

    /** Runs {@code action} now (as an event) if open, otherwise when the gate next opens. */
    public void whenOpen(Action action) {
        if (open) {
            sim.schedule(0, action);
        } else {
            waiting.add(action);
        }
    }

    public void set(boolean nowOpen) {
        if (nowOpen == open) {
            return;
        }
        open = nowOpen;
        closedStat.set(sim.now(), open ? 0 : 1);
        if (!open) {
            closures++;
            return;
        }
        while (!waiting.isEmpty()) {
            sim.schedule(0, waiting.poll());
        }
    }

    /** How many times it has closed; a process compares this before and after to know it was interrupted. */
    public long closures() {
        return closures;
    }

    /** Share of time closed since the start. */
    public double closedFraction() {
        return closedStat.mean(sim.now());
    }
}
