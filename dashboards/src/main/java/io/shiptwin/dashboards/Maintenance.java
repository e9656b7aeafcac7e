package io.shiptwin.dashboards;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.TwinTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what the Flink equipment care writes (docs/equipment-health.md): the work orders, the machines' status and
 * remaining useful life on their twin rows, and OEE per shift. A table or column the job has not created yet reads
 * as empty.
 */
final class Maintenance {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    public record WorkOrder(String workOrderId, String assetId, String assetType, String status, String reason,
                            String reasonAlertId, String openedAt, Double rulHours, String closedAt, String closedByEventId,
                            String closedBy) {
    }

    public record WorkOrderList(List<WorkOrder> workOrders, long open, long closed, int limit, boolean truncated) {
    }

    /** One shift's figures (ratios 0..1). */
    public record Shift(String assetId, String assetType, String shiftStart, String shiftEnd, double coveredHours,
                        double workingHours, double idleHours, double downHours, double maintenanceHours, double utilisation,
                        double availability, double performance, double quality, double oee, long samples) {
    }

    public record ShiftList(List<Shift> shifts, int limit, boolean truncated) {
    }

    /** A machine with a status; {@code rulHours} and {@code driftChannel} only while a drift episode is open. */
    public record Machine(String assetId, String assetType, String area, String status, String statusSince, Double rulHours,
                         String driftChannel, String lastEventTime, String openWorkOrder, Shift lastShift) {
    }

    public record MachineList(List<Machine> machines, Map<String, Long> byStatus) {
    }

    /** Validated {@code status} (null for both) and {@code limit}. */
    record Query(String status, int limit) {
        static Query parse(String status, String limit) {
            String s = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
            if (s != null && !s.equals(OPEN) && !s.equals(CLOSED)) {
                throw new IllegalArgumentException("status: must be " + OPEN + " or " + CLOSED + ", got '" + status + "'");
            }
            return new Query(s, limit(limit));
        }

        static int limit(String limit) {
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
            return n;
        }
    }

    /** Validated shift query: {@code assetId} null for every machine. */
    record ShiftQuery(String assetId, int limit) {
        static ShiftQuery parse(String assetId, String limit) {
            String id = assetId == null || assetId.isBlank() ? null : assetId.trim();
            if (id != null) {
                try {
                    Identifier.parse(id);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("assetId: " + e.getMessage());
                }
            }
            return new ShiftQuery(id, Query.limit(limit));
        }
    }

    private final String jdbcUrl;

