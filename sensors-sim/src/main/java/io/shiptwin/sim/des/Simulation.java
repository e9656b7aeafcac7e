package io.shiptwin.sim.des;

/**
 * The engine: a simulated clock and an event queue. One thread runs one simulation; there is no
 * thread per process — a process is a chain of scheduled {@link Action}s.
 *
 * <p>The event log hash folds (time, priority, sequence) of every fired event into 64 bits: two
 * runs that fire the same events in the same order have the same hash.
 */
public final class Simulation {
    /** Priority of ordinary events; lower values fire first among events at the same time. */
    public static final int NORMAL = 0;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final EventQueue queue = new EventQueue(1024);
    private final RandomStreams random;
    private long now;
    private long fired;
    private long logHash = FNV_OFFSET;
    private boolean stopRequested;

    public Simulation(long seed) {
        this(new RandomStreams(seed));
    }

    public Simulation(RandomStreams random) {
        this.random = random;
    }

    /** Simulated time in millis since the start (see {@link SimTime}). */
    public long now() {
        return now;
    }

    public RandomStreams random() {
        return random;
    }

    /** Fires {@code action} after {@code delayMillis}; returns a handle for {@link #cancel(long)}. */
    public long schedule(long delayMillis, Action action) {
        return scheduleAt(now + delayMillis, NORMAL, action);
    }

    public long schedule(long delayMillis, int priority, Action action) {
        return scheduleAt(now + delayMillis, priority, action);
    }

    public long scheduleAt(long time, int priority, Action action) {
        if (time < now) {
            throw new IllegalArgumentException("event time: must be >= now " + now + ", got " + time);
        }
        return queue.push(time, priority, action);
    }

    /** Cancels a pending event; false when it already fired or was cancelled before. */
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    /** Runs until the queue is empty or {@link #stop()} is called; returns events fired by this call. */
    public long run() {
        return runUntil(Long.MAX_VALUE);
    }

    /** Runs events with time <= {@code endTime}; the clock then stands at the last event or endTime. */
    public long runUntil(long endTime) {
        long before = fired;
        stopRequested = false;
        EventQueue q = queue;
        while (!stopRequested && !q.isEmpty() && q.peekTime() <= endTime) {
            Action action = q.pop();
            now = q.poppedTime();
            logHash = (logHash ^ now) * FNV_PRIME;
            logHash = (logHash ^ q.poppedKey()) * FNV_PRIME;
            fired++;
            action.fire();
        }
        if (!stopRequested && endTime != Long.MAX_VALUE && endTime > now) {
            now = endTime;
        }
        return fired - before;
    }

    /** Stops the run after the current event. */
    public void stop() {
        stopRequested = true;
    }

    public long eventsFired() {
        return fired;
    }

    public int pendingEvents() {
        return queue.size();
    }

    public long eventLogHash() {
        return logHash;
    }
}
