package io.shiptwin.model;

import io.shiptwin.model.EquipmentHistoryChunks.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes versions into the chunks of {@value TwinTables#EQUIPMENT_HISTORY} ({@link EquipmentHistoryChunks}): keeps
 * each asset's open chunk in memory, adds versions to it, and on {@link #flush} writes every chunk that changed as
 * one row, however many of its versions changed: a batch of 2,000 versions of seven machines is about seventy rows
 * instead of 2,000.
 *
 * <p>Idempotent, as the twin's sinks must be (docs/adr/0002-consistency.md): a version replayed after a restore replaces
 * the one stored, as the row per version it replaced was overwritten; a chunk holds each version once, in version order
 * whatever order they come in. A chunk not in memory (after a restart, or after {@value #MAX_OPEN_CHUNKS} other
 * chunks pushed it out) is read back, if the table may hold it, before a version is added to it; a chunk after the
 * newest the table held when the writer first wrote the asset, and after every chunk it wrote since, is new and starts
 * empty. One writer per asset at a time: the twin's sink is keyed by asset.
 */
public final class EquipmentHistoryWriter {
    /** Open chunks kept in memory; a quiet asset's chunk is read back from H2 when it is next written. */
    static final int MAX_OPEN_CHUNKS = 4096;

    private static final String LOAD = "SELECT versions FROM " + TwinTables.EQUIPMENT_HISTORY
            + " WHERE asset_id = ? AND first_version = ?";
    private static final String NEWEST = "SELECT MAX(first_version) FROM " + TwinTables.EQUIPMENT_HISTORY
            + " WHERE asset_id = ?";
    private static final String UPSERT = "MERGE INTO " + TwinTables.EQUIPMENT_HISTORY
            + " (asset_id, first_version, last_version, events, min_event_time, max_event_time, versions)"
            + " KEY (asset_id, first_version) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Open chunks by asset and first version, least recently written first. */
    private final LinkedHashMap<ChunkKey, OpenChunk> open = new LinkedHashMap<>(64, 0.75f, true);
    /** Chunks changed since the last flush. */
    private final Set<OpenChunk> changed = new LinkedHashSet<>();
    /**
     * By asset, the first version of the newest chunk the table may hold: what it held when this writer first wrote the
     * asset, or a newer chunk this writer wrote since. A chunk after it is new, with nothing to read back.
     */
    private final Map<String, Long> newestStored = new HashMap<>();
    private long readBacks;
    private final PreparedStatement load;
    private final PreparedStatement newest;
    private final PreparedStatement upsert;
    private final int maxOpenChunks;
    /** Encodes every version through one generator and buffer. */
    private final JsonText versionText = new JsonText(EquipmentHistoryChunks.JSON);
    /** Each changed chunk's JSON array is put together here before it is written: one buffer for all of them. */
    private final StringBuilder chunkText = new StringBuilder(16 * 1024);

    public EquipmentHistoryWriter(Connection c) throws SQLException {
        this(c, MAX_OPEN_CHUNKS);
    }

    EquipmentHistoryWriter(Connection c, int maxOpenChunks) throws SQLException {
        this.load = c.prepareStatement(LOAD);
        this.newest = c.prepareStatement(NEWEST);
        this.upsert = c.prepareStatement(UPSERT);
        this.maxOpenChunks = maxOpenChunks;
    }

    /** Adds a version to its asset's chunk (read back first if it is not in memory); written on {@link #flush}. */
    public void add(Version v) throws SQLException {
        ChunkKey key = new ChunkKey(v.assetId(), EquipmentHistoryChunks.chunkOf(v.version()));
        OpenChunk chunk = open.get(key);
        if (chunk == null) {
            // Even at a chunk's first version: a replay of it must leave the chunk's later versions in place. A chunk
            // after the newest the table may hold is new: a key lookup for every 32nd version was 3 % of the twin's
            // busiest thread (docs/performance.md, fourteenth round).
            chunk = key.first() <= newestStoredFirst(key.assetId()) ? readBack(key) : new OpenChunk(key);
            open.put(key, chunk);
        }
        chunk.add(v.version(), v.eventTimeMillis(), EquipmentHistoryChunks.encode(versionText, v));
        changed.add(chunk);
    }

    /** Writes every chunk changed since the last flush (in the caller's transaction). */
    public void flush() throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        for (OpenChunk chunk : changed) {
            upsert.setString(1, chunk.key.assetId());
            upsert.setLong(2, chunk.key.first());
            upsert.setLong(3, chunk.versions[chunk.size - 1]);
            upsert.setInt(4, chunk.size);
            upsert.setObject(5, EquipmentHistoryChunks.utc(Instant.ofEpochMilli(chunk.minEventTime())));
            upsert.setObject(6, EquipmentHistoryChunks.utc(Instant.ofEpochMilli(chunk.maxEventTime())));
            upsert.setString(7, chunk.json(chunkText));
            upsert.addBatch();
        }
        upsert.executeBatch();
        for (OpenChunk chunk : changed) {
            newestStored.merge(chunk.key.assetId(), chunk.key.first(), Math::max);
            if (chunk.size == EquipmentHistoryChunks.CHUNK_VERSIONS) {
                open.remove(chunk.key); // full: the asset's next version opens the next chunk
            }
        }
        changed.clear();
        for (Iterator<OpenChunk> it = open.values().iterator(); open.size() > maxOpenChunks && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    /** Open chunks in memory (for tests). */
    int openChunks() {
        return open.size();
    }

    /** Chunks looked up in the table before a version was added to them (for tests). */
    long readBacks() {
        return readBacks;
    }

    public void close() throws SQLException {
        load.close();
        newest.close();
        upsert.close();
    }

    /** The first version of the newest chunk of {@code assetId} the table may hold; 0 when it holds none. */
    private long newestStoredFirst(String assetId) throws SQLException {
        Long known = newestStored.get(assetId);
        if (known != null) {
            return known;
        }
        newest.setString(1, assetId);
        long first;
        try (ResultSet rs = newest.executeQuery()) {
            first = rs.next() ? rs.getLong(1) : 0; // MAX of no rows is NULL: getLong gives 0
        }
        newestStored.put(assetId, first);
        return first;
    }

    private OpenChunk readBack(ChunkKey key) throws SQLException {
        readBacks++;
        OpenChunk chunk = new OpenChunk(key);
        load.setString(1, key.assetId());
        load.setLong(2, key.first());
        try (ResultSet rs = load.executeQuery()) {
            if (rs.next()) {
                for (Version v : EquipmentHistoryChunks.decode(key.assetId(), rs.getString(1))) {
                    chunk.add(v.version(), v.eventTimeMillis(), EquipmentHistoryChunks.encode(versionText, v));
                }
            }
        }
        return chunk;
    }

    private record ChunkKey(String assetId, long first) {
    }

    /** The versions of one chunk, oldest first, each already encoded. */
    private static final class OpenChunk {
        final ChunkKey key;
        final long[] versions = new long[EquipmentHistoryChunks.CHUNK_VERSIONS];
        final long[] eventTimes = new long[EquipmentHistoryChunks.CHUNK_VERSIONS];
        final String[] encoded = new String[EquipmentHistoryChunks.CHUNK_VERSIONS];
        int size;

        OpenChunk(ChunkKey key) {
            this.key = key;
        }

        /** Adds a version in its place by version; one already there (replayed after a restore) is replaced. */
        void add(long version, long eventTime, String json) {
            int at = size;
            while (at > 0 && versions[at - 1] > version) {
                at--;
            }
            if (at > 0 && versions[at - 1] == version) {
                at--;
            } else {
                System.arraycopy(versions, at, versions, at + 1, size - at);
                System.arraycopy(eventTimes, at, eventTimes, at + 1, size - at);
                System.arraycopy(encoded, at, encoded, at + 1, size - at);
                size++;
            }
            versions[at] = version;
            eventTimes[at] = eventTime;
            encoded[at] = json;
        }

        long minEventTime() {
            return Arrays.stream(eventTimes, 0, size).min().orElseThrow();
        }

        long maxEventTime() {
            return Arrays.stream(eventTimes, 0, size).max().orElseThrow();
        }

        /** The chunk's versions as a JSON array, put together in {@code s} (emptied first). */
        String json(StringBuilder s) {
            s.setLength(0);
            s.append('[');
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    s.append(',');
                }
                s.append(encoded[i]);
            }
            return s.append(']').toString();
        }
    }
}
