package io.shiptwin.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * When one hop of the data path (the simulator publishing, the MQTT broker receiving) last saw the most
 * recent events, by event id: the message tracer's record of the hops that have no table of their own.
 *
 * <p>A ring of the last {@code capacity} events: recording writes two array slots (and the id, read from
 * the envelope without decoding it), so the hot path allocates only the id; a lookup scans the
 * ring, which is fine for the tracer's one request at a time. Thread-safe. An event redelivered or
 * republished is found at its latest time.
 */
public final class HopLog {
    /** Enough for the last minute at 1,000 events/s. */
    public static final int DEFAULT_CAPACITY = 65_536;
    private static final byte[] EVENT_ID_KEY = "\"eventId\":\"".getBytes(StandardCharsets.US_ASCII);
    /** The envelope writes the event id second; a longer search means the payload is not an envelope. */
    private static final int SEARCH_LIMIT = 256;

    private final String[] ids;
    private final long[] times;
    private int next;

    public HopLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be >= 1, got " + capacity);
        }
        this.ids = new String[capacity];
        this.times = new long[capacity];
    }

    public HopLog() {
        this(DEFAULT_CAPACITY);
    }

    /** Records that the hop saw {@code eventId} at {@code epochMillis} (wall clock). */
    public synchronized void record(String eventId, long epochMillis) {
        ids[next] = eventId;
        times[next] = epochMillis;
        next = next + 1 == ids.length ? 0 : next + 1;
    }

    /**
     * Records the envelope's event id, or every envelope's of a gateway's batch ({@link TelemetryBatch}); a payload
     * that is no envelope (no event id near its start) is ignored. The buffer's position is left unchanged.
     */
    public void record(ByteBuffer payload, long epochMillis) {
        if (payload.hasArray()) {
            record(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining(), epochMillis);
            return;
        }
        // A broker's payload is off-heap: one bulk copy, then a scan of a byte[] the JIT compiles without a bounds check
        // per byte. Reading it byte by byte through the buffer took a fifth of a core at 20,000 events/s (top, bench).
        byte[] copy = new byte[payload.remaining()];
        payload.get(payload.position(), copy);
        record(copy, 0, copy.length, epochMillis);
    }

    public void record(byte[] payload, long epochMillis) {
        record(payload, 0, payload.length, epochMillis);
    }

    private void record(byte[] payload, int offset, int length, long epochMillis) {
        int end = offset + length;
        if (!TelemetryBatch.isBatch(ByteBuffer.wrap(payload, offset, length))) {
            String id = leadingEventId(payload, offset, end);
            if (id != null) {
                record(id, epochMillis);
            }
            return;
        }
        for (int key = indexOfKey(payload, offset, end); key >= 0; key = indexOfKey(payload, key + EVENT_ID_KEY.length, end)) {
            String id = idAt(payload, key + EVENT_ID_KEY.length, end);
            if (id != null) {
                record(id, epochMillis);
            }
        }
    }

    /** The latest time the hop saw the event, empty when it did not or the event has left the ring. */
    public synchronized OptionalLong timeOf(String eventId) {
        for (int k = 1; k <= ids.length; k++) {
            int i = Math.floorMod(next - k, ids.length);
            if (ids[i] == null) {
                return OptionalLong.empty();
            }
            if (ids[i].equals(eventId)) {
                return OptionalLong.of(times[i]);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The {@code eventId} of an envelope as {@link EnvelopeCodec} writes it, read from the raw bytes (from the
     * buffer's position, which is left unchanged); null when there is none within the first bytes.
     */
    public static String peekEventId(ByteBuffer payload) {
        byte[] head = new byte[Math.min(payload.remaining(), SEARCH_LIMIT + EnvelopeCodec.MAX_ID_LENGTH + 1)];
        payload.get(payload.position(), head);
        return leadingEventId(head, 0, head.length);
    }

    /** The event id of the envelope in {@code [offset, end)}, when its key starts within the search window. */
    private static String leadingEventId(byte[] payload, int offset, int end) {
        int key = indexOfKey(payload, offset, Math.min(end, offset + SEARCH_LIMIT));
        return key < 0 ? null : idAt(payload, key + EVENT_ID_KEY.length, end);
    }

    /** The index of the first {@code "eventId":"} that starts in {@code [from, end)} and fits before {@code end}, or -1. */
    private static int indexOfKey(byte[] payload, int from, int end) {
        int last = end - EVENT_ID_KEY.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (payload[i] != '"') {
                continue;
            }
            for (int k = 1; k < EVENT_ID_KEY.length; k++) {
                if (payload[i + k] != EVENT_ID_KEY[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The id that starts at {@code from} and ends at the next quote; null when empty, escaped or too long. */
    private static String idAt(byte[] payload, int from, int end) {
        int max = Math.min(end, from + EnvelopeCodec.MAX_ID_LENGTH + 1);
        for (int j = from; j < max; j++) {
            byte b = payload[j];
            if (b == '"') {
                return j == from ? null : new String(payload, from, j - from, StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                return null; // an escaped id is not one the codec writes; leave it to the real decoder
            }
        }
        return null;
    }
}
