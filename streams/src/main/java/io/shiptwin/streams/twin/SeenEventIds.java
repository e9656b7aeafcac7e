package io.shiptwin.streams.twin;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.time.Duration;
import java.util.Arrays;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.TimerService;

/**
 * The event ids seen under the current key, for de-duplication, in O(1) per event.
 *
 * <p>Time is cut into generations of {@code retention} (aligned to the epoch); ids go into the current
 * generation's set and are looked up in it and the previous one. When a new generation begins, the set
 * two generations back is cleared as a whole. An id is therefore remembered for at least
 * {@code retention} and at most twice that, and the state of a key holds at most two generations of ids.
 *
 * <p>A generation keeps its ids in two places. Most go into a <em>sequence run</em>: an {@code int[]} indexed by
 * the event's sequence number (less the run's first), holding a 32-bit fingerprint of the id's 64-bit XXH3 hash;
 * a source's sequence numbers are consecutive, so that is about 4 to 5 bytes an id. A retransmission carries the
 * id and the sequence number of the original, so it finds the original's slot. An id whose slot is taken (by
 * another source's event under the same key, or a source that started again from 1), whose sequence number lies
 * before the run or far beyond it, goes into the generation's <em>hash set</em> instead: an open-addressing table
 * (linear probing, at most three quarters full) of the 64-bit hashes in one {@code long[]}, 11 to 21 bytes an id.
 * Keys that see one source (telemetry per machine) use the runs almost only; keys that mix sources (a hull's
 * business events) use both. The heap backend snapshots in full, so every checkpoint writes all ids of the
 * retention: as strings that grew past a hundred MB every two seconds in a long demo; as hash sets only, 63 MB
 * after the pipeline bench's 3,000,000 events (a checkpoint every 2 s, median 243 ms); with the runs, 20 MB
 * (median 160 ms) — docs/performance.md, tenth round.
 *
 * <p>A new event is taken for a duplicate by mistake only if an id with the same 64-bit hash is in a hash set
 * (probability about n / 2^64 for n ids) or if another event of the same key, with the same sequence number, had
 * the same 32-bit fingerprint (2^-32 for each such pair; there are none while every source of a key counts up
 * without starting again). Such an event would still be counted and kept as a dropped duplicate, never silently
 * lost.
 *
 * <p>Why not a {@link MapState} with Flink's state TTL: on the heap backend, TTL's incremental cleanup
 * copies a key's whole map on every cleanup step, so with thousands of ids per asset it cost more than
 * everything else in the job (a profile of the pipeline bench showed more than half the CPU there).
 * Clearing a generation at once costs nothing per event.
 *
 * <p>Checkpoints of earlier versions kept the ids as strings in map states ({@code <name>-even/-odd}); a key
 * restored from one moves its ids into the hash sets the first time it is seen, so an upgrade forgets nothing.
 *
 * <p>A key that stops receiving events (a machine switched off for good, a delivered ship) would keep its last
 * two generations for ever, since only its next event clears them. So the function calls {@link #armForgetting}
 * after each {@link #firstSighting} (it registers a processing-time timer once per generation and key, at
 * {@link #forgetAllAtMillis()}) and {@link #forgetIfIdle} from {@code onTimer} for processing-time timers: the
 * key's ids then go when the retention of its newest has run out, events or not.
 *
 * <p>Checkpoints of the version before the runs hold hash sets only; their ids stay in them and are found there.
 *
 * <p>Create it in {@code open()}; call {@link #firstSighting} with the key's context current.
 */
public final class SeenEventIds {
    private static final Hasher64 HASH = Hashing.xxh3_64();
    /** Slots of a new set (a power of two); a set doubles when it is three quarters full. */
    static final int INITIAL_SLOTS = 16;

    private final long generationMillis;
    private final ValueState<long[]> even;
    private final ValueState<long[]> odd;
    private final ValueState<int[]> evenRun;
    private final ValueState<int[]> oddRun;
    private final ValueState<Long> generation;
    private final MapState<String, Boolean> legacyEven;
    private final MapState<String, Boolean> legacyOdd;
    /** Whether the last {@link #firstSighting} began a new generation for its key. */
    private boolean startedGeneration;

    private SeenEventIds(long generationMillis, ValueState<long[]> even, ValueState<long[]> odd, ValueState<int[]> evenRun,
                         ValueState<int[]> oddRun, ValueState<Long> generation,
                         MapState<String, Boolean> legacyEven, MapState<String, Boolean> legacyOdd) {
        this.generationMillis = generationMillis;
        this.even = even;
        this.odd = odd;
        this.evenRun = evenRun;
        this.oddRun = oddRun;
        this.generation = generation;
        this.legacyEven = legacyEven;
        this.legacyOdd = legacyOdd;
    }

