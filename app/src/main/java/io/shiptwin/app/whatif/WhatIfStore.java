package io.shiptwin.app.whatif;

import io.shiptwin.model.TwinTables;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.whatif.Comparison;
import io.shiptwin.sim.whatif.WhatIfResult;
import io.shiptwin.sim.yard.GroundTruth;
import io.shiptwin.sim.yard.YardRun;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps what-if results in H2 so the dashboard can show and compare them: one row per run and
 * scenario, one per KPI estimate, one per resource, and the ship schedule of replication 0. The DDL is {@link TwinTables#WHATIF_DDL}.
 */
public final class WhatIfStore {
    private final String jdbcUrl;

    public WhatIfStore(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public void save(String runId, WhatIfResult result) throws SQLException {
        save(runId, List.of(new Tagged("RUN", result)));
    }

    public void save(String runId, Comparison comparison) throws SQLException {
        List<Tagged> all = new java.util.ArrayList<>();
        all.add(new Tagged("BASE", comparison.base()));
        comparison.variants().forEach(v -> all.add(new Tagged("VARIANT", v)));
        save(runId, all);
    }

    private record Tagged(String role, WhatIfResult result) {
    }

    private void save(String runId, List<Tagged> results) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            synchronized (TwinTables.SCHEMA_CHANGES) {
                try (Statement s = c.createStatement()) {
                    for (String ddl : TwinTables.WHATIF_DDL) {
                        s.execute(ddl);
                    }
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("MERGE INTO whatif_runs KEY (run_id, scenario) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement kpi = c.prepareStatement("MERGE INTO whatif_kpis KEY (run_id, scenario, kpi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement res = c.prepareStatement(
                         "MERGE INTO whatif_resources KEY (run_id, scenario, resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement plan = c.prepareStatement("MERGE INTO " + TwinTables.WHATIF_SCHEDULE
                         + " KEY (run_id, scenario, hull, phase, start_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
                for (Tagged t : results) {
                    WhatIfResult r = t.result();
                    run.setString(1, runId);
                    run.setString(2, r.scenario());
                    run.setString(3, t.role());
                    run.setString(4, r.description());
                    run.setLong(5, r.seed());
                    run.setInt(6, r.replications().size());
                    run.setLong(7, r.resultHash());
                    run.setObject(8, now);
                    run.addBatch();
                    for (WhatIfResult.KpiEstimate e : r.kpis()) {
                        kpi.setString(1, runId);
                        kpi.setString(2, r.scenario());
                        kpi.setString(3, e.kpi().key());
                        kpi.setString(4, e.kpi().label());
                        kpi.setString(5, e.kpi().unit());
                        setDouble(kpi, 6, e.estimate().mean());
                        setDouble(kpi, 7, e.estimate().low());
                        setDouble(kpi, 8, e.estimate().high());
                        kpi.setInt(9, e.estimate().n());
                        kpi.addBatch();
                    }
                    for (WhatIfResult.ResourceEstimate e : r.resources()) {
                        res.setString(1, runId);
                        res.setString(2, r.scenario());
                        res.setString(3, e.name());
                        res.setInt(4, e.capacity());
                        setDouble(res, 5, e.utilisation().mean());
                        setDouble(res, 6, e.utilisation().low());
                        setDouble(res, 7, e.utilisation().high());
                        res.setInt(8, e.timesBottleneck());
                        res.addBatch();
                    }
                    for (ScheduleRow row : schedule(r.firstRun())) {
                        plan.setString(1, runId);
                        plan.setString(2, r.scenario());
                        plan.setString(3, row.hull());
                        plan.setString(4, row.phase());
                        plan.setDouble(5, row.startDay());
                        setDouble(plan, 6, row.finishDay());
                        plan.setDouble(7, row.contractDay());
                        setDouble(plan, 8, row.deliveryDay());
                        plan.addBatch();
                    }
                }
                run.executeBatch();
                kpi.executeBatch();
                res.executeBatch();
                plan.executeBatch();
                c.commit();
            }
        }
    }

    /** One bar of the Gantt of replication 0: a ship's fabrication (start to dock-in) or one of its dock and quay stages. */
    record ScheduleRow(String hull, String phase, double startDay, double finishDay, double contractDay, double deliveryDay) {
    }

    /** Stages of a ship entity drawn after its fabrication, as the HTML report's Gantt draws them. */
    private static final Set<LifecycleStage> SHIP_PHASES = EnumSet.of(LifecycleStage.ERECTION, LifecycleStage.LAUNCH,
            LifecycleStage.QUAY_OUTFITTING, LifecycleStage.SEA_TRIALS);

    /** The schedule of one replication: per ship, in order, fabrication and then its stages (NaN: not reached). */
    static List<ScheduleRow> schedule(YardRun run) {
        List<ScheduleRow> rows = new java.util.ArrayList<>();
        for (YardRun.ShipOutcome s : run.ships()) {
            rows.add(new ScheduleRow(s.hull(), "fabrication", s.startDay(), s.dockInDay(), s.contractDay(), s.deliveryDay()));
            String entity = "SHIP-" + s.hull();
            for (GroundTruth.StageRecord r : run.truth().stages()) {
                if (r.entity().equals(entity) && r.stage().lifecycle() != null && SHIP_PHASES.contains(r.stage().lifecycle())) {
                    rows.add(new ScheduleRow(s.hull(), r.stage().name(), r.start() / (double) SimTime.days(1),
                            r.finish() / (double) SimTime.days(1), s.contractDay(), s.deliveryDay()));
                }
            }
        }
        return rows;
    }

    /** An undefined estimate (NaN) is stored as NULL, not as a number. */
    private static void setDouble(PreparedStatement s, int i, double v) throws SQLException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            s.setObject(i, null);
        } else {
            s.setDouble(i, v);
        }
    }
}
