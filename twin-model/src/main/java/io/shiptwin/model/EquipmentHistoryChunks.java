package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every version of every machine's twin, kept in {@value TwinTables#EQUIPMENT_HISTORY}: one row per asset and chunk of
 * {@value #CHUNK_VERSIONS} consecutive versions (versions 1-32 in one row, 33-64 in the next, ...), the versions as a
 * JSON array, oldest first.
 *
 * <p>Why chunks: a row per version cost H2 about 17 µs (its row map, the key and two indexes, each a copy-on-write
 * B-tree, and a commit that visits every changed row again), on the one thread that applies telemetry to the twin —
 * about half of what that thread could do (docs/performance.md, ninth round). A chunk row is written once per batch
 * and asset however many versions it gained. The price is paid by readers, which unfold chunks in Java: this class
 * answers what they ask (the newest versions, a time range, the state as of a time, an event by its id).
 *
 * <p>Each version is the JSON object {@link #encode} writes: {@code {"version":7,"eventId":"…","eventTime":…,
 * "readings":{"load_t":12.3},"sourceTopic":"…","sourcePartition":0,"sourceOffset":42,"bridgeReceivedAt":…,
 * "kafkaAppendedAt":…,"twinUpdatedAt":…}}, times in epoch milliseconds, trace fields absent when unknown.
 */
public final class EquipmentHistoryChunks {
    /** Versions per chunk. At most 64 channels a reading keep a full chunk well under a megabyte. */
    public static final int CHUNK_VERSIONS = 32;