    /** The keyed state of the seen ids, named after {@code name} (keep names stable: they are in savepoints). */
    public static SeenEventIds open(RuntimeContext context, String name, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, was " + retention);
        }
        return new SeenEventIds(retention.toMillis(),
                context.getState(new ValueStateDescriptor<>(name + "-even-hashes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)),
                context.getState(new ValueStateDescriptor<>(name + "-odd-hashes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)),
                // Written in blocks, not value by value: the runs are most of what a checkpoint writes.
                context.getState(new ValueStateDescriptor<>(name + "-even-run", BulkIntArraySerializer.INSTANCE)),
                context.getState(new ValueStateDescriptor<>(name + "-odd-run", BulkIntArraySerializer.INSTANCE)),
                context.getState(new ValueStateDescriptor<>(name + "-generation", Long.class)),
                context.getMapState(new MapStateDescriptor<>(name + "-even", String.class, Boolean.class)),
                context.getMapState(new MapStateDescriptor<>(name + "-odd", String.class, Boolean.class)));
    }

    /**
     * Records {@code eventId}, sent with {@code sequence} by its source, as seen at {@code nowMillis} (processing time);
     * true if it was not seen within the retention before, false for a duplicate.
     */
    public boolean firstSighting(String eventId, long sequence, long nowMillis) throws Exception {
        long now = Math.floorDiv(nowMillis, generationMillis);
        Long current = generation.value();
        long[] latestSet = current == null ? null : setOf(current).value();
        if (current != null && latestSet == null) {
            // The current generation's set is never empty once this version has seen the key: a key restored
            // from an earlier version's checkpoint, whose ids are still strings.
            adoptStringIds();
            latestSet = setOf(current).value();
        }
        startedGeneration = current == null || now > current;
        if (startedGeneration) {
            if (current == null || now > current + 1) {
                setOf(now + 1).clear();
                runOf(now + 1).clear();
            }
            // The new generation's set held the generation before the previous one (or nothing). It starts empty,
            // never null, even if only duplicates come in it: null marks a key restored from an earlier version.
            latestSet = newSet(INITIAL_SLOTS);
            setOf(now).update(latestSet);
            runOf(now).clear();
            generation.update(now);
            current = now;
        }
        // A clock that went back stays in the newest generation: nothing is forgotten early.
        long hash = hashOf(eventId);
        int fingerprint = fingerprintOf(hash);
        int[] latestRun = runOf(current).value();
        if (runHas(latestRun, sequence, fingerprint) || contains(latestSet, hash)
                || runHas(runOf(current - 1).value(), sequence, fingerprint) || contains(setOf(current - 1).value(), hash)) {
            return false;
        }
        int[] run = runWith(latestRun, sequence, fingerprint);
        if (run != null) {
            runOf(current).update(run);
        } else {
            setOf(current).update(add(latestSet, hash));
        }
        return true;
    }

    /**
     * After {@link #firstSighting}: if it began a generation, a processing-time timer at {@link #forgetAllAtMillis()}
     * for the current key (a timer of an earlier generation then finds newer ids and leaves them).
     */
    public void armForgetting(TimerService timers) throws Exception {
        if (startedGeneration) {
            timers.registerProcessingTimeTimer(forgetAllAtMillis());
        }
    }

    /**
     * When every id the current key holds has been kept for its retention: the start of the generation after the next
     * one, or {@link Long#MAX_VALUE} for a key with nothing recorded.
     */
    private long forgetAllAtMillis() throws Exception {
        Long current = generation.value();
        return current == null ? Long.MAX_VALUE : (current + 2) * generationMillis;
    }

    /**
     * Clears the current key's ids if {@code nowMillis} is at or past {@link #forgetAllAtMillis()}: its newest generation
     * began two or more generations ago, so every id it holds has been kept for the retention. A key that began a
     * generation since keeps its ids. Returns true if it cleared.
     */
    public boolean forgetIfIdle(long nowMillis) throws Exception {
        if (nowMillis < forgetAllAtMillis()) {
            return false;
        }
        even.clear();
        odd.clear();
        evenRun.clear();
        oddRun.clear();
        legacyEven.clear();
        legacyOdd.clear();
        generation.clear();
        return true;
    }

    /** Moves ids kept as strings by an earlier version (restored from its checkpoint) into the hash sets. */
    private void adoptStringIds() throws Exception {
        for (boolean isEven : new boolean[] {true, false}) {
            MapState<String, Boolean> strings = isEven ? legacyEven : legacyOdd;
            long[] set = null;
            for (String id : strings.keys()) {
                set = add(set, hashOf(id));
            }
            strings.clear();
            (isEven ? even : odd).update(set == null ? newSet(INITIAL_SLOTS) : set);
        }
    }

    private ValueState<long[]> setOf(long generationIndex) {
        return (generationIndex & 1) == 0 ? even : odd;
    }

    private ValueState<int[]> runOf(long generationIndex) {
        return (generationIndex & 1) == 0 ? evenRun : oddRun;
    }

    // ---- the sequence run: run[0..1] = first sequence (high, low int), run[2] = slots used, run[3] = slots filled,
    // ---- run[4..] = fingerprints, 0 = empty -------------------------------------------------------------------------

    /**
     * How far past its end a run grows to take a sequence number, and how many more empty slots than ids it may hold:
     * further gaps go to the hash set, so a source that skips numbers costs at most about 8 bytes an id, as in the set.
     */
    static final int MAX_RUN_GAP = 1024;
    private static final int RUN_HEADER = 4;

    /** The high half of the 64-bit hash, never 0: 0 marks an empty slot. */
    static int fingerprintOf(long hash) {
        int f = (int) (hash >>> 32);
        return f == 0 ? 1 : f;
    }

    static boolean runHas(int[] run, long sequence, int fingerprint) {
        if (run == null) {
            return false;
        }
        long offset = sequence - runStart(run);
        return offset >= 0 && offset < run[2] && run[RUN_HEADER + (int) offset] == fingerprint;
    }

    /**
     * {@code run} (which may be null) with {@code fingerprint} at {@code sequence}: the same array, or a larger one when
     * it grew; null when the run cannot take it (its slot is taken, it lies before the run or more than
     * {@link #MAX_RUN_GAP} past its end, or the run would hold more than {@link #MAX_RUN_GAP} empty slots beyond one
     * for each id).
     */
    static int[] runWith(int[] run, long sequence, int fingerprint) {
        if (run == null) {
            run = new int[RUN_HEADER + 16];
            run[0] = (int) (sequence >>> 32);
            run[1] = (int) sequence;
        }
        long offset = sequence - runStart(run);
        int used = run[2];
        int filled = run[3];
        if (offset < 0 || offset - used > MAX_RUN_GAP || offset + 1 > 2L * (filled + 1) + MAX_RUN_GAP) {
            return null;
        }
        int at = RUN_HEADER + (int) offset;
        if (offset < used) {
            if (run[at] != 0) {
                return null;
            }
        } else {
            if (at >= run.length) {
                run = Arrays.copyOf(run, Math.max(at + 1, RUN_HEADER + (run.length - RUN_HEADER) * 2));
            }
            run[2] = (int) offset + 1;
        }
        run[at] = fingerprint;
        run[3] = filled + 1;
        return run;
    }

    private static long runStart(int[] run) {
        return ((long) run[0] << 32) | (run[1] & 0xFFFFFFFFL);
    }

    // ---- the hash set: set[0] = size, set[1..] = slots (a power of two), 0 = empty ----------------------------

    /** Never 0: 0 marks an empty slot. */
    static long hashOf(String eventId) {
        long h = HASH.hashCharsToLong(eventId);
        return h == 0 ? 1 : h;
    }

    static long[] newSet(int slots) {
        return new long[slots + 1];
    }

    static boolean contains(long[] set, long hash) {
        return set != null && set[find(set, hash)] == hash;
    }

    /** Adds {@code hash} (absent) to {@code set}, which may be null; returns the set, a larger one when it grew. */
    static long[] add(long[] set, long hash) {
        if (set == null) {
            set = newSet(INITIAL_SLOTS);
        }
        long size = set[0];
        if ((size + 1) * 4 > (set.length - 1) * 3L) {
            long[] grown = newSet((set.length - 1) * 2);
            for (int i = 1; i < set.length; i++) {
                if (set[i] != 0) {
                    put(grown, set[i]);
                }
            }
            grown[0] = size;
            set = grown;
        }
        if (put(set, hash)) {
            set[0] = size + 1;
        }
        return set;
    }

    private static boolean put(long[] set, long hash) {
        int i = find(set, hash);
        if (set[i] == hash) {
            return false;
        }
        set[i] = hash;
        return true;
    }

    /** The index in {@code set} that holds {@code hash}, or the empty one where it would go (linear probing). */
    private static int find(long[] set, long hash) {
        int mask = set.length - 2;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            long at = set[i + 1];
            if (at == hash || at == 0) {
                return i + 1;
            }
        }
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
