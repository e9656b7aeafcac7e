package io.shiptwin.sim.des;

import java.util.Arrays;

/**
 * Units of something a process must hold to work (a crane, a dock, a booth, a crew) with a strict
 * FIFO queue. A grant runs the requester's action as its own event at the current time, so a
 * release inside an event never recurses into the next holder's process.
 *
 * <p>Statistics are time-weighted: utilisation is busy unit-time over available unit-time, which
 * stays right when {@link #setCapacity(int)} takes a unit away for a repair.
 */
public final class Resource {
    /** Grants fire before ordinary events at the same time, so a freed unit is not left idle. */
    public static final int GRANT_PRIORITY = -10;

    private final String name;
    private final Simulation sim;
    private int capacity;
    private int busy;

    private Action[] waiting = new Action[8];
    private long[] since = new long[8];
    private int[] units = new int[8];
    private int head;
    private int count;

    private final TimeWeighted busyStat;
    private final TimeWeighted queueStat;
    private final TimeWeighted capacityStat;
    private final Tally waits = new Tally();
    private long grants;

    public Resource(Simulation sim, String name, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException(name + ".capacity: must be >= 0, got " + capacity);
        }
        this.sim = sim;
        this.name = name;
        this.capacity = capacity;
        this.busyStat = new TimeWeighted(sim.now());
        this.queueStat = new TimeWeighted(sim.now());
        this.capacityStat = new TimeWeighted(sim.now());
        capacityStat.set(sim.now(), capacity);
    }

    public String name() {
        return name;
    }

    /** Asks for one unit; {@code onGranted} fires when it is held. */
    public void request(Action onGranted) {
        request(1, onGranted);
    }

    /** Asks for {@code n} units at once (a tandem lift); strict FIFO, so a big request blocks those behind it. */
    public void request(int n, Action onGranted) {
        if (n < 1) {
            throw new IllegalArgumentException(name + ".request: units must be >= 1, got " + n);
        }
        if (count == 0 && busy + n <= capacity) {
            grant(n, onGranted, sim.now());
            return;
        }
        enqueue(n, onGranted);
    }

    public void release() {
        release(1);
    }

    public void release(int n) {
        if (n > busy) {
            throw new IllegalStateException(name + ": release of " + n + " units but only " + busy + " busy");
        }
        busy -= n;
        busyStat.set(sim.now(), busy);
        grantWaiting();
    }

    /** Changes the units available (a failure takes one away, a repair gives it back); holders keep theirs. */
    public void setCapacity(int newCapacity) {
        capacity = Math.max(0, newCapacity);
        capacityStat.set(sim.now(), capacity);
        grantWaiting();
    }

    public int capacity() {
        return capacity;
    }

    public int busy() {
        return busy;
    }

    public int queueLength() {
        return count;
    }

    public long grants() {
        return grants;
    }

    /** Busy unit-time / available unit-time since the last reset, in [0, 1] while capacity is steady. */
    public double utilisation() {
        double available = capacityStat.area(sim.now());
        return available <= 0 ? 0.0 : busyStat.area(sim.now()) / available;
    }

    public double meanBusy() {
        return busyStat.mean(sim.now());
    }

    public double meanQueueLength() {
        return queueStat.mean(sim.now());
    }

    /** Waiting times in millis from request to grant. */
    public Tally waits() {
        return waits;
    }

    /** Forgets statistics (end of warm-up); current holders and queue stay. */
    public void resetStatistics() {
        long now = sim.now();
        busyStat.reset(now);
        queueStat.reset(now);
        capacityStat.reset(now);
        waits.reset();
        grants = 0;
    }

    private void grantWaiting() {
        while (count > 0 && busy + units[head] <= capacity) {
            int n = units[head];
            Action a = waiting[head];
            long t = since[head];
            waiting[head] = null;
            head = (head + 1) % waiting.length;
            count--;
            queueStat.set(sim.now(), count);
            grant(n, a, t);
        }
    }

    private void grant(int n, Action onGranted, long requestedAt) {
        busy += n;
        grants++;
        busyStat.set(sim.now(), busy);
        waits.add(sim.now() - requestedAt);
        sim.schedule(0, GRANT_PRIORITY, onGranted);
    }

    private void enqueue(int n, Action a) {
        if (count == waiting.length) {
            grow();
        }
        int tail = (head + count) % waiting.length;
        waiting[tail] = a;
        since[tail] = sim.now();
        units[tail] = n;
        count++;
        queueStat.set(sim.now(), count);
    }

    private void grow() {
        int n = waiting.length * 2;
        Action[] w = new Action[n];
        long[] s = new long[n];
        int[] u = new int[n];
        for (int i = 0; i < count; i++) {
            int j = (head + i) % waiting.length;
            w[i] = waiting[j];
            s[i] = since[j];
            u[i] = units[j];
        }
        waiting = w;
        since = s;
        units = u;
        head = 0;
        Arrays.fill(waiting, count, n, null);
    }
}
