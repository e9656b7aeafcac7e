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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the lifecycle twin adds to the hull twin (docs/lifecycle-twin.md): a ship's schedule and dock
 * ({@code ship_schedule}), each entity's remaining flows and progress ({@code hull_flows}) and the docks'
 * occupancy. Every read tolerates a database where the lifecycle twin has not written yet.
 */
final class ShipSchedules {

    /** A ship's plan against actual, progress, rolled-up flows, quality status and dock. */
    public record Schedule(String plannedDelivery, String predictedDelivery, double slipDays, String criticalEntity,
                           String criticalStage, double progressPct, int blocks, int blocksErected, int stagesPlanned,
                           int stagesDone, long designRevisions, long blockRevisions, double materialOrderedTonnes,
                           double materialDeliveredTonnes, long materialDeliveries, double equipmentHours, double crewHours,
                           long nonConformancesOpened, long nonConformancesClosed, long openNonConformances, String dock,
                           String dockIn, String dockOut, boolean inDock, String deliveredAt) {
    }

    /** The flows of one entity beyond man-hours, cost, energy and inspections, and its progress against plan. */
    public record EntityFlows(long designRevisions, double materialOrderedTonnes, double materialDeliveredTonnes,
                              long materialDeliveries, double equipmentHours, double crewHours, long nonConformancesClosed,
                              long openNonConformances, Double slipHours, String slipStage, int stagesPlanned, int stagesDone) {
        static final EntityFlows NONE = new EntityFlows(0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0);
    }

    /** Which ship is (or was) in which dock, from erection start to launch. */
    public record DockOccupancy(String dock, String shipId, String dockIn, String dockOut, boolean inDock) {
    }

    private final String jdbcUrl;

    ShipSchedules(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static Optional<Schedule> schedule(Connection c, String shipId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TwinTables.SHIP_SCHEDULE + " WHERE ship_id = ?")) {
            ps.setString(1, shipId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Schedule(time(rs, "planned_delivery"), time(rs, "predicted_delivery"),
                        rs.getDouble("slip_days"), rs.getString("critical_entity"), rs.getString("critical_stage"),
                        rs.getDouble("progress_pct"), rs.getInt("blocks"), rs.getInt("blocks_erected"),
                        rs.getInt("stages_planned"), rs.getInt("stages_done"), rs.getLong("design_revisions"),
                        rs.getLong("block_revisions"), rs.getDouble("material_ordered_tonnes"),
                        rs.getDouble("material_delivered_tonnes"), rs.getLong("material_deliveries"),
                        rs.getDouble("equipment_hours"), rs.getDouble("crew_hours"), rs.getLong("non_conformances_opened"),
                        rs.getLong("non_conformances_closed"), rs.getLong("open_non_conformances"), rs.getString("dock"),
                        time(rs, "dock_in"), time(rs, "dock_out"), rs.getBoolean("in_dock"), time(rs, "delivered_at")));
            }
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Per entity of the ship, its {@code hull_flows} row. */
    static Map<String, EntityFlows> flows(Connection c, String shipId) throws SQLException {
        Map<String, EntityFlows> byEntity = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TwinTables.HULL_FLOWS + " WHERE ship_id = ?")) {
            ps.setString(1, shipId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double slip = rs.getDouble("slip_hours");
                    Double slipHours = rs.wasNull() ? null : slip;
                    byEntity.put(rs.getString("entity_id"), new EntityFlows(rs.getLong("design_revisions"),
                            rs.getDouble("material_ordered_tonnes"), rs.getDouble("material_delivered_tonnes"),
                            rs.getLong("material_deliveries"), rs.getDouble("equipment_hours"), rs.getDouble("crew_hours"),
                            rs.getLong("non_conformances_closed"), rs.getLong("open_non_conformances"), slipHours,
                            rs.getString("slip_stage"), rs.getInt("stages_planned"), rs.getInt("stages_done")));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return byEntity;
    }

    /** Every ship that has entered a dock, by dock then erection start; {@code inDock} for those not yet launched. */
    List<DockOccupancy> docks() throws SQLException {
        List<DockOccupancy> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT dock, ship_id, dock_in, dock_out, in_dock FROM " + TwinTables.SHIP_SCHEDULE
                     + " WHERE dock IS NOT NULL ORDER BY dock, dock_in, ship_id")) {
            while (rs.next()) {
                out.add(new DockOccupancy(rs.getString(1), rs.getString(2), time(rs, "dock_in"), time(rs, "dock_out"),
                        rs.getBoolean(5)));
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return out;
    }

    private static String time(ResultSet rs, String column) throws SQLException {
        return Times.iso(rs.getObject(column, OffsetDateTime.class));
    }
}
