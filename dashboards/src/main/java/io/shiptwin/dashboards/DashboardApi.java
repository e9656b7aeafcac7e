package io.shiptwin.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.shiptwin.model.Identifier;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON and CSV handlers of the dashboard. Kept apart from {@link DashboardServer} so that the
 * server class only wires routes and lifecycle.
 *
 * <p>Errors answer with {@code {"error": "...", "assetId": "..."}}: 400 when the request is malformed
 * (the message names the identifier part or parameter at fault), 404 when nothing matches.
 */
final class DashboardApi {
    static final String CSV = "text/csv; charset=utf-8";

    private final EquipmentRepository equipment;
    private final EquipmentHistory history;
    private final DroppedEvents dropped;
    private final MessageTrace tracer;
    private final PipelineSampler sampler;
    private final PipelineProbe probe;
    private final ObjectMapper json;

    DashboardApi(EquipmentRepository equipment, EquipmentHistory history, DroppedEvents dropped, MessageTrace tracer,
                 PipelineSampler sampler, PipelineProbe probe, ObjectMapper json) {
        this.tracer = tracer;
        this.equipment = equipment;
        this.history = history;
        this.dropped = dropped;
        this.sampler = sampler;
        this.probe = probe;
        this.json = json;
    }

    void listEquipment(Context ctx) throws SQLException {
        ctx.json(equipment.all());
    }

    void equipmentCsv(Context ctx) throws SQLException {
        ctx.header("Content-Disposition", "attachment; filename=\"equipment.csv\"");
        ctx.contentType(CSV).result(CsvExport.equipment(equipment.all()));
    }

    /** {@code /api/equipment/<assetId>} (the identifier contains a '/') or {@code /api/equipment?id=...}. */
    void oneEquipment(Context ctx, String assetId) throws SQLException {
        if (!validIdentifier(ctx, assetId)) {
            return;
        }
        equipment.find(assetId).ifPresentOrElse(ctx::json, () -> notFound(ctx, assetId));
    }

    /** {@code /api/equipment/<assetId>/history?from=&to=&limit=}. */
    void equipmentHistory(Context ctx, String assetId) throws SQLException {
        findHistory(ctx, assetId).ifPresent(ctx::json);
    }

    /** {@code /api/equipment/<assetId>/history.csv}: the same rows as the JSON history, one column per channel. */
    void equipmentHistoryCsv(Context ctx, String assetId) throws SQLException {
        Optional<EquipmentHistoryView> found = findHistory(ctx, assetId);
        if (found.isPresent()) {
            String file = assetId.substring(assetId.indexOf('/') + 1) + "-history.csv";
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
            ctx.contentType(CSV).result(CsvExport.history(found.get()));
        }
    }

    /** {@code /api/dropped-events?kind=&limit=}: dead letters and duplicates, latest first. */
    void droppedEvents(Context ctx) throws SQLException {
        DroppedEvents.Query query;
        try {
            query = DroppedEvents.Query.parse(ctx.queryParam("kind"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), null));
            return;
        }
        ctx.json(dropped.latest(query));
    }

    /** {@code /api/trace?eventId=}: where one event was seen on its way and what happened to it. */
    void trace(Context ctx) throws SQLException {
        String eventId;
        try {
            eventId = MessageTrace.validEventId(ctx.queryParam("eventId"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), null));
            return;
        }
        tracer.find(eventId).map(t -> t.withHops(probe.hopTimes(eventId))).ifPresentOrElse(ctx::json, () -> ctx.status(HttpStatus.NOT_FOUND).json(eventError(
                "no event with id '" + eventId + "' in the twin history or among the dropped events", eventId)));
    }

    private static Map<String, String> eventError(String message, String eventId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("eventId", eventId);
        return body;
    }

    void pipeline(Context ctx) {
        ctx.json(sampler.report());
    }

    void pipelineHistory(Context ctx) {
        ctx.json(sampler.history());
    }

    void health(Context ctx) {
        ctx.json(HealthReport.of(probe.componentHealth(), sampler.latest().snapshot()));
    }

    /** The payload of one live-stream event: the same JSON array as {@code GET /api/equipment}. */
    String equipmentJson() throws SQLException, JsonProcessingException {
        return json.writeValueAsString(equipment.all());
    }

    /** Answers 400 or 404 itself and returns empty when there is nothing to send. */
    private Optional<EquipmentHistoryView> findHistory(Context ctx, String assetId) throws SQLException {
        if (!validIdentifier(ctx, assetId)) {
            return Optional.empty();
        }
        HistoryQuery query;
        try {
            query = HistoryQuery.parse(ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), assetId));
            return Optional.empty();
        }
        Optional<EquipmentHistoryView> found = history.find(assetId, query);
        if (found.isEmpty()) {
            notFound(ctx, assetId);
        }
        return found;
    }

    private static boolean validIdentifier(Context ctx, String assetId) {
        try {
            Identifier.parse(assetId);
            return true;
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), assetId));
            return false;
        }
    }

    private static void notFound(Context ctx, String assetId) {
        ctx.status(HttpStatus.NOT_FOUND).json(error("no equipment twin with identifier '" + assetId + "'", assetId));
    }

    static Map<String, String> error(String message, String assetId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        if (assetId != null) {
            body.put("assetId", assetId);
        }
        return body;
    }
}
