package io.shiptwin.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.shiptwin.model.Identifier;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON handlers of the dashboard. Kept apart from {@link DashboardServer} so that the server
 * class only wires routes and lifecycle.
 */
final class DashboardApi {
    private final EquipmentRepository equipment;
    private final PipelineSampler sampler;
    private final PipelineProbe probe;
    private final ObjectMapper json;

    DashboardApi(EquipmentRepository equipment, PipelineSampler sampler, PipelineProbe probe, ObjectMapper json) {
        this.equipment = equipment;
        this.sampler = sampler;
        this.probe = probe;
        this.json = json;
    }

    void listEquipment(Context ctx) throws SQLException {
        ctx.json(equipment.all());
    }

    /** {@code /api/equipment/<assetId>} (the identifier contains a '/') or {@code /api/equipment?id=...}. */
    void oneEquipment(Context ctx, String assetId) throws SQLException {
        try {
            Identifier.parse(assetId);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), assetId));
            return;
        }
        equipment.find(assetId).ifPresentOrElse(ctx::json, () -> ctx.status(HttpStatus.NOT_FOUND)
                .json(error("no equipment twin with identifier '" + assetId + "'", assetId)));
    }

    void pipeline(Context ctx) {
        ctx.json(sampler.report());
    }

    void health(Context ctx) {
        ctx.json(HealthReport.of(probe.componentHealth(), sampler.latest().snapshot()));
    }

    /** The payload of one live-stream event: the same JSON array as {@code GET /api/equipment}. */
    String equipmentJson() throws SQLException, JsonProcessingException {
        return json.writeValueAsString(equipment.all());
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
