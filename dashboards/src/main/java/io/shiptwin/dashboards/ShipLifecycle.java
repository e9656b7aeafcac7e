package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import io.shiptwin.model.lifecycle.LifecycleStage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the hull twin tables the Flink block and ship twin writes (docs/contracts.md, "H2 tables"):
 * {@code hull_twin}, {@code hull_stage_dates} and {@code ship_totals}. A ship is known when either
 * {@code hull_twin} names it (as itself or as the ship of a block) or {@code ship_totals} has its row.
 */
final class ShipLifecycle {
    static final String SHIP = "ship";

    /**
     * One stage of an entity, planned or entered: times on the simulated clock, {@code finishedAt} null while
     * running, {@code startedAt} null while only planned, the plan null when the stage was not planned.
     */
    public record StageSpan(String stage, String label, String startedAt, String finishedAt, String plannedStart,
                            String plannedFinish) {
    }

    /**
     * The flows booked against one entity itself: the seven data flows (design revisions, man-hours, logistics,
     * cost, energy, equipment time, crew time), its quality status and its progress against plan.
     */
    public record Flows(double manHours, long costMinorUnits, String currency, double energyKwh, long inspectionsPassed,
                        long inspectionsFailed, long nonConformancesOpened, long designRevisions, double materialOrderedTonnes,
                        double materialDeliveredTonnes, long materialDeliveries, double equipmentHours, double crewHours,
                        long nonConformancesClosed, long openNonConformances, Double slipHours, String slipStage,
                        int stagesPlanned, int stagesDone) {
    }

    /** A block or grand block with its stages, oldest stage first, and its flows. */
    public record Entity(String entityId, String kind, String stage, long version, boolean delivered, String lastEventTime,
                         List<StageSpan> stages, Flows flows) {
    }

    /** A ship with its current stage and its totals (own plus its blocks', from {@code ship_totals}). */
    public record Ship(String shipId, String stage, boolean delivered, int blocks, int grandBlocks, double manHours,
                       long costMinorUnits, String currency, double energyKwh, String lastEventTime,
                       ShipSchedules.Schedule schedule) {
    }

    /** The lifecycle of one ship: the ship, its own stages and its blocks and grand blocks. */
    public record Lifecycle(Ship ship, List<StageSpan> stages, List<Entity> blocks) {
    }

    private final String jdbcUrl;

    ShipLifecycle(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Every known ship, by identifier. */
    List<Ship> ships() throws SQLException {
        List<Ship> ships = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            TreeSet<String> ids = new TreeSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT ship_id FROM "
                    + TwinTables.HULL_TWIN + " UNION SELECT ship_id FROM " + TwinTables.SHIP_TOTALS)) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            for (String id : ids) {
                ship(c, id).ifPresent(ships::add);
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return ships;
    }

    /** Dock occupancy: every ship that entered a dock, from erection start to launch. */
    List<ShipSchedules.DockOccupancy> docks() throws SQLException {
        return new ShipSchedules(jdbcUrl).docks();
    }

