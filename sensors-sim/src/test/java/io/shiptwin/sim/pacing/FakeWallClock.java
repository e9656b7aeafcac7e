package io.shiptwin.sim.pacing;

import java.util.ArrayList;
import java.util.List;

/** A wall clock that only moves when parked (by the amount parked, or a fraction of it: an early wakeup). */
public final class FakeWallClock implements WallClock {
    private final double wakeFraction;
    private long now;
    private final List<Long> parks = new ArrayList<>();

    public FakeWallClock(long start) {
        this(start, 1.0);
    }

    /** {@code wakeFraction} < 1 simulates parks that return early. */
    public FakeWallClock(long start, double wakeFraction) {
        this.now = start;
        this.wakeFraction = wakeFraction;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void parkNanos(long nanos) {
        parks.add(nanos);
        now += Math.max(1, (long) (nanos * wakeFraction));
    }

    public void advance(long nanos) {
        now += nanos;
    }

    public List<Long> parks() {
        return parks;
    }

    public long parkedTotal() {
        return parks.stream().mapToLong(Long::longValue).sum();
    }
}
