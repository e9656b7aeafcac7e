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
import java.util.regex.Pattern;

/**
 * Reads the what-if results in H2 ({@code whatif_runs}, {@code whatif_kpis}, {@code whatif_resources}, DDL in
 * {@link TwinTables#WHATIF_DDL}), written by {@code ./shiptwin scenario run|compare} and by the runs the
 * dashboard starts. Missing tables read as "no runs yet".
 */
final class WhatIfRuns {
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** One scenario of a run as listed: its role is {@code RUN}, {@code BASE} or {@code VARIANT}. */
    public record ScenarioRef(String scenario, String role, String description) {
    }

    /** A run in the list, newest first. */
    public record RunSummary(String runId, String createdAt, long seed, int replications, List<ScenarioRef> scenarios) {
    }

    /** One KPI estimate: mean and 95% confidence interval over {@code n} replications (null when undefined). */
    public record KpiEstimate(String kpi, String label, String unit, Double mean, Double ciLow, Double ciHigh, int n) {
    }

    /** One resource's utilisation (0..1) with its 95% interval, and in how many replications it was the bottleneck. */
    public record ResourceEstimate(String resource, int capacity, Double utilisationMean, Double utilisationLow,
                                   Double utilisationHigh, int timesBottleneck) {
    }

    /** One bar of a ship's schedule in replication 0, in days since the scenario start; {@code finishDay} null if not reached. */
    public record Phase(String phase, double startDay, Double finishDay) {
    }

    /** A ship of replication 0: its contract and delivery day (null: not delivered) and its phases in order. */
    public record ShipSchedule(String hull, double contractDay, Double deliveryDay, List<Phase> phases) {
    }

    public record ScenarioResult(String scenario, String role, String description, long resultHash,
                                 List<KpiEstimate> kpis, List<ResourceEstimate> resources, List<ShipSchedule> schedule) {
    }

    public record Run(String runId, String createdAt, long seed, int replications, List<ScenarioResult> scenarios) {
    }

    private final String jdbcUrl;

    WhatIfRuns(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Throws {@link IllegalArgumentException} naming the parameter when the run id cannot be one. */
    static String validRunId(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("runId: must be 1-64 of [A-Za-z0-9._-], got '" + runId + "'");
        }
        return runId;
    }

