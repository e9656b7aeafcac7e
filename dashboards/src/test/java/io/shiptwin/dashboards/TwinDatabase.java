package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

import java.nio.file.Path;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.EquipmentHistoryWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/** A real H2 file database in a test directory, written the way the Flink twin job writes it. */
final class TwinDatabase {
    final String url;

    TwinDatabase(Path dir) {
        this.url = "jdbc:h2:file:" + dir.resolve("twin").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    TwinDatabase createTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String ddl : TwinTables.DDL) {
                s.execute(ddl);
            }
        }
        return this;
    }

    TwinDatabase twin(String assetId, String type, String area, long events, String lastEventTime) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO equipment_twin (asset_id, asset_type, site, area, version,"
                     + " event_count, last_event_id, last_sequence, last_event_time, updated_at)"
                     + " VALUES (?, ?, 'wenchong', ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, assetId);
            ps.setString(2, type);
            ps.setString(3, area);
            ps.setLong(4, events);
            ps.setLong(5, events);
            ps.setString(6, "evt-" + assetId + "-" + events);
            ps.setLong(7, events);
            ps.setObject(8, OffsetDateTime.parse(lastEventTime));
            ps.setObject(9, OffsetDateTime.parse("2025-03-01T09:00:00.000Z"));
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase channel(String assetId, String channel, double last, double min, double max, double mean, long samples)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO equipment_channel VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, assetId);
            ps.setString(2, channel);
            ps.setDouble(3, last);
            ps.setDouble(4, min);
            ps.setDouble(5, max);
            ps.setDouble(6, mean);
            ps.setLong(7, samples);
            ps.setLong(8, samples);
            ps.executeUpdate();
        }
        return this;
    }

    /** A version with the trace the Flink job writes; times are wall clock except the event time. */
    TwinDatabase tracedHistory(String assetId, long version, String eventId, String eventTime, long offset,
                               String bridgeAt, String kafkaAt, String twinAt) throws SQLException {
        return version(new Version(assetId, version, eventId, millis(eventTime), "{}", "yard.telemetry.raw", 1, offset,
                millis(bridgeAt), millis(kafkaAt), millis(twinAt)));
    }

    /** Adds a version to the equipment history as the twin job does (EquipmentHistoryWriter, one batch). */
    private TwinDatabase version(Version v) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            EquipmentHistoryWriter writer = new EquipmentHistoryWriter(c);
            writer.add(v);
            writer.flush();
            writer.close();
            c.commit();
        }
        return this;
    }

    private static long millis(String time) {
        return OffsetDateTime.parse(time).toInstant().toEpochMilli();
    }

    /** A dropped_events row for an event whose id could be read. */
    TwinDatabase droppedEvent(String kind, long offset, String eventId, String assetId, String reason) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO dropped_events (source_topic, source_partition, source_offset, kind, event_id, asset_id,"
                             + " source_key, reason, recorded_at) VALUES ('yard.telemetry.raw', 1, ?, ?, ?, ?, 'GC-01', ?,"
                             + " TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:01.500+00:00')")) {
            ps.setLong(1, offset);
            ps.setString(2, kind);
            ps.setString(3, eventId);
            ps.setString(4, assetId);
            ps.setString(5, reason);
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase dropped(String kind, long offset) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO dropped_events (source_topic, source_partition, source_offset, kind, reason, recorded_at) VALUES ('yard.telemetry.raw', 0, ?, ?, 'test', CURRENT_TIMESTAMP)")) {
            ps.setLong(1, offset);
            ps.setString(2, kind);
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase history(String assetId, long version, String eventTime, String readingsJson) throws SQLException {
        return version(new Version(assetId, version, "evt-" + assetId + "-" + version, millis(eventTime), readingsJson,
                null, null, null, null, null, millis(eventTime)));
    }

    /** An alerts row as the Flink health rules write it; {@code clearedAt} null while open. */
    TwinDatabase alert(String assetId, String rule, String openingEventId, String openedAt, String clearedAt) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO alerts (alert_id, asset_id, asset_type, rule_id, status, message,"
                     + " offending_value, limit_value, opening_event_id, opened_at, clearing_event_id, cleared_at)"
                     + " VALUES (?, ?, 'crane', ?, ?, ?, 24.5, 20.0, ?, ?, ?, ?)")) {
            ps.setString(1, assetId + "/" + rule + "/" + openingEventId);
            ps.setString(2, assetId);
            ps.setString(3, rule);
            ps.setString(4, clearedAt == null ? "OPEN" : "CLEARED");
            ps.setString(5, rule + ": wind_speed_ms 24.5 > 20.0 while load_t > 0");
            ps.setString(6, openingEventId);
            ps.setObject(7, OffsetDateTime.parse(openedAt));
            ps.setString(8, clearedAt == null ? null : openingEventId + "-clear");
            ps.setObject(9, clearedAt == null ? null : OffsetDateTime.parse(clearedAt));
            ps.executeUpdate();
        }
        return this;
    }

    /** Sets the condition columns of an equipment twin row, as the Flink equipment care writes them. */
    TwinDatabase condition(String assetId, String status, String since, Double rulHours, String driftChannel) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("UPDATE equipment_twin SET status = ?, status_since = ?, rul_hours = ?,"
                     + " drift_channel = ?, condition_version = 1 WHERE asset_id = ?")) {
            ps.setString(1, status);
            ps.setObject(2, OffsetDateTime.parse(since));
            ps.setObject(3, rulHours);
            ps.setString(4, driftChannel);
            ps.setString(5, assetId);
            ps.executeUpdate();
        }
        return this;
    }

    /** A work order row; {@code closedAt} null while open. */
    TwinDatabase workOrder(String id, String assetId, String openedAt, Double rulHours, String closedAt) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO work_orders (work_order_id, asset_id, asset_type, reason_alert_id,"
                     + " reason, status, opened_at, rul_hours, closed_at, closed_by_event_id, closed_by)"
                     + " VALUES (?, ?, 'pump', ?, 'bearing vibration drifting up', ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, assetId);
            ps.setString(3, assetId + "/pump-bearing-vibration-drift/e-" + id);
            ps.setString(4, closedAt == null ? "OPEN" : "CLOSED");
            ps.setObject(5, OffsetDateTime.parse(openedAt));
            ps.setObject(6, rulHours);
            ps.setObject(7, closedAt == null ? null : OffsetDateTime.parse(closedAt));
            ps.setString(8, closedAt == null ? null : "repaired-" + id);
            ps.setString(9, closedAt == null ? null : "equipment-repaired");
            ps.executeUpdate();
        }
        return this;
    }

    /** One shift of a machine: hours covered, working and down (no maintenance). */
    TwinDatabase shift(String assetId, String start, double covered, double working, double down) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO equipment_shift (asset_id, shift_start, shift_end, asset_type,"
                     + " covered_hours, planned_hours, working_hours, idle_hours, down_hours, maintenance_hours, utilisation,"
                     + " availability, performance, quality, oee, samples) VALUES (?, ?, ?, 'pump', ?, ?, ?, ?, ?, 0, ?, ?, ?, 1, ?, ?)")) {
            OffsetDateTime from = OffsetDateTime.parse(start);
            double availability = (covered - down) / covered;
            double performance = working / (covered - down);
            ps.setString(1, assetId);
            ps.setObject(2, from);
            ps.setObject(3, from.plusHours(8));
            ps.setDouble(4, covered);
            ps.setDouble(5, covered);
            ps.setDouble(6, working);
            ps.setDouble(7, covered - working - down);
            ps.setDouble(8, down);
            ps.setDouble(9, working / covered);
            ps.setDouble(10, availability);
            ps.setDouble(11, performance);
            ps.setDouble(12, availability * performance);
            ps.setLong(13, Math.round(covered * 60));
            ps.executeUpdate();
        }
        return this;
    }

    TwinDatabase createWhatIfTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String ddl : TwinTables.WHATIF_DDL) {
                s.execute(ddl);
            }
        }
        return this;
    }

    /** One bar of a stored run's schedule (replication 0); {@code finishDay}/{@code deliveryDay} null when not reached. */
    TwinDatabase whatIfPhase(String runId, String scenario, String hull, String phase, double startDay, Double finishDay,
                             double contractDay, Double deliveryDay) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO whatif_schedule VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, runId);
            ps.setString(2, scenario);
            ps.setString(3, hull);
            ps.setString(4, phase);
            ps.setDouble(5, startDay);
            ps.setObject(6, finishDay);
            ps.setDouble(7, contractDay);
            ps.setObject(8, deliveryDay);
            ps.executeUpdate();
        }
        return this;
    }

    /** One scenario of a stored what-if run with one KPI and one resource, as the CLI's WhatIfStore writes them. */
    TwinDatabase whatIf(String runId, String scenario, String role, double dockCycle, double low, double high, double utilisation)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO whatif_runs VALUES (?, ?, ?, ?, 42, 4, 7,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:00+00:00')")) {
                ps.setString(1, runId);
                ps.setString(2, scenario);
                ps.setString(3, role);
                ps.setString(4, "the " + scenario + " yard");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO whatif_kpis VALUES (?, ?, 'dockCycleDays', 'dock cycle',"
                    + " 'days', ?, ?, ?, 4)")) {
                ps.setString(1, runId);
                ps.setString(2, scenario);
                ps.setDouble(3, dockCycle);
                ps.setDouble(4, low);
                ps.setDouble(5, high);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO whatif_resources VALUES (?, ?, 'GC-01', 1, ?, ?, ?, 3)")) {
                ps.setString(1, runId);
                ps.setString(2, scenario);
                ps.setDouble(3, utilisation);
                ps.setDouble(4, utilisation - 0.05);
                ps.setDouble(5, utilisation + 0.05);
                ps.executeUpdate();
            }
        }
        return this;
    }

    /** A {@code hull_twin} row as the block and ship twin writes it; flows booked against the entity itself. */
    TwinDatabase hull(String entityId, String kind, String shipId, String stage, long version, double manHours, long costMinorUnits,
                      long inspectionsPassed, long inspectionsFailed, long nonConformancesOpened, String lastEventTime)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO hull_twin (entity_id, kind, ship_id, stage, version,"
                     + " man_hours, cost_minor_units, currency, energy_kwh, inspections_passed, inspections_failed,"
                     + " non_conformances_opened, delivered, last_event_id, last_event_time, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, entityId);
            ps.setString(2, kind);
            ps.setString(3, shipId);
            ps.setString(4, stage);
            ps.setLong(5, version);
            ps.setDouble(6, manHours);
            ps.setLong(7, costMinorUnits);
            ps.setDouble(8, manHours / 2);
            ps.setLong(9, inspectionsPassed);
            ps.setLong(10, inspectionsFailed);
            ps.setLong(11, nonConformancesOpened);
            ps.setBoolean(12, "DELIVERED".equals(stage));
            ps.setString(13, "evt-" + entityId + "-" + version);
            ps.setObject(14, OffsetDateTime.parse(lastEventTime));
            ps.setObject(15, OffsetDateTime.parse("2025-03-01T09:00:00.000Z"));
            ps.executeUpdate();
        }
        return this;
    }

    /** A {@code hull_stage_dates} row; {@code finishedAt} null while the stage runs. */
    TwinDatabase stageDates(String entityId, String stage, String startedAt, String finishedAt, long version) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO hull_stage_dates"
                     + " (entity_id, stage, started_at, finished_at, version) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, entityId);
            ps.setString(2, stage);
            ps.setObject(3, startedAt == null ? null : OffsetDateTime.parse(startedAt));
            ps.setObject(4, finishedAt == null ? null : OffsetDateTime.parse(finishedAt));
            ps.setLong(5, version);
            ps.executeUpdate();
        }
        return this;
    }

    /** A {@code ship_totals} row: own and blocks' man-hours and cost; energy is half the man-hours. */
    TwinDatabase shipTotals(String shipId, double ownManHours, double blocksManHours, long ownCost, long blocksCost)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO ship_totals (ship_id, version, own_man_hours,"
                     + " blocks_man_hours, total_man_hours, own_cost_minor_units, blocks_cost_minor_units, total_cost_minor_units,"
                     + " currency, own_energy_kwh, blocks_energy_kwh, total_energy_kwh, last_event_id, updated_at)"
                     + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?,"
                     + " 'evt-totals', TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00:00')")) {
            ps.setString(1, shipId);
            ps.setDouble(2, ownManHours);
            ps.setDouble(3, blocksManHours);
            ps.setDouble(4, ownManHours + blocksManHours);
            ps.setLong(5, ownCost);
            ps.setLong(6, blocksCost);
            ps.setLong(7, ownCost + blocksCost);
            ps.setDouble(8, ownManHours / 2);
            ps.setDouble(9, blocksManHours / 2);
            ps.setDouble(10, (ownManHours + blocksManHours) / 2);
            ps.executeUpdate();
        }
        return this;
    }

    /** The planned dates of a stage of an entity, as the lifecycle twin writes them beside the actual ones. */
    TwinDatabase plan(String entityId, String stage, String plannedStart, String plannedFinish) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("MERGE INTO hull_stage_dates (entity_id, stage, version, planned_start,"
                     + " planned_finish, plan_version) KEY (entity_id, stage) VALUES (?, ?, COALESCE((SELECT version FROM"
                     + " hull_stage_dates WHERE entity_id = ? AND stage = ?), 0), ?, ?, 1)")) {
            ps.setString(1, entityId);
            ps.setString(2, stage);
            ps.setString(3, entityId);
            ps.setString(4, stage);
            ps.setObject(5, OffsetDateTime.parse(plannedStart));
            ps.setObject(6, OffsetDateTime.parse(plannedFinish));
            ps.executeUpdate();
        }
        return this;
    }

    /** A {@code hull_flows} row: the remaining flows of an entity and its slip. */
    TwinDatabase flows(String entityId, String shipId, String kind, long designRevisions, double materialTonnes,
                       double equipmentHours, double crewHours, long ncOpened, long ncClosed, Double slipHours) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO hull_flows VALUES (?, ?, ?, 1, ?, 'BLOCK_ASSEMBLY', 9, 4, ?, ?,"
                     + " ?, 1, ?, ?, ?, ?, ?, 3, 3, 'evt-flows', TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00:00')")) {
            ps.setString(1, entityId);
            ps.setString(2, shipId);
            ps.setString(3, kind);
            ps.setObject(4, slipHours);
            ps.setLong(5, designRevisions);
            ps.setDouble(6, materialTonnes);
            ps.setDouble(7, materialTonnes);
            ps.setDouble(8, equipmentHours);
            ps.setDouble(9, crewHours);
            ps.setLong(10, ncOpened);
            ps.setLong(11, ncClosed);
            ps.setLong(12, Math.max(0, ncOpened - ncClosed));
            ps.executeUpdate();
        }
        return this;
    }

    /**
     * A {@code hull_twin_history} row as the block and ship twin writes it: the event that made the version and its
     * contribution; {@code field} and {@code stage} as the event names them. The state-after columns are left at 0.
     */
    TwinDatabase hullEvent(String entityId, long version, String eventType, String subjectId, String eventTime, String field,
                           String stage, double manHoursDelta, long costDelta, int failedDelta) throws SQLException {
        String kind = entityId.contains("/SHIP-") ? "ship" : entityId.contains("/GB-") ? "grand-block" : "block";
        String ship = entityId.replaceFirst("/(BLK|GB|SHIP)-([A-Z0-9]+).*$", "/SHIP-$2");
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO hull_twin_history (entity_id, version, kind, ship_id,"
                     + " event_id, event_type, subject_id, event_time, field, event_stage, man_hours_delta, cost_delta,"
                     + " energy_kwh_delta, inspections_passed_delta, inspections_failed_delta, non_conformances_delta, stage,"
                     + " man_hours, cost_minor_units, currency, energy_kwh, inspections_passed, inspections_failed,"
                     + " non_conformances_opened, delivered, source_topic, source_partition, source_offset, twin_updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 0, NULL, 0, 0, 'CNY', 0, 0, 0, 0, FALSE,"
                     + " 'yard.events.raw', 0, ?, TIMESTAMP WITH TIME ZONE '2026-11-25 10:00:00+00:00')")) {
            ps.setString(1, entityId);
            ps.setLong(2, version);
            ps.setString(3, kind);
            ps.setString(4, ship);
            ps.setString(5, "evt-" + entityId.substring(entityId.indexOf('/') + 1) + "-" + version);
            ps.setString(6, eventType);
            ps.setString(7, subjectId == null ? entityId : subjectId);
            ps.setObject(8, OffsetDateTime.parse(eventTime));
            ps.setString(9, field);
            ps.setString(10, stage);
            ps.setDouble(11, manHoursDelta);
            ps.setLong(12, costDelta);
            ps.setInt(13, failedDelta);
            ps.setLong(14, 1000 + version);
            ps.executeUpdate();
        }
        return this;
    }

    /** A {@code ship_schedule} row: planned and predicted delivery, the late entity, progress and the dock. */
    TwinDatabase schedule(String shipId, String plannedDelivery, String predictedDelivery, double slipDays, String criticalEntity,
                          String dock, String dockIn, String dockOut) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO ship_schedule VALUES (?, 1, ?, ?, ?, ?, 'BLOCK_ASSEMBLY', 2, 0,"
                     + " 20, 5, 25.0, 1, 2, 300, 250, 2, 40, 400, 3, 1, 2, ?, ?, ?, ?, NULL, 'evt-schedule',"
                     + " TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00:00')")) {
            ps.setString(1, shipId);
            ps.setObject(2, OffsetDateTime.parse(plannedDelivery));
            ps.setObject(3, OffsetDateTime.parse(predictedDelivery));
            ps.setDouble(4, slipDays);
            ps.setString(5, criticalEntity);
            ps.setString(6, dock);
            ps.setObject(7, dockIn == null ? null : OffsetDateTime.parse(dockIn));
            ps.setObject(8, dockOut == null ? null : OffsetDateTime.parse(dockOut));
            ps.setBoolean(9, dockIn != null && dockOut == null);
            ps.executeUpdate();
        }
        return this;
    }

    /** A {@code twin_lineage} row in slot {@code (version - 1) mod depth}, as the twin job writes it. */
    TwinDatabase lineage(String entityId, long version, int depth, String eventType, String eventTime, String field,
                         String detail, long offset) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("MERGE INTO twin_lineage KEY (entity_id, slot)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'yard.events.raw', 0, ?)")) {
            ps.setString(1, entityId);
            ps.setInt(2, (int) ((version - 1) % depth));
            ps.setLong(3, version);
            ps.setString(4, "evt-" + entityId.substring(entityId.indexOf('/') + 1) + "-" + version);
            ps.setString(5, eventType);
            ps.setObject(6, OffsetDateTime.parse(eventTime));
            ps.setString(7, field);
            ps.setString(8, detail);
            ps.setLong(9, offset);
            ps.executeUpdate();
        }
        return this;
    }

    /**
     * A version of the equipment history as the twin job writes it, read from {@code yard.telemetry.raw} at
     * {@code partition}/{@code offset}; event id {@code evt-<asset tag>-<version>}.
     */
    TwinDatabase reading(String assetId, long version, String eventTime, String readingsJson, int partition, long offset)
            throws SQLException {
        return version(new Version(assetId, version, "evt-" + assetId.substring(assetId.indexOf('/') + 1) + "-" + version,
                millis(eventTime), readingsJson, "yard.telemetry.raw", partition, offset, null, null,
                millis("2026-11-25T10:00:00Z")));
    }
}
