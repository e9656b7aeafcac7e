package io.shiptwin.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.LineageDepth;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.TwinTables;
import io.shiptwin.model.lifecycle.LifecycleStage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Time travel over the twin's history tables (docs/history-and-lineage.md): the state of an equipment, ship,
 * grand block, block or yard area as of a simulated time, the difference between two times, the bounded lineage
 * of events behind a twin, and the entities related to it.
 *
 * <p>As of T means "after every event whose event time (simulated clock) is at or before T", whatever order the
 * events arrived in: flows are sums of each event's contribution ({@code hull_twin_history.*_delta}), a stage is
 * the one of the latest stage-started event by event time, an equipment channel the value of its latest reading.
 * Aggregates follow the twin graph: a ship's totals are its own plus its grand blocks' and blocks' as of T (as
 * {@code ship_totals} rolls them up live), an area's energy the sum of its equipment's {@code energy_kwh} as of T.
 *
 * <p>One short-lived connection per call, like the other readers of the dashboard.
 */
final class TwinTimeTravel {
    /** Later than any event: "as of now". */
    static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59.999Z");
    static final int MAX_LINEAGE = 1000;
    static final int MAX_DIFF_EVENTS = 50;
    /** How many readings of one equipment an as-of looks back through to find every channel's last value. */
    static final int MAX_READINGS_SCANNED = 5000;
    private static final Pattern MILLIS = Pattern.compile("-?\\d{1,15}");
    private static final String SHIP = "ship";
    private static final String GRAND_BLOCK = "grand-block";
    private static final String BLOCK = "block";
    private static final String ENERGY_CHANNEL = "energy_kwh";

