package io.shiptwin.streams.h2;

import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.streams.lifecycle.HullProgress;
import io.shiptwin.streams.lifecycle.HullSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the lifecycle twin's per-entity rows: {@code hull_flows} (progress and remaining flows) and the
 * planned columns of {@code hull_stage_dates}. Both move only forward (newer twin version), so a replay never
 * moves them back; the planned columns have their own version ({@code plan_version}) so that they and the
 * actual dates, written by {@link HullTwinTable}, never overwrite each other.
 */
public final class HullProgressTable implements TableWriter<HullProgress> {
    private static final String UPSERT_FLOWS = """
            MERGE INTO hull_flows t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)), CAST(? AS BIGINT),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS VARCHAR(32)), CAST(? AS INT), CAST(? AS INT), CAST(? AS BIGINT),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS BIGINT),
                           CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))
                  AS s(entity_id, ship_id, kind, version, slip_hours, slip_stage, stages_planned, stages_done,
                       design_revisions, material_ordered_tonnes, material_delivered_tonnes, material_deliveries,
                       equipment_hours, crew_hours, non_conformances_opened, non_conformances_closed, open_non_conformances,
                       work_orders_opened, work_orders_closed, last_event_id, updated_at)
            ON t.entity_id = s.entity_id
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                ship_id = s.ship_id, kind = s.kind, version = s.version, slip_hours = s.slip_hours, slip_stage = s.slip_stage,
                stages_planned = s.stages_planned, stages_done = s.stages_done, design_revisions = s.design_revisions,
                material_ordered_tonnes = s.material_ordered_tonnes, material_delivered_tonnes = s.material_delivered_tonnes,
                material_deliveries = s.material_deliveries, equipment_hours = s.equipment_hours, crew_hours = s.crew_hours,
                non_conformances_opened = s.non_conformances_opened, non_conformances_closed = s.non_conformances_closed,
                open_non_conformances = s.open_non_conformances, work_orders_opened = s.work_orders_opened,
                work_orders_closed = s.work_orders_closed, last_event_id = s.last_event_id, updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT (entity_id, ship_id, kind, version, slip_hours, slip_stage, stages_planned, stages_done,
                design_revisions, material_ordered_tonnes, material_delivered_tonnes, material_deliveries, equipment_hours,
                crew_hours, non_conformances_opened, non_conformances_closed, open_non_conformances, work_orders_opened,
                work_orders_closed, last_event_id, updated_at)
                VALUES (s.entity_id, s.ship_id, s.kind, s.version, s.slip_hours, s.slip_stage, s.stages_planned, s.stages_done,
                s.design_revisions, s.material_ordered_tonnes, s.material_delivered_tonnes, s.material_deliveries,
                s.equipment_hours, s.crew_hours, s.non_conformances_opened, s.non_conformances_closed,
                s.open_non_conformances, s.work_orders_opened, s.work_orders_closed, s.last_event_id, s.updated_at)""";
    private static final String UPSERT_PLAN = """
            MERGE INTO hull_stage_dates t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(32)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE),
                           CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BIGINT)))
                  AS s(entity_id, stage, planned_start, planned_finish, plan_version)
            ON t.entity_id = s.entity_id AND t.stage = s.stage
            WHEN MATCHED AND s.plan_version > t.plan_version THEN UPDATE SET
                planned_start = s.planned_start, planned_finish = s.planned_finish, plan_version = s.plan_version
            WHEN NOT MATCHED THEN INSERT (entity_id, stage, version, planned_start, planned_finish, plan_version)
                VALUES (s.entity_id, s.stage, 0, s.planned_start, s.planned_finish, s.plan_version)""";
    private static final LifecycleStage[] STAGES = LifecycleStage.values();

    private transient PreparedStatement flows;
    private transient PreparedStatement plan;
    /** Only the newest progress of each entity in a batch needs writing. */
    private transient Map<String, HullProgress> newest;

    @Override
    public void open(Connection c) throws SQLException {
        flows = c.prepareStatement(UPSERT_FLOWS);
        plan = c.prepareStatement(UPSERT_PLAN);
        newest = new LinkedHashMap<>();
    }

    @Override
    public void add(HullProgress p) {
        newest.merge(p.entityId(), p, (a, b) -> b.version() > a.version() ? b : a);
    }

    private void addCurrent(HullProgress p) throws SQLException {
        int i = 1;
        flows.setString(i++, p.entityId());
        flows.setString(i++, p.shipId());
        flows.setString(i++, p.kind());
        flows.setLong(i++, p.version());
        if (p.slipMillis() == HullSchedule.UNKNOWN) {
            flows.setNull(i++, Types.DOUBLE);
        } else {
            flows.setDouble(i++, p.slipMillis() / 3_600_000.0);
        }
        flows.setString(i++, p.slipStage());
        flows.setInt(i++, p.stagesPlanned());
        flows.setInt(i++, p.stagesDone());
        flows.setLong(i++, p.designRevisions());
        flows.setDouble(i++, p.materialOrderedTonnes());
        flows.setDouble(i++, p.materialDeliveredTonnes());
        flows.setLong(i++, p.materialDeliveries());
        flows.setDouble(i++, p.equipmentHours());
        flows.setDouble(i++, p.crewHours());
        flows.setLong(i++, p.nonConformancesOpened());
        flows.setLong(i++, p.nonConformancesClosed());
        flows.setLong(i++, p.openNonConformances());
        flows.setLong(i++, p.workOrdersOpened());
        flows.setLong(i++, p.workOrdersClosed());
        flows.setString(i++, p.eventId());
        flows.setObject(i, EquipmentTwinTable.utc(System.currentTimeMillis()));
        flows.addBatch();
        for (int s = 0; s < STAGES.length; s++) {
            if (p.plannedStart()[s] < 0) {
                continue;
            }
            plan.setString(1, p.entityId());
            plan.setString(2, STAGES[s].name());
            plan.setObject(3, EquipmentTwinTable.utc(p.plannedStart()[s]));
            plan.setObject(4, EquipmentTwinTable.utc(p.plannedFinish()[s]));
            plan.setLong(5, p.version());
            plan.addBatch();
        }
    }

    @Override
    public void execute() throws SQLException {
        for (HullProgress p : newest.values()) {
            addCurrent(p);
        }
        newest.clear();
        flows.executeBatch();
        plan.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {flows, plan}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