    /** The ship's lifecycle; empty when no table names the ship. */
    Optional<Lifecycle> lifecycle(String shipId) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Optional<Ship> ship = ship(c, shipId);
            if (ship.isEmpty()) {
                return Optional.empty();
            }
            Map<String, List<StageSpan>> stages = stages(c, shipId);
            Map<String, ShipSchedules.EntityFlows> more = ShipSchedules.flows(c, shipId);
            List<Entity> blocks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, kind, stage, version, delivered, last_event_time,"
                    + " man_hours, cost_minor_units, currency, energy_kwh, inspections_passed, inspections_failed,"
                    + " non_conformances_opened FROM " + TwinTables.HULL_TWIN
                    + " WHERE ship_id = ? AND kind <> ? ORDER BY CASE kind WHEN 'grand-block' THEN 0 ELSE 1 END, entity_id")) {
                ps.setString(1, shipId);
                ps.setString(2, SHIP);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("entity_id");
                        ShipSchedules.EntityFlows m = more.getOrDefault(id, ShipSchedules.EntityFlows.NONE);
                        blocks.add(new Entity(id, rs.getString("kind"), rs.getString("stage"), rs.getLong("version"),
                                rs.getBoolean("delivered"), Times.iso(rs.getObject("last_event_time", OffsetDateTime.class)),
                                stages.getOrDefault(id, List.of()),
                                new Flows(rs.getDouble("man_hours"), rs.getLong("cost_minor_units"), rs.getString("currency"),
                                        rs.getDouble("energy_kwh"), rs.getLong("inspections_passed"),
                                        rs.getLong("inspections_failed"), rs.getLong("non_conformances_opened"),
                                        m.designRevisions(), m.materialOrderedTonnes(), m.materialDeliveredTonnes(),
                                        m.materialDeliveries(), m.equipmentHours(), m.crewHours(), m.nonConformancesClosed(),
                                        m.openNonConformances(), m.slipHours(), m.slipStage(), m.stagesPlanned(),
                                        m.stagesDone())));
                    }
                }
            }
            return Optional.of(new Lifecycle(ship.get(), stages.getOrDefault(shipId, List.of()), blocks));
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<Ship> ship(Connection c, String shipId) throws SQLException {
        String stage = null;
        boolean delivered = false;
        String lastEventTime = null;
        int blocks = 0;
        int grandBlocks = 0;
        double manHours = 0;
        long cost = 0;
        String currency = null;
        double energy = 0;
        boolean known = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, kind, stage, delivered, last_event_time, man_hours,"
                + " cost_minor_units, currency, energy_kwh FROM " + TwinTables.HULL_TWIN + " WHERE ship_id = ?")) {
            ps.setString(1, shipId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known = true;
                    String kind = rs.getString("kind");
                    if (SHIP.equals(kind) && shipId.equals(rs.getString("entity_id"))) {
                        stage = rs.getString("stage");
                        delivered = rs.getBoolean("delivered");
                        lastEventTime = Times.iso(rs.getObject("last_event_time", OffsetDateTime.class));
                    } else if ("grand-block".equals(kind)) {
                        grandBlocks++;
                    } else {
                        blocks++;
                    }
                    manHours += rs.getDouble("man_hours");
                    cost += rs.getLong("cost_minor_units");
                    energy += rs.getDouble("energy_kwh");
                    if (currency == null) {
                        currency = rs.getString("currency");
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT total_man_hours, total_cost_minor_units, currency,"
                + " total_energy_kwh FROM " + TwinTables.SHIP_TOTALS + " WHERE ship_id = ?")) {
            ps.setString(1, shipId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    known = true;
                    manHours = rs.getDouble(1);
                    cost = rs.getLong(2);
                    currency = rs.getString(3) != null ? rs.getString(3) : currency;
                    energy = rs.getDouble(4);
                }
            }
        }
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(new Ship(shipId, stage, delivered, blocks, grandBlocks, manHours, cost, currency, energy, lastEventTime,
                ShipSchedules.schedule(c, shipId).orElse(null)));
    }

    /** Stage dates of the ship and of every entity of the ship, per entity in lifecycle order. */
    private static Map<String, List<StageSpan>> stages(Connection c, String shipId) throws SQLException {
        Map<String, List<StageSpan>> byEntity = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.entity_id, d.stage, d.started_at, d.finished_at, d.planned_start, d.planned_finish FROM "
                + TwinTables.HULL_STAGE_DATES + " d JOIN " + TwinTables.HULL_TWIN + " t ON t.entity_id = d.entity_id"
                + " WHERE t.ship_id = ?")) {
            ps.setString(1, shipId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stage = rs.getString("stage");
                    byEntity.computeIfAbsent(rs.getString("entity_id"), k -> new ArrayList<>()).add(new StageSpan(stage,
                            label(stage), Times.iso(rs.getObject("started_at", OffsetDateTime.class)),
                            Times.iso(rs.getObject("finished_at", OffsetDateTime.class)),
                            Times.iso(rs.getObject("planned_start", OffsetDateTime.class)),
                            Times.iso(rs.getObject("planned_finish", OffsetDateTime.class))));
                }
            }
        }
        Comparator<StageSpan> order = Comparator.comparingInt((StageSpan s) -> ordinal(s.stage()))
                .thenComparing(s -> s.startedAt() == null ? "" : s.startedAt());
        // A stage only planned so far has no start yet; it stays in lifecycle order with the others.
        byEntity.values().forEach(l -> l.sort(order));
        return byEntity;
    }

    private static int ordinal(String stage) {
        try {
            return LifecycleStage.valueOf(stage).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String label(String stage) {
        try {
            return LifecycleStage.valueOf(stage).displayName();
        } catch (IllegalArgumentException | NullPointerException e) {
            return stage;
        }
    }
}
