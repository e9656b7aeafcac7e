package io.shiptwin.dashboards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivered ships in service (docs/service-twin.md): {@code /api/service} (and {@code .csv}), {@code /api/service/{ship}}
 * with its surveys, {@code /api/service/{ship}/surveys.csv}. A malformed or non-ship identifier is a 400 whose
 * {@code error} names the problem; a ship the service twin does not know is a 404 with the reason.
 */
final class ServiceApi {
    private static final String CSV = "text/csv; charset=utf-8";
    private final ShipsInService service;

    ServiceApi(ShipsInService service) {
        this.service = service;
    }

    void list(Context ctx) throws SQLException {
        ctx.json(service.all());
    }

    void listCsv(Context ctx) throws SQLException {
        ctx.header("Content-Disposition", "attachment; filename=\"ships-in-service.csv\"");
        ctx.contentType(CSV).result(ShipsInService.csv(service.all()));
    }

    void one(Context ctx, String shipId) throws SQLException {
        detail(ctx, shipId).ifPresent(ctx::json);
    }

    void surveysCsv(Context ctx, String shipId) throws SQLException {
        Optional<ShipsInService.Detail> d = detail(ctx, shipId);
        if (d.isPresent()) {
            ctx.header("Content-Disposition", "attachment; filename=\"surveys.csv\"");
            ctx.contentType(CSV).result(ShipsInService.surveysCsv(d.get()));
        }
    }

    /** The ship's detail, or empty after answering 400 / 404. */
    private Optional<ShipsInService.Detail> detail(Context ctx, String shipId) throws SQLException {
        String problem = problem(shipId);
        if (problem != null) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(problem, shipId));
            return Optional.empty();
        }
        Optional<ShipsInService.Detail> d = service.one(shipId);
        if (d.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("no ship in service with identifier '" + shipId
                    + "' in ship_service (not delivered yet, or unknown)", shipId));
        }
        return d;
    }

    /** Why {@code shipId} is not a ship identifier, or null. */
    static String problem(String shipId) {
        Identifier id;
        try {
            id = Identifier.parse(shipId);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        try {
            if (ObjectKind.of(id) == ObjectKind.SHIP) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            // an unknown kind code: answered below
        }
        return "identifier '" + shipId + "' is not a ship: expected {prefix}/SHIP-{hull}, e.g. 88.118.8001/SHIP-H1234";
    }

    private static Map<String, String> error(String message, String shipId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("shipId", shipId);
        return body;
    }
}
