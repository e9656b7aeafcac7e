package io.shiptwin.dashboards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;

/**
 * The Quality &amp; maintenance view's data: {@code /api/maintenance/work-orders}, {@code /api/maintenance/equipment}
 * and {@code /api/maintenance/shifts}. A bad parameter is a 400 whose {@code error} names it.
 */
final class MaintenanceApi {
    private final Maintenance maintenance;

    MaintenanceApi(Maintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** {@code ?status=OPEN|CLOSED&limit=}: open orders first, latest first. */
    void workOrders(Context ctx) throws SQLException {
        Maintenance.Query q;
        try {
            q = Maintenance.Query.parse(ctx.queryParam("status"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(DashboardApi.error(e.getMessage(), null));
            return;
        }
        ctx.json(maintenance.workOrders(q));
    }

    /** Every machine with a status, with its RUL, open work order and last shift. */
    void equipment(Context ctx) throws SQLException {
        ctx.json(maintenance.machines());
    }

    /** {@code ?assetId=&limit=}: shifts, latest first. */
    void shifts(Context ctx) throws SQLException {
        Maintenance.ShiftQuery q;
        try {
            q = Maintenance.ShiftQuery.parse(ctx.queryParam("assetId"), ctx.queryParam("limit"));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(DashboardApi.error(e.getMessage(), ctx.queryParam("assetId")));
            return;
        }
        ctx.json(maintenance.shifts(q));
    }
}
