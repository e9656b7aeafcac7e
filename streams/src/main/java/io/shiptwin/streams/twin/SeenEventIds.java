package io.shiptwin.streams.twin;

import java.time.Duration;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * The event ids seen under the current key, for de-duplication, in O(1) per event.
 *
 * <p>Time is cut into generations of {@code retention} (aligned to the epoch); ids go into the current
 * generation's set and are looked up in it and the previous one. When a new generation begins, the set
 * two generations back is cleared as a whole. An id is therefore remembered for at least
 * {@code retention} and at most twice that, and the state of a key holds at most two generations of ids.
 *
 * <p>Why not a {@link MapState} with Flink's state TTL: on the heap backend, TTL's incremental cleanup
 * copies a key's whole map on every cleanup step, so with thousands of ids per asset it cost more than
 * everything else in the job (a profile of the pipeline bench showed more than half the CPU there).
 * Clearing a generation at once costs nothing per event.
 *
 * <p>Create it in {@code open()}; call {@link #firstSighting} with the key's context current.
 */
public final class SeenEventIds {
    private final long generationMillis;
    private final MapState<String, Boolean> even;
    private final MapState<String, Boolean> odd;
    private final ValueState<Long> generation;

    private SeenEventIds(long generationMillis, MapState<String, Boolean> even, MapState<String, Boolean> odd,
                         ValueState<Long> generation) {
        this.generationMillis = generationMillis;
        this.even = even;
        this.odd = odd;
        this.generation = generation;
    }

    /** The keyed state of the seen ids, named after {@code name} (keep names stable: they are in savepoints). */
    public static SeenEventIds open(RuntimeContext context, String name, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, was " + retention);
        }
        return new SeenEventIds(retention.toMillis(),
                context.getMapState(new MapStateDescriptor<>(name + "-even", String.class, Boolean.class)),
                context.getMapState(new MapStateDescriptor<>(name + "-odd", String.class, Boolean.class)),
                context.getState(new ValueStateDescriptor<>(name + "-generation", Long.class)));
    }

    /**
     * Records {@code eventId} as seen at {@code nowMillis} (processing time); true if it was not seen
     * within the retention before, false for a duplicate.
     */
    public boolean firstSighting(String eventId, long nowMillis) throws Exception {
        long now = Math.floorDiv(nowMillis, generationMillis);
        Long current = generation.value();
        if (current == null || now > current) {
            if (current == null || now > current + 1) {
                even.clear();
                odd.clear();
            } else {
                setOf(now).clear(); // it held the generation before the previous one
            }
            generation.update(now);
            current = now;
        }
        // A clock that went back stays in the newest generation: nothing is forgotten early.
        MapState<String, Boolean> latest = setOf(current);
        if (latest.contains(eventId) || setOf(current - 1).contains(eventId)) {
            return false;
        }
        latest.put(eventId, Boolean.TRUE);
        return true;
    }

    private MapState<String, Boolean> setOf(long generationIndex) {
        return (generationIndex & 1) == 0 ? even : odd;
    }
}
