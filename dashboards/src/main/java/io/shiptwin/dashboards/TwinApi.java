package io.shiptwin.dashboards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.resolve.HandleValue;
import io.shiptwin.model.resolve.Resolution;
import io.shiptwin.model.resolve.ResolutionRequest;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolver ({@code /api/resolve/{identifier}}), the alerts ({@code /api/alerts}) and the ships' lifecycles
 * ({@code /api/ships}, {@code /api/ships/{identifier}/lifecycle}).
 *
 * <p>A resolution answers as the Handle protocol would, with its response code: 200 and the record
 * ({@code responseCode 1}); 400 for a malformed identifier ({@code 102 INVALID_HANDLE}); 404 for an unknown
 * prefix or suffix ({@code 100 HANDLE_NOT_FOUND}, {@code reason} tells which), for no values of the asked
 * types ({@code 200 VALUES_NOT_FOUND}) and for an identifier another node answers for ({@code 302 REFERRAL}).
 */
final class TwinApi {
    private final TwinResolver resolver;
    private final Alerts alerts;
    private final ShipLifecycle ships;

    TwinApi(TwinResolver resolver, Alerts alerts, ShipLifecycle ships) {
        this.resolver = resolver;
        this.alerts = alerts;
        this.ships = ships;
    }

    /** One value as served: index, type, data and its time (ISO-8601 UTC). */
    public record Value(int index, String type, String data, String timestamp) {
        static Value of(HandleValue v) {
            return new Value(v.index(), v.type(), v.data(), Times.iso(v.timestampMillis()));
        }
    }

    public record Record(int responseCode, String handle, List<Value> values) {
    }

    /** {@code /api/resolve/<identifier>?type=ATTR&type=TWIN_STATE}. */
    void resolve(Context ctx, String identifier) throws SQLException {
        List<String> types = ctx.queryParams("type").stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        ResolutionRequest request = ResolutionRequest.of(identifier).withTypes(types.toArray(String[]::new));
        Resolution r = resolver.resolve(request);
        if (r instanceof Resolution.Resolved ok) {
            ctx.json(new Record(ok.code().code(), ok.record().identifier().toString(),
                    ok.record().values().stream().map(Value::of).toList()));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseCode", r.code().code());
        body.put("handle", identifier);
        if (r instanceof Resolution.Failed failed) {
            body.put("reason", failed.error().name());
            body.put("error", failed.message());
            ctx.status(switch (failed.error()) {
                case MALFORMED_IDENTIFIER -> HttpStatus.BAD_REQUEST;
                case AUTHENTICATION_NEEDED -> HttpStatus.UNAUTHORIZED;
                default -> HttpStatus.NOT_FOUND;
            });
        } else if (r instanceof Resolution.Referral referral) {
            body.put("reason", "REFERRAL");
            body.put("error", "prefix " + referral.prefix() + " is not served by this node; ask " + referral.node());
            body.put("referral", Map.of("prefix", referral.prefix(), "node", referral.node()));
            ctx.status(HttpStatus.NOT_FOUND);
        }
        ctx.json(body);
    }

    /** {@code /api/alerts?status=OPEN|CLEARED&limit=}: open alerts first, and the counts per rule. */
    void alerts(Context ctx) throws SQLException {
        Alerts.Query query;
        try {
            query = Alerts.Query.parse(ctx.queryParam("status"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(DashboardApi.error(e.getMessage(), null));
            return;
        }
        ctx.json(alerts.list(query));
    }

    /** {@code /api/ships}: every ship with its stage and totals. */
    void ships(Context ctx) throws SQLException {
        ctx.json(ships.ships());
    }

    /** {@code /api/docks}: which ship is (or was) in which dock, from erection start to launch. */
    void docks(Context ctx) throws SQLException {
        ctx.json(ships.docks());
    }

    /** {@code /api/ships/<identifier>/lifecycle}: 400 for a malformed identifier, 404 for an unknown ship. */
    void lifecycle(Context ctx, String shipId) throws SQLException {
        try {
            Identifier.parse(shipId);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(shipError(e.getMessage(), shipId));
            return;
        }
        ships.lifecycle(shipId).ifPresentOrElse(ctx::json, () -> ctx.status(HttpStatus.NOT_FOUND)
                .json(shipError("no ship with identifier '" + shipId + "' in hull_twin or ship_totals", shipId)));
    }

    private static Map<String, String> shipError(String message, String shipId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("shipId", shipId);
        return body;
    }
}
