package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.app.embedded.LocalFlink;
import io.shiptwin.app.fidelity.FidelityCheck;
import io.shiptwin.app.fidelity.FidelityReport;
import io.shiptwin.app.fidelity.Tolerances;
import io.shiptwin.app.fidelity.TwinFigures;
import io.shiptwin.app.fidelity.TwinReader;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.pacing.Pacing;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance test of the consistency model (ADR 0002): the Flink job is cancelled in the middle of a
 * run, after at least one checkpoint that holds part of it, and resubmitted from the latest retained checkpoint
 * while the yard keeps publishing; at the end its twin equals, table by table, the twin of the same yard streamed
 * without interruption. Both runs stream the same scenario and seed into the one pipeline of the class under
 * their own identifier prefixes (and run ids), which the comparison maps onto each other. Compared: every column
 * of the twin tables but wall-clock times and {@code ship_totals.last_event_id} (the last flow delta applied: the
 * ship's entities arrive by several partitions, so it is arrival order even without a restore).
 */
class CheckpointRestoreIT extends PipelineTestBase {
    private static final String UNDISTURBED = "88.118.8201";
    private static final String RESTORED = "88.118.8202";

    private static SimConfig yard(String prefix, Pacing pacing) throws Exception {
        Path file = tempDir.resolve("baseline-daily.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, "extends: baseline\nstreaming: {samplePeriodSeconds: 86400}\n");
        }
        return SimConfig.defaults(pipeline.broker().uri()).withYardPrefix(prefix).withRunId("run-" + prefix)
                .withScenario(file.toString()).withSimDays(42).withPacing(pacing);
    }

    private static FidelityReport finish(TelemetrySimulator sim, PipelineSnapshot start) throws Exception {
        assertThat(sim.awaitDone(Duration.ofSeconds(90))).as("the feed reaches its bound").isTrue();
        sim.close();
        long unique = Reconciliation.uniquePublished(sim.published(), sim.networkStats());
        assertThat(DemoRun.awaitDrained(pipeline, start, unique)).as("the pipeline drains").isTrue();
        Reconciliation r = Reconciliation.of(sim.networkStats(), sim.generated(), sim.published(), 0, 0, 0, start,
                pipeline.status().snapshot(), true, 0, 0, 0, 0, 0);
        return FidelityCheck.run(pipeline.h2Url(), sim.scenarioFeed(), r, Tolerances.DEFAULT, Duration.ofSeconds(60));
    }

    @Test
    void aJobCancelledMidRunAndRestoredFromItsLastCheckpointLeavesTheSameTwinAsAnUndisturbedRun() throws Exception {
        // 1. The reference: the yard streamed without interruption.
        PipelineSnapshot start = pipeline.status().snapshot();
        FidelityReport undisturbed;
        try (TelemetrySimulator sim = new TelemetrySimulator(yard(UNDISTURBED, Pacing.AS_FAST_AS_POSSIBLE)).start()) {
            undisturbed = finish(sim, start);
        }
        assertThat(undisturbed.failures()).as("the undisturbed twin matches the ground truth").isEmpty();
        long telemetry = TwinReader.read(pipeline.h2Url(), UNDISTURBED).equipment().values().stream()
                .mapToLong(TwinFigures.Equipment::events).sum();

        // 2. The same yard again, paced over ~10 s of wall time; the job is cancelled once a checkpoint holds part of it.
        start = pipeline.status().snapshot();
        LocalFlink flink = pipeline.flink();
        JobID first = flink.jobId();
        Path checkpoints = flink.checkpointDir();
        try (TelemetrySimulator sim = new TelemetrySimulator(yard(RESTORED, Pacing.speed(400_000))).start()) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> restoredEvents() > 0);
            long seenAt = System.currentTimeMillis();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    LocalFlink.latestCheckpoint(checkpoints).filter(c -> metadataTime(c) > seenAt).isPresent());
            // The sinks' connections are long-lived; the dashboards' and tests' readers last milliseconds.
            java.time.Instant settled = java.time.Instant.now().minusSeconds(1);
            assertThat(sessionsOpenedBefore(settled)).as("the job's writers and the pipeline's own session").isGreaterThan(1);
            flink.cancel();
            assertThat(sessionsOpenedBefore(settled)).as("cancel returns when no writer of the job is left, only the pipeline's session")
                    .isEqualTo(1);
            long atCancel = restoredEvents();
            assertThat(sim.isDone()).as("the yard was still publishing when the job went down").isFalse();
            assertThat(atCancel).as("the job went down mid-run").isPositive().isLessThan(telemetry);

            Path latest = LocalFlink.latestCheckpoint(checkpoints).orElseThrow();
            assertThat(latest.getParent().getFileName().toString()).as("a checkpoint of the cancelled job, kept")
                    .isEqualTo(first.toHexString());
            flink.submit(EquipmentTwinJob.Config.defaults(pipeline.kafka().bootstrap(), pipeline.h2Url()), latest);
            assertThat(flink.jobId()).isNotEqualTo(first);

            FidelityReport restored = finish(sim, start);
            assertThat(restored.failures()).as("the restored twin matches the ground truth").isEmpty();
            assertThat(restored.checks()).isEqualTo(undisturbed.checks());
        }

        // 3. Table by table, the restored twin is the undisturbed one.
        for (String table : List.of(
                "SELECT asset_id, asset_type, site, area, version, event_count, last_event_id, last_sequence, last_event_time "
                        + "FROM equipment_twin WHERE asset_id LIKE ?",
                "SELECT asset_id, channel, last_value, min_value, max_value, mean_value, samples, version "
                        + "FROM equipment_channel WHERE asset_id LIKE ?",
                // the history's versions per asset, in chunks: how many, the lowest and highest, how many chunks
                "SELECT asset_id, SUM(events), MIN(first_version), MAX(last_version), COUNT(*) "
                        + "FROM equipment_history_chunks WHERE asset_id LIKE ? GROUP BY asset_id",
                "SELECT entity_id, kind, ship_id, stage, version, man_hours, cost_minor_units, currency, energy_kwh, "
                        + "inspections_passed, inspections_failed, non_conformances_opened, delivered, last_event_id, last_event_time "
                        + "FROM hull_twin WHERE entity_id LIKE ?",
                "SELECT entity_id, stage, started_at, finished_at, version FROM hull_stage_dates WHERE entity_id LIKE ?",
                "SELECT ship_id, version, own_man_hours, blocks_man_hours, total_man_hours, own_cost_minor_units, "
                        + "blocks_cost_minor_units, total_cost_minor_units, currency, own_energy_kwh, blocks_energy_kwh, "
                        + "total_energy_kwh FROM ship_totals WHERE ship_id LIKE ?",
                "SELECT alert_id, asset_id, rule_id, status, opening_event_id, opened_at, clearing_event_id, cleared_at "
                        + "FROM alerts WHERE asset_id LIKE ?")) {
            Map<String, List<String>> reference = rows(table, UNDISTURBED);
            Map<String, List<String>> afterRestore = rows(table, RESTORED);
            assertThat(afterRestore).as(table).isEqualTo(reference);
            if (!table.contains("alerts")) {
                assertThat(reference).as("rows of " + table).isNotEmpty();
            }
        }
        assertThat(duplicatesOf(RESTORED)).as("the replay after the restore counts no event twice").isZero();
    }

    private static long sessionsOpenedBefore(java.time.Instant instant) throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_START < ?")) {
            ps.setObject(1, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long restoredEvents() {
        return TwinReader.read(pipeline.h2Url(), RESTORED).equipment().values().stream().mapToLong(TwinFigures.Equipment::events).sum();
    }

    private static long metadataTime(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (java.io.IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Rows of the yard under {@code prefix}, keyed by their first column, with the prefix and run id taken out. */
    private static Map<String, List<String>> rows(String sql, String prefix) throws Exception {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix + "/%");
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        // A block's man-hours come from several crews, i.e. Kafka partitions: the order of the
                        // additions, and so the last bits of a double, may differ between any two runs.
                        String text = v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.9g", d) : String.valueOf(v);
                        row.add(v == null ? null : text.replace("run-" + prefix, "RUN").replace(prefix, "YARD"));
                    }
                    rows.merge(row.get(0) + "|" + row.get(1), row, (a, b) -> {
                        throw new IllegalStateException("two rows for " + a.get(0) + "|" + a.get(1) + " in " + sql);
                    });
                }
            }
        }
        return rows;
    }

    private static long duplicatesOf(String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM dropped_events WHERE kind = 'DUPLICATE' AND asset_id LIKE ?")) {
            ps.setString(1, prefix + "/%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
