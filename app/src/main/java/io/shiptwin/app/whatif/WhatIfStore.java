package io.shiptwin.app.whatif;

import io.shiptwin.sim.whatif.Comparison;
import io.shiptwin.sim.whatif.WhatIfResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps what-if results in H2 so the dashboard can show and compare them: one row per run and
 * scenario, one per KPI estimate, one per resource.
 */
public final class WhatIfStore {
    static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS whatif_runs (
              run_id       VARCHAR(64)  NOT NULL,
              scenario     VARCHAR(200) NOT NULL,
              role         VARCHAR(16)  NOT NULL,   -- RUN | BASE | VARIANT
              description  VARCHAR(2000),
              seed         BIGINT NOT NULL,
              replications INT NOT NULL,
              result_hash  BIGINT NOT NULL,         -- equal for equal scenario, seed and replications
              created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
              PRIMARY KEY (run_id, scenario)
            )""",
            """
            CREATE TABLE IF NOT EXISTS whatif_kpis (
              run_id    VARCHAR(64)  NOT NULL,
              scenario  VARCHAR(200) NOT NULL,
              kpi       VARCHAR(64)  NOT NULL,
              label     VARCHAR(200) NOT NULL,
              unit      VARCHAR(32)  NOT NULL,
              mean      DOUBLE PRECISION,
              ci_low    DOUBLE PRECISION,         -- 95% confidence interval
              ci_high   DOUBLE PRECISION,
              n         INT NOT NULL,
              PRIMARY KEY (run_id, scenario, kpi)
            )""",
            """
            CREATE TABLE IF NOT EXISTS whatif_resources (
              run_id            VARCHAR(64)  NOT NULL,
              scenario          VARCHAR(200) NOT NULL,
              resource          VARCHAR(200) NOT NULL,
              capacity          INT NOT NULL,
              utilisation_mean  DOUBLE PRECISION,
              utilisation_low   DOUBLE PRECISION,
              utilisation_high  DOUBLE PRECISION,
              times_bottleneck  INT NOT NULL,
              PRIMARY KEY (run_id, scenario, resource)
            )""");

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
            try (Statement s = c.createStatement()) {
                for (String ddl : DDL) {
                    s.execute(ddl);
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("MERGE INTO whatif_runs KEY (run_id, scenario) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement kpi = c.prepareStatement("MERGE INTO whatif_kpis KEY (run_id, scenario, kpi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement res = c.prepareStatement(
                         "MERGE INTO whatif_resources KEY (run_id, scenario, resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                }
                run.executeBatch();
                kpi.executeBatch();
                res.executeBatch();
                c.commit();
            }
        }
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