    static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** What the readers that unfold whole chunks need; the others read headers ({@link #headers}) and bodies ({@link #BODY}). */
    private static final String COLUMNS = "asset_id, versions";
    private static final String BODY = "SELECT versions FROM " + TwinTables.EQUIPMENT_HISTORY
            + " WHERE asset_id = ? AND first_version = ?";

    private EquipmentHistoryChunks() {
    }

    /**
     * One version of an equipment twin: the event applied and where it was seen on its way (null when unknown).
     *
     * @param readings the event's readings as a JSON object, {@code {"load_t":12.3,"wind_ms":5.0}}
     */
    public record Version(String assetId, long version, String eventId, long eventTimeMillis, String readings,
                          String sourceTopic, Integer sourcePartition, Long sourceOffset, Long bridgeReceivedMillis,
                          Long kafkaAppendedMillis, long twinUpdatedMillis) {
        public Instant eventTime() {
            return Instant.ofEpochMilli(eventTimeMillis);
        }
    }

    /** The first version of the chunk that holds {@code version} (versions count from 1). */
    public static long chunkOf(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1, got " + version);
        }
        return (version - 1) / CHUNK_VERSIONS * CHUNK_VERSIONS + 1;
    }

    /** The JSON object a chunk holds for one version (without the asset id, which is the row's). */
    public static String encode(Version v) {
        return encode(new JsonText(JSON), v);
    }

    /**
     * As {@link #encode(Version)}, through {@code text}'s generator and buffer, which it keeps from one version to the
     * next: for the history's writer, which encodes every version of every machine.
     */
    public static String encode(JsonText text, Version v) {
        JsonGenerator g = text.begin();
        try {
            g.writeStartObject();
            g.writeNumberField("version", v.version());
            g.writeStringField("eventId", v.eventId());
            g.writeNumberField("eventTime", v.eventTimeMillis());
            g.writeFieldName("readings");
            g.writeRawValue(v.readings());
            if (v.sourceTopic() != null) {
                g.writeStringField("sourceTopic", v.sourceTopic());
            }
            if (v.sourcePartition() != null) {
                g.writeNumberField("sourcePartition", v.sourcePartition());
            }
            if (v.sourceOffset() != null) {
                g.writeNumberField("sourceOffset", v.sourceOffset());
            }
            if (v.bridgeReceivedMillis() != null) {
                g.writeNumberField("bridgeReceivedAt", v.bridgeReceivedMillis());
            }
            if (v.kafkaAppendedMillis() != null) {
                g.writeNumberField("kafkaAppendedAt", v.kafkaAppendedMillis());
            }
            g.writeNumberField("twinUpdatedAt", v.twinUpdatedMillis());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.end();
    }

    /** The versions of a chunk's {@code versions} column, oldest first. */
    public static List<Version> decode(String assetId, String versions) {
        JsonNode array;
        try {
            array = MAPPER.readTree(versions);
        } catch (IOException e) {
            throw new IllegalStateException(TwinTables.EQUIPMENT_HISTORY + ": the chunk of " + assetId
                    + " is not a JSON array of versions: " + e.getMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException(TwinTables.EQUIPMENT_HISTORY + ": the chunk of " + assetId
                    + " is not a JSON array of versions");
        }
        List<Version> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            out.add(new Version(assetId, v.path("version").asLong(), v.path("eventId").asText(),
                    v.path("eventTime").asLong(), v.path("readings").toString(), text(v, "sourceTopic"),
                    v.has("sourcePartition") ? v.get("sourcePartition").asInt() : null, number(v, "sourceOffset"),
                    number(v, "bridgeReceivedAt"), number(v, "kafkaAppendedAt"), v.path("twinUpdatedAt").asLong()));
        }
        return out;
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Long number(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asLong();
    }

    /** The newest {@code limit} versions of an asset, newest first. */
    public static List<Version> newest(Connection c, String assetId, int limit) throws SQLException {
        return between(c, assetId, null, null, limit);
    }

    /**
     * The newest {@code limit} versions of an asset whose event time lies in {@code [from, to]} (either end null: open),
     * newest version first.
     */
    public static List<Version> between(Connection c, String assetId, Instant from, Instant to, int limit) throws SQLException {
        List<Version> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        List<ChunkHeader> chunks = headers(c, assetId, from, to);
        try (PreparedStatement body = c.prepareStatement(BODY)) {
            for (ChunkHeader h : chunks) {
                List<Version> chunk = body(body, assetId, h.first());
                for (int k = chunk.size() - 1; k >= 0; k--) {
                    Version v = chunk.get(k);
                    if ((from == null || v.eventTimeMillis() >= from.toEpochMilli())
                            && (to == null || v.eventTimeMillis() <= to.toEpochMilli())) {
                        out.add(v);
                        if (out.size() == limit) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The {@code limit} versions of an asset with the latest event times at or before {@code at}: ordered by event
     * time, newest first, and by version where event times are equal — the readings a twin had "as of" that time,
     * when events arrived out of order.
     */
    public static List<Version> latestAsOf(Connection c, String assetId, Instant at, int limit) throws SQLException {
        Comparator<Version> newestFirst = Comparator.comparingLong(Version::eventTimeMillis)
                .thenComparingLong(Version::version).reversed();
        List<Version> best = new ArrayList<>();
        try (PreparedStatement body = c.prepareStatement(BODY)) {
            for (ChunkHeader h : headers(c, assetId, null, at)) {
                // Older chunks hold only lower versions: once `limit` versions are found, a chunk whose latest event
                // time is not after the worst of them cannot improve the answer.
                if (best.size() >= limit && h.maxEventMillis() <= best.get(best.size() - 1).eventTimeMillis()) {
                    break;
                }
                for (Version v : body(body, assetId, h.first())) {
                    if (v.eventTimeMillis() <= at.toEpochMilli()) {
                        best.add(v);
                    }
                }
                best.sort(newestFirst);
                if (best.size() > limit) {
                    best.subList(limit, best.size()).clear();
                }
            }
        }
        return best;
    }

    /** How many versions of an asset have an event time after {@code after} (null: any) and at or before {@code to}. */
    public static long count(Connection c, String assetId, Instant after, Instant to) throws SQLException {
        long n = 0;
        try (PreparedStatement body = c.prepareStatement(BODY)) {
            for (ChunkHeader h : headers(c, assetId, after, to)) {
                boolean whole = h.maxEventMillis() <= to.toEpochMilli() && (after == null || h.minEventMillis() > after.toEpochMilli());
                if (whole) {
                    n += h.events();
                    continue;
                }
                for (Version v : body(body, assetId, h.first())) {
                    if (v.eventTimeMillis() <= to.toEpochMilli() && (after == null || v.eventTimeMillis() > after.toEpochMilli())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** What a chunk holds, without its versions: read from the covering index alone. */
    private record ChunkHeader(long first, int events, long minEventMillis, long maxEventMillis) {
    }

    /**
     * The headers of an asset's chunks with a version that may lie in {@code [from, to]} (either end null: open),
     * newest first. H2 answers this from the index on (asset_id, first_version DESC, min_event_time, max_event_time,
     * events) without reading a chunk's versions — 24 ms for a million versions of seven machines, against 1.5 s
     * when it read the rows — and uses that index only for {@code ORDER BY asset_id, first_version DESC}.
     */
    private static List<ChunkHeader> headers(Connection c, String assetId, Instant from, Instant to) throws SQLException {
        List<ChunkHeader> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT first_version, events, min_event_time, max_event_time FROM "
                + TwinTables.EQUIPMENT_HISTORY + " WHERE asset_id = ?" + (from == null ? "" : " AND max_event_time >= ?")
                + (to == null ? "" : " AND min_event_time <= ?") + " ORDER BY asset_id, first_version DESC")) {
            int i = 1;
            ps.setString(i++, assetId);
            if (from != null) {
                ps.setObject(i++, utc(from));
            }
            if (to != null) {
                ps.setObject(i, utc(to));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChunkHeader(rs.getLong(1), rs.getInt(2), millis(rs, "min_event_time"), millis(rs, "max_event_time")));
                }
            }
        }
        return out;
    }

    private static List<Version> body(PreparedStatement body, String assetId, long first) throws SQLException {
        body.setString(1, assetId);
        body.setLong(2, first);
        try (ResultSet rs = body.executeQuery()) {
            return rs.next() ? decode(assetId, rs.getString(1)) : List.of();
        }
    }

    /** The earliest event time of any version of an asset; empty when it has none. */
    public static Optional<Instant> firstEventTime(Connection c, String assetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(min_event_time) FROM " + TwinTables.EQUIPMENT_HISTORY
                + " WHERE asset_id = ?")) {
            ps.setString(1, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
            }
        }
    }

    /**
     * Every version, of any asset, that applied the event with this id, ordered by asset and version. No index leads
     * to an event id: the chunks' text is searched, so the cost grows with the history (about 1.4 s per million
     * versions on the reference machine).
     */
    public static List<Version> withEventId(Connection c, String eventId) throws SQLException {
        String needle = "\"eventId\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(eventId)) + "\",";
        List<Version> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TwinTables.EQUIPMENT_HISTORY
                + " WHERE LOCATE(?, versions) > 0 ORDER BY asset_id, first_version")) {
            ps.setString(1, needle);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (Version v : decode(rs.getString("asset_id"), rs.getString("versions"))) {
                        if (v.eventId().equals(eventId)) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Hands every version of chunks with an event at or after {@code since} (null: all) to {@code each}, by asset and
     * version; versions before {@code since} in those chunks are handed too (callers filter what they need).
     */
    public static void forEachSince(Connection c, Instant since, Consumer<Version> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TwinTables.EQUIPMENT_HISTORY
                + (since == null ? "" : " WHERE max_event_time >= ?") + " ORDER BY asset_id, first_version")) {
            if (since != null) {
                ps.setObject(1, utc(since));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    decode(rs.getString("asset_id"), rs.getString("versions")).forEach(each);
                }
            }
        }
    }

    /** Every version of one asset, oldest first: for tests and small assets (the whole history in memory). */
    public static List<Version> all(Connection c, String assetId) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TwinTables.EQUIPMENT_HISTORY
                + " WHERE asset_id = ? ORDER BY first_version")) {
            ps.setString(1, assetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.addAll(decode(assetId, rs.getString("versions")));
                }
            }
        }
        return out;
    }

    private static long millis(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