    List<RunSummary> list() throws SQLException {
        Map<String, RunSummary> runs = new LinkedHashMap<>();
        String sql = "SELECT run_id, scenario, role, description, seed, replications, created_at FROM " + TwinTables.WHATIF_RUNS
                + " ORDER BY created_at DESC, run_id DESC, CASE role WHEN 'VARIANT' THEN 1 ELSE 0 END, scenario";
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString("run_id");
                RunSummary run = runs.computeIfAbsent(id, k -> {
                    try {
                        return new RunSummary(k, Times.iso(rs.getObject("created_at", OffsetDateTime.class)), rs.getLong("seed"),
                                rs.getInt("replications"), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                run.scenarios().add(new ScenarioRef(rs.getString("scenario"), rs.getString("role"), rs.getString("description")));
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return List.copyOf(runs.values());
    }

    Optional<Run> find(String runId) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            List<ScenarioResult> scenarios = new ArrayList<>();
            String createdAt = null;
            long seed = 0;
            int replications = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT scenario, role, description, seed, replications, result_hash,"
                    + " created_at FROM " + TwinTables.WHATIF_RUNS + " WHERE run_id = ?"
                    + " ORDER BY CASE role WHEN 'VARIANT' THEN 1 ELSE 0 END, scenario")) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        createdAt = Times.iso(rs.getObject("created_at", OffsetDateTime.class));
                        seed = rs.getLong("seed");
                        replications = rs.getInt("replications");
                        String scenario = rs.getString("scenario");
                        scenarios.add(new ScenarioResult(scenario, rs.getString("role"), rs.getString("description"),
                                rs.getLong("result_hash"), kpis(c, runId, scenario), resources(c, runId, scenario),
                                schedule(c, runId, scenario)));
                    }
                }
            }
            return scenarios.isEmpty() ? Optional.empty() : Optional.of(new Run(runId, createdAt, seed, replications, scenarios));
        } catch (SQLException e) {
            if (TwinTableCounts.isMissingTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static List<KpiEstimate> kpis(Connection c, String runId, String scenario) throws SQLException {
        List<KpiEstimate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kpi, label, unit, mean, ci_low, ci_high, n FROM "
                + TwinTables.WHATIF_KPIS + " WHERE run_id = ? AND scenario = ? ORDER BY kpi")) {
            ps.setString(1, runId);
            ps.setString(2, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new KpiEstimate(rs.getString("kpi"), rs.getString("label"), rs.getString("unit"),
                            rs.getObject("mean", Double.class), rs.getObject("ci_low", Double.class),
                            rs.getObject("ci_high", Double.class), rs.getInt("n")));
                }
            }
        }
        return out;
    }

    private static List<ResourceEstimate> resources(Connection c, String runId, String scenario) throws SQLException {
        List<ResourceEstimate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT resource, capacity, utilisation_mean, utilisation_low,"
                + " utilisation_high, times_bottleneck FROM " + TwinTables.WHATIF_RESOURCES
                + " WHERE run_id = ? AND scenario = ? ORDER BY resource")) {
            ps.setString(1, runId);
            ps.setString(2, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ResourceEstimate(rs.getString("resource"), rs.getInt("capacity"),
                            rs.getObject("utilisation_mean", Double.class), rs.getObject("utilisation_low", Double.class),
                            rs.getObject("utilisation_high", Double.class), rs.getInt("times_bottleneck")));
                }
            }
        }
        return out;
    }

    /** The ships of replication 0 in the order they were started; empty for runs stored before the schedule was kept. */
    private static List<ShipSchedule> schedule(Connection c, String runId, String scenario) throws SQLException {
        Map<String, ShipSchedule> ships = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT hull, phase, start_day, finish_day, contract_day, delivery_day FROM "
                + TwinTables.WHATIF_SCHEDULE + " WHERE run_id = ? AND scenario = ?"
                + " ORDER BY MIN(start_day) OVER (PARTITION BY hull), hull, start_day")) {
            ps.setString(1, runId);
            ps.setString(2, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String hull = rs.getString("hull");
                    double contract = rs.getDouble("contract_day");
                    Double delivery = rs.getObject("delivery_day", Double.class);
                    ships.computeIfAbsent(hull, h -> new ShipSchedule(h, contract, delivery, new ArrayList<>())).phases()
                            .add(new Phase(rs.getString("phase"), rs.getDouble("start_day"), rs.getObject("finish_day", Double.class)));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return List.copyOf(ships.values());
    }

    /** One row per scenario and KPI (long format). */
    static String kpisCsv(Run run) {
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "run_id", "scenario", "role", "kpi", "label", "unit", "mean", "ci95_low", "ci95_high", "replications");
        for (ScenarioResult s : run.scenarios()) {
            for (KpiEstimate k : s.kpis()) {
                CsvExport.row(out, run.runId(), s.scenario(), s.role(), k.kpi(), k.label(), k.unit(), k.mean(), k.ciLow(),
                        k.ciHigh(), k.n());
            }
        }
        return out.toString();
    }

    /** One row per scenario and resource. */
    static String resourcesCsv(Run run) {
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "run_id", "scenario", "role", "resource", "capacity", "utilisation_mean", "ci95_low", "ci95_high",
                "times_bottleneck");
        for (ScenarioResult s : run.scenarios()) {
            for (ResourceEstimate r : s.resources()) {
                CsvExport.row(out, run.runId(), s.scenario(), s.role(), r.resource(), r.capacity(), r.utilisationMean(),
                        r.utilisationLow(), r.utilisationHigh(), r.timesBottleneck());
            }
        }
        return out.toString();
    }
}
