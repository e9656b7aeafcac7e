package io.shiptwin.sim.des;

import java.util.Arrays;

/**
 * A binary min-heap of event slots in primitive arrays: no object per event.
 *
 * <p>Order: time, then priority (lower first), then insertion sequence, so two runs with the same
 * schedule pop the same events in the same order. Each pending event lives in a slot; its handle
 * is {@code generation << 32 | slot}, which makes cancelling a stale handle a safe no-op.
 */
public final class EventQueue {
    public static final int MIN_PRIORITY = Short.MIN_VALUE;
    public static final int MAX_PRIORITY = Short.MAX_VALUE;
    private static final int SEQ_BITS = 47;

    private long[] heapTime;
    private long[] heapKey;
    private int[] heapSlot;
    private int size;

    private Action[] slotAction;
    private int[] slotPos;
    private int[] slotGen;
    private int[] freeSlots;
    private int freeCount;
    private int slotCount;
    private long nextSeq;

    private long poppedTime;
    private long poppedKey;

    public EventQueue(int initialCapacity) {
        int n = Math.max(16, initialCapacity);
        heapTime = new long[n];
        heapKey = new long[n];
        heapSlot = new int[n];
        slotAction = new Action[n];
        slotPos = new int[n];
        slotGen = new int[n];
        freeSlots = new int[n];
    }

    /** Adds an event; returns its handle for {@link #cancel(long)}. */
    public long push(long time, int priority, Action action) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority: must be in [" + MIN_PRIORITY + ", " + MAX_PRIORITY + "], got " + priority);
        }
        int slot = allocateSlot();
        slotAction[slot] = action;
        if (size == heapTime.length) {
            growHeap();
        }
        long key = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | nextSeq++;
        int pos = size++;
        siftUp(pos, time, key, slot);
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** Removes a pending event; false if it already fired or was cancelled. */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotCount || slotGen[slot] != gen || slotPos[slot] < 0) {
            return false;
        }
        int pos = slotPos[slot];
        freeSlot(slot);
        int last = --size;
        if (pos != last) {
            long t = heapTime[last];
            long k = heapKey[last];
            int s = heapSlot[last];
            if (pos > 0 && less(t, k, heapTime[(pos - 1) >>> 1], heapKey[(pos - 1) >>> 1])) {
                siftUp(pos, t, k, s);
            } else {
                siftDown(pos, t, k, s);
            }
        }
        return true;
    }

    /** Removes the earliest event and returns its action; its time is then {@link #poppedTime()}. */
    public Action pop() {
        int slot = heapSlot[0];
        poppedTime = heapTime[0];
        poppedKey = heapKey[0];
        Action action = slotAction[slot];
        freeSlot(slot);
        int last = --size;
        if (last > 0) {
            siftDown(0, heapTime[last], heapKey[last], heapSlot[last]);
        }
        return action;
    }

    public long poppedTime() {
        return poppedTime;
    }

    /** Priority and sequence of the last popped event, packed; stable across identical runs. */
    public long poppedKey() {
        return poppedKey;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public long peekTime() {
        return heapTime[0];
    }

    private static boolean less(long t1, long k1, long t2, long k2) {
        return t1 < t2 || (t1 == t2 && k1 < k2);
    }

    private void siftUp(int pos, long t, long k, int s) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!less(t, k, heapTime[parent], heapKey[parent])) {
                break;
            }
            place(pos, heapTime[parent], heapKey[parent], heapSlot[parent]);
            pos = parent;
        }
        place(pos, t, k, s);
    }

    private void siftDown(int pos, long t, long k, int s) {
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            int right = child + 1;
            if (right < size && less(heapTime[right], heapKey[right], heapTime[child], heapKey[child])) {
                child = right;
            }
            if (!less(heapTime[child], heapKey[child], t, k)) {
                break;
            }
            place(pos, heapTime[child], heapKey[child], heapSlot[child]);
            pos = child;
        }
        place(pos, t, k, s);
    }

    private void place(int pos, long t, long k, int s) {
        heapTime[pos] = t;
        heapKey[pos] = k;
        heapSlot[pos] = s;
        slotPos[s] = pos;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == slotAction.length) {
            int n = slotAction.length * 2;
            slotAction = Arrays.copyOf(slotAction, n);
            slotPos = Arrays.copyOf(slotPos, n);
            slotGen = Arrays.copyOf(slotGen, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        return slotCount++;
    }

    private void freeSlot(int slot) {
        slotAction[slot] = null;
        slotPos[slot] = -1;
        slotGen[slot]++;
        freeSlots[freeCount++] = slot;
    }

    private void growHeap() {
        int n = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, n);
        heapKey = Arrays.copyOf(heapKey, n);
        heapSlot = Arrays.copyOf(heapSlot, n);
    }
}