    /** A request parameter that is missing or malformed; {@code parameter} names it for the 400 answer. */
    static final class BadParameter extends IllegalArgumentException {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(parameter + ": " + message);
            this.parameter = parameter;
        }
    }

    /** The identifier asked for is well formed but no twin table knows it (404), with the reason. */
    record Unknown(String reason) {
    }

    /** An entity the inspector can open next, and how it relates to the one shown. */
    public record Related(String id, String kind, String relation) {
    }

    /**
     * The state of an entity as of a time.
     *
     * @param existed false when the entity had no event at or before {@code t}; {@code state} is then null and
     *                {@code reason} says when its first event is
     * @param eventsApplied how many of its events happened at or before {@code t}
     */
    public record Snapshot(String id, String kind, String t, boolean existed, String reason, String firstEventTime,
                           String lastEventTime, long eventsApplied, String lastEventId, Map<String, Object> state) {
    }

    /** The current state (as of the end of time), the entity's time range and its related entities. */
    public record Current(String id, String kind, long version, String firstEventTime, String lastEventTime,
                          Map<String, Object> state, List<Related> related) {
    }

    public record Change(String field, Object from, Object to) {
    }

    /** An event between two times (hull entities), oldest first. */
    public record Event(long version, String eventId, String eventType, String eventTime, String field, String detail) {
    }

    /**
     * @param eventsBetween events with {@code from < event time <= to}
     * @param events        the first {@value #MAX_DIFF_EVENTS} of them for ships and blocks; empty for equipment
     *                      (its readings are in its history)
     */
    public record Diff(String id, String kind, String from, String to, boolean existedAtFrom, boolean existedAtTo,
                       List<Change> changes, long eventsBetween, List<Event> events) {
    }

    /**
     * Where the raw message of an event is: its Kafka record (the twin does not store payloads). {@code read} is the
     * command that prints it, with the broker's address to fill in; null when the record is not known.
     */
    public record Source(String topic, Integer partition, Long offset, String read) {
        static Source of(String topic, Integer partition, Long offset) {
            String read = topic == null || partition == null || offset == null ? null
                    : "kafka-console-consumer.sh --bootstrap-server <kafka> --topic " + topic + " --partition " + partition
                    + " --offset " + offset + " --max-messages 1";
            return new Source(topic, partition, offset, read);
        }
    }

    /** One event of the lineage, with the API and page links of its trace. */
    public record LineageEvent(long version, String eventId, String eventType, String eventTime, String field,
                               String detail, Source source, String trace, String tracer) {
    }

    /** The last events behind a twin, newest first; {@code reason} says why it is empty when it is. */
    public record Lineage(String id, String kind, int count, List<LineageEvent> events, String reason) {
    }

    private final String jdbcUrl;
    private final ObjectMapper json;
    /** N: how many versions an equipment's lineage shows, as the hull twin keeps N in {@code twin_lineage}. */
    private final int lineageDepth;

    /** With N from {@code shiptwin.lineage.depth} of this JVM (the job's JVM too when embedded); refused if malformed. */
    TwinTimeTravel(String jdbcUrl, ObjectMapper json) {
        this(jdbcUrl, json, LineageDepth.configured());
    }

    TwinTimeTravel(String jdbcUrl, ObjectMapper json, int lineageDepth) {
        this.jdbcUrl = jdbcUrl;
        this.json = json;
        this.lineageDepth = LineageDepth.check(lineageDepth);
    }

    // ---- parameters -------------------------------------------------------------------------------------------

    /** The identifier and its kind; throws {@link BadParameter} for {@code id} when malformed. */
    static ObjectKind kindOf(String id) {
        try {
            return ObjectKind.of(Identifier.parse(id));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("id", e.getMessage());
        }
    }

    /** An ISO-8601 instant ({@code 2026-03-02T08:00:00Z}) or epoch milliseconds; required. */
    static Instant time(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw new BadParameter(parameter, "required, missing (an ISO-8601 instant such as 2026-03-02T00:00:00Z,"
                    + " or epoch milliseconds)");
        }
        String t = text.trim();
        if (MILLIS.matcher(t).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "expected an ISO-8601 instant such as 2026-03-02T00:00:00Z or epoch"
                    + " milliseconds, got '" + text + "'");
        }
    }

    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return MAX_LINEAGE;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= MAX_LINEAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter("limit", "expected an integer 1.." + MAX_LINEAGE + ", got '" + text + "'");
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    /** The state as of {@code t}; {@link Unknown} when no twin table knows the identifier. */
    Object asOf(String id, Instant t) throws SQLException {
        ObjectKind kind = kindOf(id);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Optional<Unknown> unknown = unknown(c, id, kind, true);
            if (unknown.isPresent()) {
                return unknown.get();
            }
            return snapshot(c, id, kind, t);
        } catch (SQLException e) {
            return missingTable(e, id);
        }
    }

    /** The current state, time range and related entities; {@link Unknown} when not known. */
    Object current(String id) throws SQLException {
        ObjectKind kind = kindOf(id);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Optional<Unknown> unknown = unknown(c, id, kind, false);
            if (unknown.isPresent()) {
                return unknown.get();
            }
            List<Related> related = related(c, id, kind);
            if (kind == ObjectKind.INSPECTION || kind == ObjectKind.NON_CONFORMANCE) {
                return finding(c, id, kind, related);
            }
            Snapshot now = snapshot(c, id, kind, END_OF_TIME);
            return new Current(id, now.kind(), version(c, id, kind), now.firstEventTime(), now.lastEventTime(), now.state(),
                    related);
        } catch (SQLException e) {
            return missingTable(e, id);
        }
    }

    /** What changed between {@code from} and {@code to}: every field whose value differs, old and new. */
    Object diff(String id, Instant from, Instant to) throws SQLException {
        ObjectKind kind = kindOf(id);
        if (from.isAfter(to)) {
            throw new BadParameter("from", "must not be after to, got from=" + Times.iso(from.toEpochMilli()) + " to="
                    + Times.iso(to.toEpochMilli()));
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Optional<Unknown> unknown = unknown(c, id, kind, true);
            if (unknown.isPresent()) {
                return unknown.get();
            }
            Snapshot a = snapshot(c, id, kind, from);
            Snapshot b = snapshot(c, id, kind, to);
            Map<String, Object> before = flatten(a.state());
            Map<String, Object> after = flatten(b.state());
            Set<String> fields = new LinkedHashSet<>(before.keySet());
            fields.addAll(after.keySet());
            List<Change> changes = new ArrayList<>();
            for (String f : fields) {
                Object x = before.get(f);
                Object y = after.get(f);
                if (!sameValue(x, y)) {
                    changes.add(new Change(f, x, y));
                }
            }
            long between = eventsBetween(c, id, kind, from, to);
            List<Event> events = isHull(kind) ? hullEvents(c, id, from, to) : List.of();
            return new Diff(id, a.kind(), Times.iso(from.toEpochMilli()), Times.iso(to.toEpochMilli()), a.existed(), b.existed(),
                    changes, between, events);
        } catch (SQLException e) {
            return missingTable(e, id);
        }
    }

    /**
     * The last events behind the twin, newest first: for ships, grand blocks and blocks from {@code twin_lineage}; for
     * equipment its last N versions from its history ({@code equipment_history_chunks}, which holds every version with
     * its event and Kafka record, so the twin job does not write them a second time).
     */
    Object lineage(String id, int limit) throws SQLException {
        ObjectKind kind = kindOf(id);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Optional<Unknown> unknown = unknown(c, id, kind, true);
            if (unknown.isPresent()) {
                return unknown.get();
            }
            String label = label(kind);
            if (kind == ObjectKind.YARD_AREA) {
                return new Lineage(id, label, 0, List.of(), "an area is not changed by events of its own: its values come"
                        + " from its equipment, each with its own lineage (see related)");
            }
            if (kind == ObjectKind.EQUIPMENT) {
                return equipmentLineage(c, id, label, Math.min(limit, lineageDepth));
            }
            List<LineageEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version, event_id, event_type, event_time, field, detail,"
                    + " source_topic, source_partition, source_offset FROM " + TwinTables.TWIN_LINEAGE
                    + " WHERE entity_id = ? ORDER BY version DESC LIMIT ?")) {
                ps.setString(1, id);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(lineageEvent(rs, rs.getString("event_type"), rs.getString("field"), rs.getString("detail")));
                    }
                }
            }
            String reason = events.isEmpty() ? "no lineage recorded yet for " + id + " (twin_lineage is written by the"
                    + " twin job for every event it applies)" : null;
            return new Lineage(id, label, events.size(), events, reason);
        } catch (SQLException e) {
            return missingTable(e, id);
        }
    }

    /** One lineage row (version, event_id, event_time and the Kafka record of {@code rs}) with its trace links. */
    private static LineageEvent lineageEvent(ResultSet rs, String eventType, String field, String detail) throws SQLException {
        return lineageEvent(rs.getString("event_id"), rs.getLong("version"), eventType,
                Times.iso(rs.getObject("event_time", OffsetDateTime.class)), field, detail, Source.of(rs.getString("source_topic"),
                        rs.getObject("source_partition", Integer.class), rs.getObject("source_offset", Long.class)));
    }

    private static LineageEvent lineageEvent(String eventId, long version, String eventType, String eventTime, String field,
                                             String detail, Source source) {
        String encoded = java.net.URLEncoder.encode(eventId, java.nio.charset.StandardCharsets.UTF_8);
        return new LineageEvent(version, eventId, eventType, eventTime, field, detail, source,
                "/api/trace?eventId=" + encoded, "#/flow?trace=" + encoded);
    }

    /** An equipment's lineage: one event per version of its history, newest first. */
    private Lineage equipmentLineage(Connection c, String id, String label, int limit) throws SQLException {
        List<LineageEvent> events = new ArrayList<>();
        for (Version v : EquipmentHistoryChunks.newest(c, id, limit)) {
            JsonNode readings = readings(v.readings());
            events.add(lineageEvent(v.eventId(), v.version(), "telemetry", Times.iso(v.eventTime().atOffset(ZoneOffset.UTC)),
                    cut(readingChannels(readings)), cut(readingDetail(readings)),
                    Source.of(v.sourceTopic(), v.sourcePartition(), v.sourceOffset())));
        }
        String reason = events.isEmpty() ? "no lineage recorded yet for " + id + " (an equipment's lineage is its last "
                + lineageDepth + " versions in " + TwinTables.EQUIPMENT_HISTORY + ", written by the twin job for every"
                + " reading it applies)" : null;
        return new Lineage(id, label, events.size(), events, reason);
    }

    /** The channels of a reading in its order, comma-separated: {@code load_t,wind_ms}. */
    static String readingChannels(JsonNode readings) {
        List<String> channels = new ArrayList<>();
        readings.fieldNames().forEachRemaining(channels::add);
        return String.join(",", channels);
    }

    /** A reading as text, every value with three decimals: {@code load_t=12.300 wind_ms=5.000}. */
    static String readingDetail(JsonNode readings) {
        StringBuilder detail = new StringBuilder();
        readings.fields().forEachRemaining(e -> {
            if (!detail.isEmpty()) {
                detail.append(' ');
            }
            detail.append(e.getKey()).append('=').append(fixed3(e.getValue()));
        });
        return detail.toString();
    }

    /** {@code 12.3} as {@code 12.300}, half up (BigDecimal: no exponent, no negative zero); non-numbers as written. */
    static String fixed3(JsonNode value) {
        if (!value.isNumber()) {
            return value.asText();
        }
        return value.decimalValue().setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** Lineage text is at most 1000 characters, as the {@code twin_lineage} columns. */
    private static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "\u2026";
    }

    // ---- existence --------------------------------------------------------------------------------------------

    private Optional<Unknown> unknown(Connection c, String id, ObjectKind kind, boolean needsHistory) throws SQLException {
        switch (kind) {
            case EQUIPMENT -> {
                return exists(c, "SELECT 1 FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?", id) ? Optional.empty()
                        : Optional.of(new Unknown("no equipment twin with identifier '" + id + "'"));
            }
            case SHIP, GRAND_BLOCK, BLOCK -> {
                boolean known = exists(c, "SELECT 1 FROM " + TwinTables.HULL_HISTORY + " WHERE entity_id = ?", id)
                        || exists(c, "SELECT 1 FROM " + TwinTables.HULL_TWIN + " WHERE entity_id = ?", id)
                        || kind == ObjectKind.SHIP && exists(c, "SELECT 1 FROM " + TwinTables.HULL_TWIN + " WHERE ship_id = ?", id);
                return known ? Optional.empty() : Optional.of(new Unknown("no " + label(kind) + " with identifier '" + id
                        + "' in " + TwinTables.HULL_TWIN + " or " + TwinTables.HULL_HISTORY));
            }
            case YARD_AREA -> {
                return areaEquipment(c, id).isEmpty() ? Optional.of(new Unknown("no equipment reports from area '" + id
                        + "' (an area is known by the equipment whose telemetry names it)")) : Optional.empty();
            }
            case INSPECTION, NON_CONFORMANCE -> {
                if (needsHistory) {
                    return Optional.of(new Unknown("a " + label(kind) + " has no history of its own: it is one event on its"
                            + " block; open " + id + " for the block and the event"));
                }
                return exists(c, "SELECT 1 FROM " + TwinTables.HULL_HISTORY + " WHERE subject_id = ?", id) ? Optional.empty()
                        : Optional.of(new Unknown("no " + label(kind) + " with identifier '" + id + "' in "
                        + TwinTables.HULL_HISTORY));
            }
            default -> {
                return Optional.of(new Unknown("no twin keeps objects of kind " + label(kind) + " ('" + id + "'): the"
                        + " inspector knows equipment, ships, grand blocks, blocks, yard areas, inspections and"
                        + " non-conformances"));
            }
        }
    }

    private static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Unknown missingTable(SQLException e, String id) throws SQLException {
        if (TwinTableCounts.isMissingTable(e)) {
            return new Unknown("no twin with identifier '" + id + "': the twin tables are not written yet");
        }
        throw e;
    }

    // ---- snapshots --------------------------------------------------------------------------------------------

    private Snapshot snapshot(Connection c, String id, ObjectKind kind, Instant t) throws SQLException {
        return switch (kind) {
            case EQUIPMENT -> equipment(c, id, t);
            case YARD_AREA -> area(c, id, t);
            default -> hull(c, id, kind, t);
        };
    }

    private Snapshot hull(Connection c, String id, ObjectKind kind, Instant t) throws SQLException {
        OffsetDateTime at = t.atOffset(ZoneOffset.UTC);
        String first = null;
        String last = null;
        long applied = 0;
        String lastEventId = null;
        // A ship's time range and latest event are its whole hull's: its own events and its blocks'.
        String scope = kind == ObjectKind.SHIP ? "ship_id" : "entity_id";
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(event_time), MAX(event_time) FROM "
                + TwinTables.HULL_HISTORY + " WHERE " + scope + " = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    first = Times.iso(rs.getObject(1, OffsetDateTime.class));
                }
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(man_hours_delta), 0),"
                + " COALESCE(SUM(cost_delta), 0), COALESCE(SUM(energy_kwh_delta), 0), COALESCE(SUM(inspections_passed_delta), 0),"
                + " COALESCE(SUM(inspections_failed_delta), 0), COALESCE(SUM(non_conformances_delta), 0),"
                + " COALESCE(MAX(CASE WHEN event_type = 'ship-delivered' THEN 1 ELSE 0 END), 0), MAX(currency)"
                + " FROM " + TwinTables.HULL_HISTORY + " WHERE entity_id = ? AND event_time <= ?")) {
            ps.setString(1, id);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                applied = rs.getLong(1);
                state.put("stage", latestStage(c, "entity_id", id, at));
                state.put("manHours", round(rs.getDouble(2)));
                state.put("costMinorUnits", rs.getLong(3));
                state.put("currency", rs.getString(9));
                state.put("energyKwh", round(rs.getDouble(4)));
                state.put("inspectionsPassed", rs.getLong(5));
                state.put("inspectionsFailed", rs.getLong(6));
                state.put("nonConformancesOpened", rs.getLong(7));
                state.put("delivered", rs.getInt(8) == 1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, event_time FROM " + TwinTables.HULL_HISTORY
                + " WHERE " + scope + " = ? AND event_time <= ? ORDER BY event_time DESC, version DESC LIMIT 1")) {
            ps.setString(1, id);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lastEventId = rs.getString(1);
                    last = Times.iso(rs.getObject(2, OffsetDateTime.class));
                }
            }
        }
        state.put("stages", stages(c, id, at));
        if (kind == ObjectKind.SHIP) {
            state.put("totals", shipTotals(c, id, at));
        }
        if (kind == ObjectKind.SHIP) {
            // A ship is also known through its blocks: it exists as of t when any part of its hull had an event by then.
            applied = ((Number) ((Map<?, ?>) state.get("totals")).get("events")).longValue();
        }
        boolean existed = applied > 0;
        return result(id, label(kind), t, existed, first, last, applied, lastEventId, state);
    }

    private Snapshot result(String id, String kind, Instant t, boolean existed, String first, String last, long applied,
                            String lastEventId, Map<String, Object> state) {
        String shown = t.equals(END_OF_TIME) ? null : Times.iso(t.toEpochMilli());
        if (!existed) {
            String reason = first == null ? id + " has no event in the history yet"
                    : id + " did not exist yet at " + Times.iso(t.toEpochMilli()) + ": its first event is at " + first;
            return new Snapshot(id, kind, shown, false, reason, first, null, 0, null, null);
        }
        return new Snapshot(id, kind, shown, true, null, first, last, applied, lastEventId, state);
    }

    private static String latestStage(Connection c, String column, String id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_stage FROM " + TwinTables.HULL_HISTORY + " WHERE "
                + column + " = ? AND event_type = 'stage-started' AND event_time <= ? ORDER BY event_time DESC, version DESC"
                + " LIMIT 1")) {
            ps.setString(1, id);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Per stage entered by {@code at}, in lifecycle order: the latest start and finish at or before it. */
    private static Map<String, Object> stages(Connection c, String id, OffsetDateTime at) throws SQLException {
        TreeMap<Integer, Map.Entry<String, Map<String, Object>>> ordered = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_stage,"
                + " MAX(CASE WHEN event_type = 'stage-started' THEN event_time END),"
                + " MAX(CASE WHEN event_type = 'stage-finished' THEN event_time END) FROM " + TwinTables.HULL_HISTORY
                + " WHERE entity_id = ? AND event_time <= ? AND event_stage IS NOT NULL GROUP BY event_stage")) {
            ps.setString(1, id);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stage = rs.getString(1);
                    Map<String, Object> span = new LinkedHashMap<>();
                    span.put("startedAt", Times.iso(rs.getObject(2, OffsetDateTime.class)));
                    span.put("finishedAt", Times.iso(rs.getObject(3, OffsetDateTime.class)));
                    ordered.put(ordinal(stage), Map.entry(stage, span));
                }
            }
        }
        Map<String, Object> stages = new LinkedHashMap<>();
        ordered.values().forEach(e -> stages.put(e.getKey(), e.getValue()));
        return stages;
    }

    /** The ship's own flows plus its grand blocks' and blocks', as of {@code at}, and its blocks by stage. */
    private static Map<String, Object> shipTotals(Connection c, String shipId, OffsetDateTime at) throws SQLException {
        Map<String, Object> totals = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(man_hours_delta), 0),"
                + " COALESCE(SUM(CASE WHEN kind <> 'ship' THEN man_hours_delta ELSE 0 END), 0), COALESCE(SUM(cost_delta), 0),"
                + " COALESCE(SUM(energy_kwh_delta), 0), COUNT(DISTINCT CASE WHEN kind = 'block' THEN entity_id END),"
                + " COUNT(DISTINCT CASE WHEN kind = 'grand-block' THEN entity_id END), MAX(currency) FROM "
                + TwinTables.HULL_HISTORY + " WHERE ship_id = ? AND event_time <= ?")) {
            ps.setString(1, shipId);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                totals.put("events", rs.getLong(1));
                totals.put("manHours", round(rs.getDouble(2)));
                totals.put("blocksManHours", round(rs.getDouble(3)));
                totals.put("costMinorUnits", rs.getLong(4));
                totals.put("currency", rs.getString(8));
                totals.put("energyKwh", round(rs.getDouble(5)));
                totals.put("blocks", rs.getLong(6));
                totals.put("grandBlocks", rs.getLong(7));
            }
        }
        TreeMap<Integer, Map.Entry<String, Long>> byStage = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_stage, COUNT(*) FROM (SELECT entity_id, event_stage,"
                + " ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY event_time DESC, version DESC) AS rn FROM "
                + TwinTables.HULL_HISTORY + " WHERE ship_id = ? AND kind = 'block' AND event_type = 'stage-started'"
                + " AND event_time <= ?) latest WHERE rn = 1 GROUP BY event_stage")) {
            ps.setString(1, shipId);
            ps.setObject(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStage.put(ordinal(rs.getString(1)), Map.entry(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        Map<String, Object> stages = new LinkedHashMap<>();
        byStage.values().forEach(e -> stages.put(e.getKey(), e.getValue()));
        totals.put("blocksByStage", stages);
        return totals;
    }

    private Snapshot equipment(Connection c, String id, Instant t) throws SQLException {
        OffsetDateTime at = t.atOffset(ZoneOffset.UTC);
        Map<String, Object> state = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT asset_type, site, area FROM " + TwinTables.EQUIPMENT_TWIN
                + " WHERE asset_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    state.put("assetType", rs.getString(1));
                    state.put("site", rs.getString(2));
                    state.put("area", rs.getString(3));
                }
            }
        }
        String first = EquipmentHistoryChunks.firstEventTime(c, id).map(f -> Times.iso(f.atOffset(ZoneOffset.UTC))).orElse(null);
        long applied = EquipmentHistoryChunks.count(c, id, null, t);
        Set<String> known = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT channel FROM " + TwinTables.EQUIPMENT_CHANNEL
                + " WHERE asset_id = ? ORDER BY channel")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        // The latest reading of each channel as of t: one chunk's worth of the latest versions usually has them all.
        List<Version> latest = EquipmentHistoryChunks.latestAsOf(c, id, t, EquipmentHistoryChunks.CHUNK_VERSIONS);
        Map<String, Object> channels = latestReadings(latest, known);
        if (channels.size() < known.size() && latest.size() == EquipmentHistoryChunks.CHUNK_VERSIONS) {
            latest = EquipmentHistoryChunks.latestAsOf(c, id, t, MAX_READINGS_SCANNED);
            channels = latestReadings(latest, known);
        }
        String last = latest.isEmpty() ? null : Times.iso(latest.get(0).eventTime().atOffset(ZoneOffset.UTC));
        String lastEventId = latest.isEmpty() ? null : latest.get(0).eventId();
        state.put("channels", channels);
        return result(id, label(ObjectKind.EQUIPMENT), t, applied > 0, first, last, applied, lastEventId, state);
    }

    /** Each channel's value in the newest of {@code latest} (newest first) that has it, until every known one is found. */
    private Map<String, Object> latestReadings(List<Version> latest, Set<String> known) {
        Map<String, Object> channels = new TreeMap<>();
        for (int i = 0; i < latest.size(); i++) {
            if (i > 0 && (known.isEmpty() || channels.size() >= known.size())) {
                break; // without known channels (none recorded yet), the newest reading alone
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = readings(latest.get(i).readings()).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                if (r.getValue().isNumber()) {
                    channels.putIfAbsent(r.getKey(), r.getValue().asDouble());
                }
            }
        }
        return channels;
    }

    private Snapshot area(Connection c, String id, Instant t) throws SQLException {
        Map<String, Object> equipment = new TreeMap<>();
        double energy = 0;
        int metered = 0;
        long applied = 0;
        String first = null;
        String last = null;
        String lastEventId = null;
        for (String assetId : areaEquipment(c, id)) {
            Snapshot s = equipment(c, assetId, t);
            if (s.firstEventTime() != null && (first == null || s.firstEventTime().compareTo(first) < 0)) {
                first = s.firstEventTime();
            }
            if (!s.existed()) {
                continue;
            }
            applied += s.eventsApplied();
            if (last == null || s.lastEventTime().compareTo(last) > 0) {
                last = s.lastEventTime();
                lastEventId = s.lastEventId();
            }
            Object kwh = ((Map<?, ?>) s.state().get("channels")).get(ENERGY_CHANNEL);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("assetType", s.state().get("assetType"));
            one.put("energyKwh", kwh);
            equipment.put(assetId, one);
            if (kwh instanceof Double d) {
                energy += d;
                metered++;
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("energyKwh", metered == 0 ? null : round(energy));
        state.put("meteredEquipment", metered);
        state.put("equipment", equipment);
        return result(id, label(ObjectKind.YARD_AREA), t, applied > 0, first, last, applied, lastEventId, state);
    }

    /** The equipment whose telemetry names the area: {@code dock-1} is {@code AREA-DOCK-1}. */
    private static List<String> areaEquipment(Connection c, String areaId) throws SQLException {
        String suffix = Identifier.parse(areaId).suffix();
        String prefix = Identifier.parse(areaId).prefix();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT asset_id, area FROM " + TwinTables.EQUIPMENT_TWIN
                + " ORDER BY asset_id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String assetId = rs.getString(1);
                    if (suffix.equals(areaSuffix(rs.getString(2))) && assetId.startsWith(prefix + "/")) {
                        ids.add(assetId);
                    }
                }
            }
        }
        return ids;
    }

    /** The identifier suffix of an area named in telemetry, as the simulator forms it. */
    static String areaSuffix(String area) {
        String t = area == null ? "" : area.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ObjectKind.YARD_AREA.code() + "-" + (t.isEmpty() ? "X" : t);
    }

    private static long version(Connection c, String id, ObjectKind kind) throws SQLException {
        String sql = switch (kind) {
            case EQUIPMENT -> "SELECT version FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?";
            case YARD_AREA -> null;
            default -> "SELECT MAX(version) FROM " + TwinTables.HULL_HISTORY + " WHERE entity_id = ?";
        };
        if (sql == null) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** An inspection or non-conformance: the event on its block that recorded it. */
    private static Current finding(Connection c, String id, ObjectKind kind, List<Related> related) throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        String time = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, event_id, event_type, event_time, field FROM "
                + TwinTables.HULL_HISTORY + " WHERE subject_id = ? ORDER BY event_time, version LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    time = Times.iso(rs.getObject("event_time", OffsetDateTime.class));
                    state.put("block", rs.getString("entity_id"));
                    state.put("eventId", rs.getString("event_id"));
                    state.put("eventType", rs.getString("event_type"));
                    state.put("eventTime", time);
                    String field = rs.getString("field");
                    state.put("result", "inspections_passed".equals(field) ? "passed"
                            : "inspections_failed".equals(field) ? "failed" : "opened");
                }
            }
        }
        return new Current(id, label(kind), 1, time, time, state, related);
    }

    // ---- related entities -------------------------------------------------------------------------------------

    private List<Related> related(Connection c, String id, ObjectKind kind) throws SQLException {
        List<Related> related = new ArrayList<>();
        switch (kind) {
            case EQUIPMENT -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT area FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            related.add(new Related(Identifier.parse(id).prefix() + "/" + areaSuffix(rs.getString(1)),
                                    label(ObjectKind.YARD_AREA), "installed in area"));
                        }
                    }
                }
            }
            case YARD_AREA -> areaEquipment(c, id).forEach(e -> related.add(new Related(e, label(ObjectKind.EQUIPMENT),
                    "equipment in the area")));
            case SHIP -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, MIN(kind) FROM (SELECT entity_id, kind FROM "
                        + TwinTables.HULL_TWIN + " WHERE ship_id = ? UNION SELECT entity_id, kind FROM " + TwinTables.HULL_HISTORY
                        + " WHERE ship_id = ?) e WHERE kind <> 'ship' GROUP BY entity_id"
                        + " ORDER BY CASE MIN(kind) WHEN 'grand-block' THEN 0 ELSE 1 END, entity_id")) {
                    ps.setString(1, id);
                    ps.setString(2, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            boolean gb = GRAND_BLOCK.equals(rs.getString(2));
                            related.add(new Related(rs.getString(1), rs.getString(2), gb ? "grand block of the ship"
                                    : "block of the ship"));
                        }
                    }
                }
            }
            case GRAND_BLOCK, BLOCK -> {
                String ship = shipOf(id, kind);
                related.add(new Related(ship, SHIP, "ship it belongs to"));
                if (kind == ObjectKind.GRAND_BLOCK) {
                    joinedBlocks(c, id).forEach(b -> related.add(new Related(b, BLOCK,
                            "block joined into it (inferred: started each of its stages with it)")));
                } else {
                    grandBlocksOf(c, id, ship).forEach(g -> related.add(new Related(g, GRAND_BLOCK,
                            "grand block it is joined into (inferred: started each of its stages with it)")));
                    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT subject_id, event_type FROM "
                            + TwinTables.HULL_HISTORY + " WHERE entity_id = ? AND event_type IN ('inspection-recorded',"
                            + " 'non-conformance-opened') ORDER BY event_type, subject_id")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                boolean insp = "inspection-recorded".equals(rs.getString(2));
                                related.add(new Related(rs.getString(1), insp ? label(ObjectKind.INSPECTION)
                                        : label(ObjectKind.NON_CONFORMANCE), insp ? "inspection of the block"
                                        : "non-conformance raised on the block"));
                            }
                        }
                    }
                }
            }
            case INSPECTION, NON_CONFORMANCE -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM " + TwinTables.HULL_HISTORY
                        + " WHERE subject_id = ? ORDER BY entity_id")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            related.add(new Related(rs.getString(1), BLOCK, kind == ObjectKind.INSPECTION
                                    ? "block it inspected" : "block it was raised on"));
                        }
                    }
                }
            }
            default -> {
                // no relations kept for other kinds
            }
        }
        return related;
    }

    private static String shipOf(String id, ObjectKind kind) {
        Identifier i = Identifier.parse(id);
        return ObjectKind.SHIP.identifier(i.prefix(), kind.tokens(i).get(0)).toString();
    }

    /**
     * The blocks joined into a grand block. No event names this relation; the yard reports a grand block's stage
     * events for the grand block and each of its blocks at the same instant, so a block that started every stage
     * the grand block started, at the same time, is one of its blocks.
     */
    private static List<String> joinedBlocks(Connection c, String grandBlock) throws SQLException {
        List<String> blocks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT b.entity_id FROM " + TwinTables.HULL_HISTORY + " g JOIN "
                + TwinTables.HULL_HISTORY + " b ON b.ship_id = g.ship_id AND b.kind = 'block' AND b.event_type = 'stage-started'"
                + " AND b.event_stage = g.event_stage AND b.event_time = g.event_time"
                + " WHERE g.entity_id = ? AND g.event_type = 'stage-started' GROUP BY b.entity_id"
                + " HAVING COUNT(DISTINCT g.version) = (SELECT COUNT(*) FROM " + TwinTables.HULL_HISTORY
                + " WHERE entity_id = ? AND event_type = 'stage-started') ORDER BY b.entity_id")) {
            ps.setString(1, grandBlock);
            ps.setString(2, grandBlock);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(rs.getString(1));
                }
            }
        }
        return blocks;
    }

    /** The inverse of {@link #joinedBlocks}: grand blocks of the ship each of whose stage starts the block shares. */
    private static List<String> grandBlocksOf(Connection c, String block, String ship) throws SQLException {
        List<String> gbs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT g.entity_id FROM " + TwinTables.HULL_HISTORY + " g LEFT JOIN "
                + TwinTables.HULL_HISTORY + " b ON b.entity_id = ? AND b.event_type = 'stage-started'"
                + " AND b.event_stage = g.event_stage AND b.event_time = g.event_time"
                + " WHERE g.ship_id = ? AND g.kind = 'grand-block' AND g.event_type = 'stage-started'"
                + " GROUP BY g.entity_id HAVING COUNT(b.entity_id) = COUNT(*) ORDER BY g.entity_id")) {
            ps.setString(1, block);
            ps.setString(2, ship);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    gbs.add(rs.getString(1));
                }
            }
        }
        return gbs;
    }

    // ---- diff helpers -----------------------------------------------------------------------------------------

    private static long eventsBetween(Connection c, String id, ObjectKind kind, Instant from, Instant to) throws SQLException {
        String sql = switch (kind) {
            case EQUIPMENT, YARD_AREA -> null;
            case SHIP -> "SELECT COUNT(*) FROM " + TwinTables.HULL_HISTORY + " WHERE ship_id = ? AND event_time > ?"
                    + " AND event_time <= ?";
            default -> "SELECT COUNT(*) FROM " + TwinTables.HULL_HISTORY + " WHERE entity_id = ? AND event_time > ?"
                    + " AND event_time <= ?";
        };
        if (kind == ObjectKind.EQUIPMENT) {
            return EquipmentHistoryChunks.count(c, id, from, to);
        }
        if (sql == null) {
            long n = 0;
            for (String e : areaEquipment(c, id)) {
                n += eventsBetween(c, e, ObjectKind.EQUIPMENT, from, to);
            }
            return n;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setObject(2, from.atOffset(ZoneOffset.UTC));
            ps.setObject(3, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Event> hullEvents(Connection c, String id, Instant from, Instant to) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, event_id, event_type, event_time, field, event_stage,"
                + " man_hours_delta, cost_delta, energy_kwh_delta FROM " + TwinTables.HULL_HISTORY
                + " WHERE entity_id = ? AND event_time > ? AND event_time <= ? ORDER BY event_time, version LIMIT "
                + MAX_DIFF_EVENTS)) {
            ps.setString(1, id);
            ps.setObject(2, from.atOffset(ZoneOffset.UTC));
            ps.setObject(3, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String field = rs.getString("field");
                    String detail = rs.getString("event_stage");
                    if (detail == null && field != null) {
                        double d = rs.getDouble("man_hours_delta") + rs.getLong("cost_delta") + rs.getDouble("energy_kwh_delta");
                        detail = d != 0 ? String.format(Locale.ROOT, "%+.2f", d) : "+1";
                    }
                    events.add(new Event(rs.getLong("version"), rs.getString("event_id"), rs.getString("event_type"),
                            Times.iso(rs.getObject("event_time", OffsetDateTime.class)), field, detail));
                }
            }
        }
        return events;
    }

    /** Nested maps become dotted names: {@code stages.CUTTING.startedAt}, {@code channels.load_t}. */
    static Map<String, Object> flatten(Map<String, Object> state) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (state != null) {
            flatten("", state, flat);
        }
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> flat) {
        map.forEach((k, v) -> {
            String name = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> m) {
                flatten(name, m, flat);
            } else {
                flat.put(name, v);
            }
        });
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    private static boolean isHull(ObjectKind kind) {
        return kind == ObjectKind.SHIP || kind == ObjectKind.GRAND_BLOCK || kind == ObjectKind.BLOCK;
    }

    /** The kind as the hull tables and the API name it: {@code block}, {@code grand-block}, {@code area}. */
    static String label(ObjectKind kind) {
        return kind.topicSegment();
    }

    private static int ordinal(String stage) {
        try {
            return LifecycleStage.valueOf(stage).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Sums of doubles are rounded to 1e-6 so that an as-of and the live twin read the same. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private JsonNode readings(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : json.createObjectNode();
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
