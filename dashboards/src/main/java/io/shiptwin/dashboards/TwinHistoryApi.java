package io.shiptwin.dashboards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * History, time travel and lineage of any twin ({@code /api/twin/{id}}, {@code .../asof}, {@code .../diff},
 * {@code .../lineage}; docs/history-and-lineage.md). Answers 400 with {@code {"error", "parameter", "id"}} naming
 * the parameter at fault ({@code id}, {@code t}, {@code from}, {@code to}, {@code limit}), 404 with the reason
 * when no twin table knows the identifier. A time before the entity's first event is not an error: the answer is
 * 200 with {@code existed: false} and a reason giving the first event's time.
 */
final class TwinHistoryApi {
    private final TwinTimeTravel travel;

    TwinHistoryApi(TwinTimeTravel travel) {
        this.travel = travel;
    }

    /** {@code /api/twin/<id>}: current state, time range and related entities. */
    void current(Context ctx, String id) throws SQLException {
        answer(ctx, id, () -> travel.current(id));
    }

    /** {@code /api/twin/<id>/asof?t=}. */
    void asOf(Context ctx, String id) throws SQLException {
        answer(ctx, id, () -> {
            TwinTimeTravel.kindOf(id);
            Instant t = TwinTimeTravel.time("t", ctx.queryParam("t"));
            return travel.asOf(id, t);
        });
    }

    /** {@code /api/twin/<id>/diff?from=&to=}. */
    void diff(Context ctx, String id) throws SQLException {
        answer(ctx, id, () -> {
            TwinTimeTravel.kindOf(id);
            Instant from = TwinTimeTravel.time("from", ctx.queryParam("from"));
            Instant to = TwinTimeTravel.time("to", ctx.queryParam("to"));
            return travel.diff(id, from, to);
        });
    }

    /** {@code /api/twin/<id>/lineage?limit=}. */
    void lineage(Context ctx, String id) throws SQLException {
        answer(ctx, id, () -> {
            TwinTimeTravel.kindOf(id);
            return travel.lineage(id, TwinTimeTravel.limit(ctx.queryParam("limit")));
        });
    }

    private interface Query {
        Object run() throws SQLException;
    }

    private static void answer(Context ctx, String id, Query query) throws SQLException {
        Object result;
        try {
            result = query.run();
        } catch (TwinTimeTravel.BadParameter e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(e.getMessage(), e.parameter, id));
            return;
        }
        if (result instanceof TwinTimeTravel.Unknown unknown) {
            ctx.status(HttpStatus.NOT_FOUND).json(error(unknown.reason(), null, id));
            return;
        }
        ctx.json(result);
    }

    static Map<String, String> error(String message, String parameter, String id) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.put("id", id);
        return body;
    }
}
