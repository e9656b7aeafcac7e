package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.shiptwin.model.TwinTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quality half of the Quality &amp; maintenance view: the open non-conformances
 * ({@code /api/quality/nonconformances}, {@code .csv}) and the defect and rework rates per welding station
 * ({@code /api/quality/stations}, {@code .csv}). A bad parameter is a 400 whose {@code error} names it and whose
 * {@code reason} is {@code bad-parameter}.
 *
 * <p>The inspection behind each non-conformance (its id, method and severity) is only in the raw messages: it is read
 * from Kafka ({@link RawMessages}) once per non-conformance and kept, as a raw message never changes. When Kafka does not
 * answer, the list still comes from H2 and {@code details} says why those columns are empty; Kafka is then not asked
 * again for {@link #KAFKA_RETRY_MILLIS}.
 */
final class QualityApi {
    static final long KAFKA_RETRY_MILLIS = 10_000;
    private static final int MAX_KEPT = 10_000;
    static final List<String> SORTS = List.of("station", "defectRate", "reworkRate", "openNonConformances");

    /** What the raw messages tell about one non-conformance. */
    record Inspection(String inspectionId, String method, String severity, String description) {
    }

    /** A welding station's defect and rework rates with its open non-conformances. */
    public record Station(String station, long blocks, long blocksInspected, long inspections, long failedInspections,
                          Double defectRate, long blocksReworked, Double reworkRate, long openNonConformances,
                          long dftInspections, Double dftCompliance, Double outOfWindowRate) {
    }

    /** {@code openWithoutStation}: open non-conformances on blocks whose welding station is not known. */
    public record StationList(List<Station> stations, long openWithoutStation, String sort) {
    }

    private final NonConformances nonConformances;
    private final WeldStations weldStations;
    private final RawMessages raw;
    private final String jdbcUrl;
    private final Map<String, Inspection> inspections = new ConcurrentHashMap<>();
    private volatile long kafkaDownUntil;
    private volatile String kafkaDownReason;

    QualityApi(NonConformances nonConformances, WeldStations weldStations, RawMessages raw, String jdbcUrl) {
        this.nonConformances = nonConformances;
        this.weldStations = weldStations;
        this.raw = raw;
        this.jdbcUrl = jdbcUrl;
    }

    /** {@code ?ship=&limit=}: the open non-conformances, oldest first, with the counts. */
    void nonConformances(Context ctx) throws SQLException {
        NonConformances.OpenList list = openList(ctx);
        if (list != null) {
            ctx.json(list);
        }
    }

    void nonConformancesCsv(Context ctx) throws SQLException {
        NonConformances.OpenList list = openList(ctx);
        if (list == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "non_conformance_id", "block_id", "ship_id", "station", "area", "block_stage", "opened_at",
                "opened_by_event_id", "inspection_id", "inspection_method", "severity", "description", "source_topic",
                "source_partition", "source_offset", "welding_unit", "suspected_cause");
        for (NonConformances.Open o : list.nonConformances()) {
            CsvExport.row(out, o.nonConformanceId(), o.blockId(), o.shipId(), o.station(), o.area(), o.blockStage(), o.openedAt(),
                    o.openedByEventId(), o.inspectionId(), o.inspectionMethod(), o.severity(), o.description(),
                    o.source().topic(), o.source().partition(), o.source().offset(), o.weldingUnit(), o.suspectedCause());
        }
        csv(ctx, "open-non-conformances.csv", out);
    }

    /** {@code ?sort=station|defectRate|reworkRate|openNonConformances}: rates per welding station. */
    void stations(Context ctx) throws SQLException {
        StationList list = stationList(ctx);
        if (list != null) {
            ctx.json(list);
        }
    }

    void stationsCsv(Context ctx) throws SQLException {
        StationList list = stationList(ctx);
        if (list == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "station", "blocks", "blocks_inspected", "inspections", "failed_inspections", "defect_rate",
                "blocks_reworked", "rework_rate", "open_non_conformances", "dft_inspections", "dft_compliance", "out_of_window_rate");
        for (Station s : list.stations()) {
            CsvExport.row(out, s.station(), s.blocks(), s.blocksInspected(), s.inspections(), s.failedInspections(), s.defectRate(),
                    s.blocksReworked(), s.reworkRate(), s.openNonConformances(), s.dftInspections(), s.dftCompliance(),
                    s.outOfWindowRate());
        }
        csv(ctx, "quality-stations.csv", out);
    }

    private NonConformances.OpenList openList(Context ctx) throws SQLException {
        NonConformances.Query q;
        try {
            q = NonConformances.Query.parse(ctx.queryParam("ship"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            badRequest(ctx, e.getMessage());
            return null;
        }
        return withInspections(nonConformances.open(q));
    }

    private StationList stationList(Context ctx) throws SQLException {
        String sort = ctx.queryParam("sort");
        String s = sort == null || sort.isBlank() ? "station" : sort.trim();
        if (!SORTS.contains(s)) {
            badRequest(ctx, "sort: must be one of " + SORTS + ", got '" + sort + "'");
            return null;
        }
        Map<String, Long> open = nonConformances.open(new NonConformances.Query(null, 1)).openByStation();
        List<Station> stations = new ArrayList<>();
        for (WeldStations.Station w : weldStations.read().stations()) {
            stations.add(new Station(w.workCentre(), w.blocks(), w.blocksInspected(), w.inspections(), w.failedInspections(),
                    w.defectRate(), w.blocksFailed(), w.reworkRate(), open.getOrDefault(w.workCentre(), 0L), w.dftInspections(),
                    w.dftCompliance(), w.outOfWindowRate()));
        }
        Comparator<Double> rate = Comparator.nullsLast(Comparator.reverseOrder());
        Comparator<Station> order = switch (s) {
            case "defectRate" -> Comparator.comparing(Station::defectRate, rate);
            case "reworkRate" -> Comparator.comparing(Station::reworkRate, rate);
            case "openNonConformances" -> Comparator.comparingLong(Station::openNonConformances).reversed();
            default -> (a, b) -> 0;
        };
        stations.sort(order.thenComparing(Station::station));
        long known = stations.stream().mapToLong(Station::openNonConformances).sum();
        long all = open.values().stream().mapToLong(Long::longValue).sum();
        return new StationList(stations, all - known, s);
    }

    /** Fills inspection, method and severity from the raw messages (kept once read). */
    private NonConformances.OpenList withInspections(NonConformances.OpenList list) throws SQLException {
        List<NonConformances.Open> missing = list.nonConformances().stream()
                .filter(o -> !inspections.containsKey(o.nonConformanceId()) && o.source().raw() != null).toList();
        String details = "kafka";
        if (!missing.isEmpty()) {
            if (System.currentTimeMillis() < kafkaDownUntil) {
                details = kafkaDownReason;
            } else {
                try {
                    readInspections(missing);
                } catch (RawMessages.NotRead e) {
                    kafkaDownReason = "inspection, method and severity not shown: " + e.getMessage();
                    kafkaDownUntil = System.currentTimeMillis() + KAFKA_RETRY_MILLIS;
                    details = kafkaDownReason;
                }
            }
        }
        List<NonConformances.Open> out = new ArrayList<>();
        for (NonConformances.Open o : list.nonConformances()) {
            Inspection i = inspections.get(o.nonConformanceId());
            out.add(i == null ? o : o.withInspection(i.inspectionId(), i.method(), i.severity(), i.description()));
        }
        return list.withDetails(out, details);
    }

    private void readInspections(List<NonConformances.Open> ncs) throws RawMessages.NotRead, SQLException {
        Map<RawMessages.Location, NonConformances.Open> byLocation = new LinkedHashMap<>();
        for (NonConformances.Open o : ncs) {
            byLocation.put(new RawMessages.Location(o.source().topic(), o.source().partition(), o.source().offset()), o);
        }
        Map<RawMessages.Location, RawMessages.RawMessage> ncMessages = raw.readAll(byLocation.keySet());
        Map<String, JsonNode> ncBodies = new LinkedHashMap<>();
        ncMessages.forEach((l, m) -> {
            if (m.payload() instanceof JsonNode node && node.path("body").isObject()) {
                ncBodies.put(byLocation.get(l).nonConformanceId(), node.get("body"));
            }
        });
        Map<String, String> inspectionOf = new LinkedHashMap<>();
        ncBodies.forEach((nc, body) -> inspectionOf.put(nc, body.path("inspection").asText(null)));
        Map<String, RawMessages.Location> inspectionSources = inspectionSources(inspectionOf.values());
        Map<RawMessages.Location, RawMessages.RawMessage> inspectionMessages = raw.readAll(inspectionSources.values());
        ncBodies.forEach((nc, body) -> {
            String inspection = inspectionOf.get(nc);
            RawMessages.Location at = inspection == null ? null : inspectionSources.get(inspection);
            RawMessages.RawMessage m = at == null ? null : inspectionMessages.get(at);
            String method = m != null && m.payload() instanceof JsonNode node ? node.path("body").path("method").asText(null) : null;
            if (inspections.size() > MAX_KEPT) {
                inspections.clear();
            }
            inspections.put(nc, new Inspection(inspection, method, body.path("severity").asText(null),
                    body.path("description").asText(null)));
        });
    }

    /** Where each inspection's raw message is, from the block twin's history. */
    private Map<String, RawMessages.Location> inspectionSources(java.util.Collection<String> inspectionIds) throws SQLException {
        Map<String, RawMessages.Location> out = new LinkedHashMap<>();
        List<String> ids = inspectionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return out;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement ps = c.prepareStatement("SELECT subject_id, source_topic, source_partition, source_offset FROM "
                     + TwinTables.HULL_HISTORY + " WHERE subject_id = ANY(?) AND source_topic IS NOT NULL")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new RawMessages.Location(rs.getString(2), rs.getInt(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static void csv(Context ctx, String file, StringBuilder body) {
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(body.toString());
    }

    static void badRequest(Context ctx, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("reason", "bad-parameter");
        ctx.status(HttpStatus.BAD_REQUEST).json(body);
    }
}
