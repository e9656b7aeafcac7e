package io.shiptwin.streams.h2;

import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullTwin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes hull twins (ships, grand blocks, blocks): the current row and one row per stage it has entered,
 * both only when the version is newer, so a replay after a restore never moves them back.
 */
public final class HullTwinTable implements TableWriter<HullTwin> {
    private static final String UPSERT_TWIN = """
            MERGE INTO hull_twin t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)),
                           CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS VARCHAR(3)),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
                           CAST(? AS BOOLEAN), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))
                  AS s(entity_id, kind, ship_id, stage, version, man_hours, cost_minor_units, currency, energy_kwh,
                       inspections_passed, inspections_failed, non_conformances_opened, delivered, last_event_id,
                       last_event_time, updated_at)
            ON t.entity_id = s.entity_id
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                kind = s.kind, ship_id = s.ship_id, stage = s.stage, version = s.version, man_hours = s.man_hours,
                cost_minor_units = s.cost_minor_units, currency = s.currency, energy_kwh = s.energy_kwh,
                inspections_passed = s.inspections_passed, inspections_failed = s.inspections_failed,
                non_conformances_opened = s.non_conformances_opened, delivered = s.delivered,
                last_event_id = s.last_event_id, last_event_time = s.last_event_time, updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT (entity_id, kind, ship_id, stage, version, man_hours, cost_minor_units, currency,
                energy_kwh, inspections_passed, inspections_failed, non_conformances_opened, delivered, last_event_id,
                last_event_time, updated_at)
                VALUES (s.entity_id, s.kind, s.ship_id, s.stage, s.version, s.man_hours, s.cost_minor_units, s.currency,
                s.energy_kwh, s.inspections_passed, s.inspections_failed, s.non_conformances_opened, s.delivered,
                s.last_event_id, s.last_event_time, s.updated_at)""";
    private static final String UPSERT_STAGE = """
            MERGE INTO hull_stage_dates t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BIGINT)))
                  AS s(entity_id, stage, started_at, finished_at, version)
            ON t.entity_id = s.entity_id AND t.stage = s.stage
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                started_at = s.started_at, finished_at = s.finished_at, version = s.version
            WHEN NOT MATCHED THEN INSERT (entity_id, stage, started_at, finished_at, version)
                VALUES (s.entity_id, s.stage, s.started_at, s.finished_at, s.version)""";
    private static final LifecycleStage[] STAGES = LifecycleStage.values();

    private transient PreparedStatement twin;
    private transient PreparedStatement stage;
    /** Only the newest version of each twin in a batch needs writing. */
    private transient Map<String, HullTwin> newest;

    @Override
    public void open(Connection c) throws SQLException {
        twin = c.prepareStatement(UPSERT_TWIN);
        stage = c.prepareStatement(UPSERT_STAGE);
        newest = new LinkedHashMap<>();
    }

    @Override
    public void add(HullTwin t) {
        newest.merge(t.entityId(), t, (a, b) -> b.version() > a.version() ? b : a);
    }

    private void addCurrent(HullTwin t) throws SQLException {
        twin.setString(1, t.entityId());
        twin.setString(2, t.kind());
        twin.setString(3, t.shipId());
        twin.setString(4, t.stage());
        twin.setLong(5, t.version());
        twin.setDouble(6, t.manHours());
        twin.setLong(7, t.costMinorUnits());
        twin.setString(8, t.currency());
        twin.setDouble(9, t.energyKwh());
        twin.setLong(10, t.inspectionsPassed());
        twin.setLong(11, t.inspectionsFailed());
        twin.setLong(12, t.nonConformancesOpened());
        twin.setBoolean(13, t.delivered());
        twin.setString(14, t.lastEventId());
        twin.setObject(15, EquipmentTwinTable.utc(t.lastEventTimeMillis()));
        twin.setObject(16, EquipmentTwinTable.utc(t.updatedAtMillis()));
        twin.addBatch();
        for (int i = 0; i < STAGES.length; i++) {
            long started = t.stageStarted()[i];
            long finished = t.stageFinished()[i];
            if (started < 0 && finished < 0) {
                continue;
            }
            stage.setString(1, t.entityId());
            stage.setString(2, STAGES[i].name());
            stage.setObject(3, started < 0 ? null : EquipmentTwinTable.utc(started));
            stage.setObject(4, finished < 0 ? null : EquipmentTwinTable.utc(finished));
            stage.setLong(5, t.version());
            stage.addBatch();
        }
    }

    @Override
    public void execute() throws SQLException {
        for (HullTwin t : newest.values()) {
            addCurrent(t);
        }
        newest.clear();
        twin.executeBatch();
        stage.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {twin, stage}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
