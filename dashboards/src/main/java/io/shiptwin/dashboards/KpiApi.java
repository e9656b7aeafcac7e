package io.shiptwin.dashboards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The KPIs ({@code /api/kpis}, {@code /api/kpis/catalogue}, {@code /api/kpis/stations}) and event time ({@code /api/event-time}). */
final class KpiApi {
    private final KpiSeries kpis;
    private final EventTime eventTime;
    private final WeldStations stations;

    KpiApi(KpiSeries kpis, EventTime eventTime, WeldStations stations) {
        this.kpis = kpis;
        this.eventTime = eventTime;
        this.stations = stations;
    }

    /** {@code /api/kpis?kpi=&window=&scope=|scopeKind=&limit=}: 400 with {@code error} and {@code reason} for bad input. */
    void series(Context ctx) throws SQLException {
        KpiSeries.Query q;
        try {
            q = KpiSeries.Query.parse(ctx.queryParam("kpi"), ctx.queryParam("window"), ctx.queryParam("scope"),
                    ctx.queryParam("scopeKind"), ctx.queryParam("limit"));
        } catch (KpiSeries.Query.BadQuery e) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("reason", e.reason);
            ctx.status(HttpStatus.BAD_REQUEST).json(body);
            return;
        }
        ctx.json(kpis.read(q));
    }

    void catalogue(Context ctx) throws SQLException {
        ctx.json(kpis.catalogue());
    }

    /** {@code /api/kpis/stations}: quality per welding station from the quality join. */
    void stations(Context ctx) throws SQLException {
        ctx.json(stations.read());
    }

    void eventTime(Context ctx) throws SQLException {
        ctx.json(eventTime.read());
    }
}
