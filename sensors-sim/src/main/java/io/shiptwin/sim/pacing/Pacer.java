package io.shiptwin.sim.pacing;

import java.util.Objects;

/**
 * Holds a publishing loop to the wall-clock time its simulated time maps to. The first call anchors
 * the two clocks; after that, simulated time {@code s} is due at wall time
 * {@code wallAnchor + (s - simAnchor) / speed}. A loop that falls behind (a slow broker) is not made to
 * sleep: it publishes at once and catches up, keeping the schedule rather than drifting from it.
 * Not thread-safe: the publishing thread owns it.
 */
public final class Pacer {
    private final double speed;
    private final WallClock clock;
    private boolean anchored;
    private long simAnchorNanos;
    private long wallAnchorNanos;
    private long lagNanos;

    /** @param speed simulated seconds per wall second; {@link Double#POSITIVE_INFINITY} = as fast as possible */
    public Pacer(double speed, WallClock clock) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("pacer.speed: must be > 0 (infinite = as fast as possible), got " + speed);
        }
        this.speed = speed;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Pacer realTime() {
        return new Pacer(1.0, WallClock.SYSTEM);
    }

    public static Pacer atSpeed(double speed) {
        return new Pacer(speed, WallClock.SYSTEM);
    }

    public static Pacer asFastAsPossible() {
        return new Pacer(Double.POSITIVE_INFINITY, WallClock.SYSTEM);
    }

    /** The pacer of a simulated-time pacing mode (not RATE, which counts messages). */
    public static Pacer of(Pacing pacing, WallClock clock) {
        if (!pacing.followsSimulatedTime()) {
            throw new IllegalArgumentException("sim.pacing: '" + pacing + "' is paced by message rate, not by simulated time");
        }
        return new Pacer(pacing.speed(), clock);
    }

    public double speed() {
        return speed;
    }

    public boolean isAsFastAsPossible() {
        return Double.isInfinite(speed);
    }

    /** The wall time ({@link WallClock#nanoTime()} scale) at which {@code simNanos} is due; anchors on first use. */
    public long targetWallNanos(long simNanos) {
        if (!anchored) {
            anchored = true;
            simAnchorNanos = simNanos;
            wallAnchorNanos = clock.nanoTime();
        }
        if (isAsFastAsPossible()) {
            return wallAnchorNanos;
        }
        return wallAnchorNanos + Math.round((simNanos - simAnchorNanos) / speed);
    }

    /** Waits (parking, never spinning) until simulated time {@code simNanos} is due. */
    public void await(long simNanos) throws InterruptedException {
        long target = targetWallNanos(simNanos);
        if (isAsFastAsPossible()) {
            return;
        }
        long now = clock.nanoTime();
        lagNanos = Math.max(0, now - target);
        while (now < target) {
            clock.parkNanos(target - now);
            now = clock.nanoTime();
        }
    }

    /** How late the last {@link #await} found the loop (0 when on time). */
    public long lagNanos() {
        return lagNanos;
    }
}
