package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

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

/**
 * Reads the {@code alerts} table the Flink health rules write (docs/contracts.md, "Equipment health rules"):
 * open alerts first, latest first within each status, and the counts per rule.
 */
final class Alerts {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final String OPEN = "OPEN";
    static final String CLEARED = "CLEARED";

    /**
     * One alert; times are the simulated clock, {@code clearedAt} null while open, {@code rulHours} the remaining useful
     * life at opening of a drift alert (null for the others).
     */
    public record Alert(String alertId, String assetId, String assetType, String rule, String status, String message,
                        double offendingValue, double limitValue, String openingEventId, String openedAt,
                        String clearingEventId, String clearedAt, Double rulHours) {
    }

    /** How many alerts a rule raised, by status. */
    public record RuleCount(String rule, long open, long cleared) {
    }

    /** The answer: the alerts asked for, the counts per rule over the whole table, and whether the list was cut. */
    public record AlertList(List<Alert> alerts, List<RuleCount> byRule, long open, long cleared, int limit, boolean truncated) {
    }

    /** Validated query: {@code status} null for both. */
    record Query(String status, int limit) {
        static Query parse(String status, String limit) {
            String s = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
            if (s != null && !s.equals(OPEN) && !s.equals(CLEARED)) {
                throw new IllegalArgumentException("status: must be " + OPEN + " or " + CLEARED + ", got '" + status + "'");
            }
            int n = DEFAULT_LIMIT;
            if (limit != null && !limit.isBlank()) {
                try {
                    n = Integer.parseInt(limit.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("limit: expected an integer 1.." + MAX_LIMIT + ", got '" + limit + "'");
                }
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit: must be 1.." + MAX_LIMIT + ", got " + n);
            }
            return new Query(s, n);
        }
    }

    private final String jdbcUrl;

    Alerts(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    AlertList list(Query q) throws SQLException {
        String sql = "SELECT alert_id, asset_id, asset_type, rule_id, status, message, offending_value, limit_value,"
                + " opening_event_id, opened_at, clearing_event_id, cleared_at, rul_hours FROM " + TwinTables.ALERTS
                + (q.status() == null ? "" : " WHERE status = ?")
                + " ORDER BY CASE status WHEN 'OPEN' THEN 0 ELSE 1 END, opened_at DESC, alert_id LIMIT ?";
        List<Alert> alerts = new ArrayList<>();
        List<RuleCount> byRule = new ArrayList<>();
        long open = 0;
        long cleared = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (q.status() != null) {
                    ps.setString(i++, q.status());
                }
                ps.setInt(i, q.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        alerts.add(new Alert(rs.getString("alert_id"), rs.getString("asset_id"), rs.getString("asset_type"),
                                rs.getString("rule_id"), rs.getString("status"), rs.getString("message"),
                                rs.getDouble("offending_value"), rs.getDouble("limit_value"), rs.getString("opening_event_id"),
                                Times.iso(rs.getObject("opened_at", OffsetDateTime.class)), rs.getString("clearing_event_id"),
                                Times.iso(rs.getObject("cleared_at", OffsetDateTime.class)), rs.getObject("rul_hours", Double.class)));
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rule_id,"
                    + " SUM(CASE status WHEN 'OPEN' THEN 1 ELSE 0 END), SUM(CASE status WHEN 'OPEN' THEN 0 ELSE 1 END)"
                    + " FROM " + TwinTables.ALERTS + " GROUP BY rule_id ORDER BY rule_id")) {
                while (rs.next()) {
                    byRule.add(new RuleCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                    open += rs.getLong(2);
                    cleared += rs.getLong(3);
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        boolean truncated = alerts.size() > q.limit();
        return new AlertList(truncated ? alerts.subList(0, q.limit()) : alerts, byRule, open, cleared, q.limit(), truncated);
    }
}
