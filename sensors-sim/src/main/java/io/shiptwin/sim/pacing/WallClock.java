package io.shiptwin.sim.pacing;

/** The wall clock a {@link Pacer} reads and waits on; tests give it a fake one. */
public interface WallClock {

    long nanoTime();

    /** Waits up to {@code nanos}; may return early (the pacer checks again). */
    void parkNanos(long nanos) throws InterruptedException;

    /** {@link System#nanoTime()} and {@link java.util.concurrent.locks.LockSupport#parkNanos(long)}: no busy-waiting. */
    WallClock SYSTEM = new WallClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void parkNanos(long nanos) throws InterruptedException {
            java.util.concurrent.locks.LockSupport.parkNanos(nanos);
            if (Thread.interrupted()) {
                throw new InterruptedException("pacer interrupted");
            }
        }
    };
}