    Maintenance(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    WorkOrderList workOrders(Query q) throws SQLException {
        List<WorkOrder> orders = new ArrayList<>();
        long open = 0;
        long closed = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT work_order_id, asset_id, asset_type, status, reason,"
                    + " reason_alert_id, opened_at, rul_hours, closed_at, closed_by_event_id, closed_by FROM " + TwinTables.WORK_ORDERS
                    + (q.status() == null ? "" : " WHERE status = ?")
                    + " ORDER BY CASE status WHEN 'OPEN' THEN 0 ELSE 1 END, opened_at DESC, work_order_id LIMIT ?")) {
                int i = 1;
                if (q.status() != null) {
                    ps.setString(i++, q.status());
                }
                ps.setInt(i, q.limit() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orders.add(new WorkOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), Times.iso(rs.getObject(7, OffsetDateTime.class)), rs.getObject(8, Double.class),
                                Times.iso(rs.getObject(9, OffsetDateTime.class)), rs.getString(10), rs.getString(11)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT SUM(CASE status WHEN 'OPEN' THEN 1 ELSE 0 END),"
                    + " SUM(CASE status WHEN 'OPEN' THEN 0 ELSE 1 END) FROM " + TwinTables.WORK_ORDERS);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                open = rs.getLong(1);
                closed = rs.getLong(2);
            }
        } catch (SQLException e) {
            if (!notYetCreated(e)) {
                throw e;
            }
        }
        boolean truncated = orders.size() > q.limit();
        return new WorkOrderList(truncated ? orders.subList(0, q.limit()) : orders, open, closed, q.limit(), truncated);
    }

    ShiftList shifts(ShiftQuery q) throws SQLException {
        List<Shift> shifts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement ps = c.prepareStatement(SHIFT_COLUMNS + " FROM " + TwinTables.EQUIPMENT_SHIFT
                     + (q.assetId() == null ? "" : " WHERE asset_id = ?") + " ORDER BY shift_start DESC, asset_id LIMIT ?")) {
            int i = 1;
            if (q.assetId() != null) {
                ps.setString(i++, q.assetId());
            }
            ps.setInt(i, q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shifts.add(shift(rs));
                }
            }
        } catch (SQLException e) {
            if (!notYetCreated(e)) {
                throw e;
            }
        }
        boolean truncated = shifts.size() > q.limit();
        return new ShiftList(truncated ? shifts.subList(0, q.limit()) : shifts, q.limit(), truncated);
    }

    private static final String SHIFT_COLUMNS = "SELECT asset_id, asset_type, shift_start, shift_end, covered_hours, working_hours,"
            + " idle_hours, down_hours, maintenance_hours, utilisation, availability, performance, quality, oee, samples";

    private static Shift shift(ResultSet rs) throws SQLException {
        return new Shift(rs.getString("asset_id"), rs.getString("asset_type"), Times.iso(rs.getObject("shift_start", OffsetDateTime.class)),
                Times.iso(rs.getObject("shift_end", OffsetDateTime.class)), rs.getDouble("covered_hours"), rs.getDouble("working_hours"),
                rs.getDouble("idle_hours"), rs.getDouble("down_hours"), rs.getDouble("maintenance_hours"), rs.getDouble("utilisation"),
                rs.getDouble("availability"), rs.getDouble("performance"), rs.getDouble("quality"), rs.getDouble("oee"),
                rs.getLong("samples"));
    }

    /**
     * Machines with a status: the shortest remaining life first, then those down, in maintenance, the others, each by
     * id; and the counts per status.
     */
    MachineList machines() throws SQLException {
        List<Machine> machines = new ArrayList<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : List.of("WORKING", "IDLE", "DOWN", "MAINTENANCE")) {
            byStatus.put(s, 0L);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Map<String, Shift> lastShift = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SHIFT_COLUMNS + " FROM " + TwinTables.EQUIPMENT_SHIFT + " s"
                    + " WHERE shift_start = (SELECT MAX(shift_start) FROM " + TwinTables.EQUIPMENT_SHIFT + " m WHERE m.asset_id = s.asset_id)");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastShift.put(rs.getString("asset_id"), shift(rs));
                }
            } catch (SQLException e) {
                if (!notYetCreated(e)) {
                    throw e;
                }
            }
            Map<String, String> openOrders = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT asset_id, MAX(work_order_id) FROM " + TwinTables.WORK_ORDERS
                    + " WHERE status = 'OPEN' GROUP BY asset_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    openOrders.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException e) {
                if (!notYetCreated(e)) {
                    throw e;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT asset_id, asset_type, area, status, status_since, rul_hours,"
                    + " drift_channel, last_event_time FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE status IS NOT NULL"
                    + " ORDER BY CASE WHEN rul_hours IS NULL THEN 1 ELSE 0 END, rul_hours,"
                    + " CASE status WHEN 'DOWN' THEN 0 WHEN 'MAINTENANCE' THEN 1 ELSE 2 END, asset_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String status = rs.getString(4);
                    machines.add(new Machine(id, rs.getString(2), rs.getString(3), status,
                            Times.iso(rs.getObject(5, OffsetDateTime.class)), rs.getObject(6, Double.class), rs.getString(7),
                            Times.iso(rs.getObject(8, OffsetDateTime.class)), openOrders.get(id), lastShift.get(id)));
                    byStatus.merge(status, 1L, Long::sum);
                }
            }
        } catch (SQLException e) {
            if (!notYetCreated(e)) {
                throw e;
            }
        }
        return new MachineList(machines, byStatus);
    }

    /** A table or a column that the Flink job creates at its start does not exist yet. */
    private static boolean notYetCreated(SQLException e) {
        return TwinTableCounts.isMissingTable(e) || e.getErrorCode() == org.h2.api.ErrorCode.COLUMN_NOT_FOUND_1;
    }
}
