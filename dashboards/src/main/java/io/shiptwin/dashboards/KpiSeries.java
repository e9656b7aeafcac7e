package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import io.shiptwin.model.kpi.KpiWindow;
import io.shiptwin.model.kpi.TwinKpi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code kpis} table the Flink KPI windows write (docs/event-time-and-kpis.md): one series per scope of
 * a KPI and window kind, over simulated time.
 */
final class KpiSeries {
    static final int DEFAULT_LIMIT = 2000;
    static final int MAX_LIMIT = 20000;
    static final List<String> SCOPE_KINDS = List.of("yard", "area", "ship");

    /** One closed window's value; times on the simulated clock. */
    public record Point(String windowStart, String windowEnd, double value, double numerator, double denominator, long events,
                        long lateUpdates) {
    }

    public record Series(String scope, String scopeKind, List<Point> points) {
    }

    public record Answer(String kpi, String unit, String window, List<Series> series, int limit, boolean truncated) {
    }

    public record KpiInfo(String id, String unit) {
    }

    public record Scope(String scope, String scopeKind) {
    }

    /** What can be asked: the KPIs, window kinds and the scopes that have values. */
    public record Catalogue(List<KpiInfo> kpis, List<String> windows, List<Scope> scopes) {
    }

    /**
     * A validated query: exactly one of {@code scope} (one series) and {@code scopeKind} (every scope of that kind).
     */
    record Query(TwinKpi kpi, KpiWindow window, String scope, String scopeKind, int limit) {

        /** Thrown with a short machine-readable reason and a message naming the parameter. */
        static final class BadQuery extends IllegalArgumentException {
            final String reason;

            BadQuery(String reason, String message) {
                super(message);
                this.reason = reason;
            }
        }

        static Query parse(String kpi, String window, String scope, String scopeKind, String limit) {
            String k = kpi == null || kpi.isBlank() ? TwinKpi.STEEL_THROUGHPUT.id() : kpi.trim();
            TwinKpi which = TwinKpi.byId(k).orElseThrow(() -> new BadQuery("unknown-kpi",
                    "kpi: unknown '" + k + "', expected one of " + TwinKpi.ids()));
            String w = window == null || window.isBlank() ? "hour" : window.trim();
            KpiWindow win = KpiWindow.byName(w).orElseThrow(() -> new BadQuery("unknown-window",
                    "window: unknown '" + w + "', expected one of " + KpiWindow.names()));
            String s = scope == null || scope.isBlank() ? null : scope.trim();
            String kind = scopeKind == null || scopeKind.isBlank() ? null : scopeKind.trim().toLowerCase(Locale.ROOT);
            if (s != null) {
                int colon = s.indexOf(':');
                if (colon <= 0 || colon == s.length() - 1 || !SCOPE_KINDS.contains(s.substring(0, colon))) {
                    throw new BadQuery("bad-scope", "scope: expected yard:{site}, area:{site}/{area} or ship:{identifier}, got '" + s + "'");
                }
                if (kind != null && !kind.equals(s.substring(0, colon))) {
                    throw new BadQuery("bad-scope", "scopeKind: '" + kind + "' does not match scope '" + s + "'");
                }
                kind = null;
            } else if (kind == null) {
                kind = "yard";
            } else if (!SCOPE_KINDS.contains(kind)) {
                throw new BadQuery("bad-scope", "scopeKind: expected one of " + SCOPE_KINDS + ", got '" + scopeKind + "'");
            }
            int n = DEFAULT_LIMIT;
            if (limit != null && !limit.isBlank()) {
                try {
                    n = Integer.parseInt(limit.trim());
                } catch (NumberFormatException e) {
                    throw new BadQuery("bad-limit", "limit: expected an integer 1.." + MAX_LIMIT + ", got '" + limit + "'");
                }
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new BadQuery("bad-limit", "limit: must be 1.." + MAX_LIMIT + ", got " + n);
            }
            return new Query(which, win, s, kind, n);
        }
    }

    private final String jdbcUrl;

    KpiSeries(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The latest {@code limit} windows of the KPI, oldest first within each series. */
    Answer read(Query q) throws SQLException {
        String sql = "SELECT scope, window_start, window_end, kpi_value, numerator, denominator, events, late_updates FROM "
                + TwinTables.KPIS + " WHERE kpi = ? AND window_kind = ? AND " + (q.scope() != null ? "scope = ?" : "scope_kind = ?")
                + " ORDER BY window_start DESC, scope LIMIT ?";
        Map<String, List<Point>> byScope = new java.util.TreeMap<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q.kpi().id());
            ps.setString(2, q.window().name());
            ps.setString(3, q.scope() != null ? q.scope() : q.scopeKind());
            ps.setInt(4, q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && ++rows <= q.limit()) {
                    byScope.computeIfAbsent(rs.getString(1), scope -> new ArrayList<>()).add(new Point(
                            Times.iso(rs.getObject(2, OffsetDateTime.class)), Times.iso(rs.getObject(3, OffsetDateTime.class)),
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            if (!isMissingTable(e)) {
                throw e;
            }
        }
        List<Series> series = new ArrayList<>();
        byScope.forEach((scope, latestFirst) -> {
            java.util.Collections.reverse(latestFirst);
            series.add(new Series(scope, kindOf(scope), latestFirst));
        });
        return new Answer(q.kpi().id(), q.kpi().unit(), q.window().name().toLowerCase(Locale.ROOT), series, q.limit(), rows > q.limit());
    }

    Catalogue catalogue() throws SQLException {
        List<Scope> scopes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT scope, scope_kind FROM " + TwinTables.KPIS + " ORDER BY scope_kind DESC, scope")) {
            while (rs.next()) {
                scopes.add(new Scope(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            if (!isMissingTable(e)) {
                throw e;
            }
        }
        List<KpiInfo> kpis = java.util.Arrays.stream(TwinKpi.values()).map(k -> new KpiInfo(k.id(), k.unit())).toList();
        return new Catalogue(kpis, KpiWindow.names(), scopes);
    }

    private static String kindOf(String scope) {
        return scope.substring(0, scope.indexOf(':'));
    }

    /** Before the Flink sinks' first start the tables do not exist yet: nothing to show, not an error. */
    static boolean isMissingTable(SQLException e) {
        return String.valueOf(e.getMessage()).contains("not found");
    }
}
