package io.shiptwin.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.dashboards.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's what-if runner against the real discrete-event yard: teaching vs a variant, 2 replications. */
class WhatIfRunnerTest {
    static final String VARIANT = "extends: teaching\nname: teaching-2-berths\nyard: {quayBerths: 2}\n";

    @TempDir
    Path dir;

    @Test
    void aComparisonRunsInTheBackgroundAndLeavesRowsInH2AndTheReportFiles() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("h2/shiptwin").toAbsolutePath();
        try (WhatIfRunner runner = new WhatIfRunner(url, dir.resolve("whatif"), 2)) {
            String runId = runner.start("teaching", List.of(VARIANT), 2, 42);

            assertThat(runner.progress(runId)).hasValueSatisfying(p -> {
                assertThat(p.total()).isEqualTo(4);
                assertThat(p.scenarios()).containsExactly("teaching", "teaching-2-berths");
            });
            assertThat(runner.awaitIdle(120)).isTrue();
            ScenarioRunner.Progress done = runner.progress(runId).orElseThrow();
            assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo("DONE");
            assertThat(done.done()).isEqualTo(4);

            Path out = dir.resolve("whatif").resolve(runId);
            for (String file : List.of("kpis.csv", "differences.csv", "resources.csv", "ships.csv", "replications.csv", "report.html")) {
                assertThat(out.resolve(file)).as(file).isRegularFile();
            }
            assertThat(Files.readString(out.resolve("report.html"))).contains("teaching-2-berths");
            assertThat(runner.report(runId)).hasValue(out.resolve("report.html"));

            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                assertThat(rows(s, "SELECT scenario || '/' || role || '/' || replications FROM whatif_runs WHERE run_id = '"
                        + runId + "' ORDER BY role")).containsExactly("teaching/BASE/2", "teaching-2-berths/VARIANT/2");
                assertThat(rows(s, "SELECT COUNT(*) FROM whatif_kpis WHERE run_id = '" + runId + "' AND n = 2"))
                        .containsExactly("28"); // 14 KPIs for each of the two scenarios
                // The uploaded variant really changed the yard: two quay berths instead of one.
                assertThat(rows(s, "SELECT scenario || '/' || capacity FROM whatif_resources WHERE run_id = '" + runId
                        + "' AND resource = 'quayBerths' ORDER BY scenario")).containsExactly("teaching/1", "teaching-2-berths/2");
                // The Gantt of replication 0: both coasters, each through its dock and quay stages in order.
                assertThat(rows(s, "SELECT scenario || '/' || hull || '/' || LISTAGG(phase, ',') WITHIN GROUP (ORDER BY start_day)"
                        + " FROM whatif_schedule WHERE run_id = '" + runId + "' GROUP BY scenario, hull ORDER BY scenario, hull"))
                        .hasSize(4).allSatisfy(r -> assertThat(r).endsWith("/fabrication,erection,launch,quay-outfitting,sea-trials"));
                assertThat(rows(s, "SELECT COUNT(*) FROM whatif_schedule WHERE run_id = '" + runId
                        + "' AND (finish_day < start_day OR delivery_day < start_day OR finish_day IS NULL)")).containsExactly("0");
                assertThat(rows(s, "SELECT COUNT(*) FROM whatif_schedule f JOIN whatif_schedule e ON e.run_id = f.run_id"
                        + " AND e.scenario = f.scenario AND e.hull = f.hull AND f.phase = 'fabrication' AND e.phase = 'erection'"
                        + " WHERE f.run_id = '" + runId + "' AND e.start_day < f.finish_day")).as("docked before erection").containsExactly("0");
            }
        }
    }

    @Test
    void aSingleScenarioWithoutVariantsIsOneRun() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("h2/shiptwin").toAbsolutePath();
        try (WhatIfRunner runner = new WhatIfRunner(url, dir.resolve("whatif"), 1)) {
            String runId = runner.start("teaching", List.of(), 2, 1);

            assertThat(runner.awaitIdle(120)).isTrue();
            assertThat(runner.progress(runId).orElseThrow().state()).isEqualTo("DONE");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                assertThat(rows(s, "SELECT role FROM whatif_runs WHERE run_id = '" + runId + "'")).containsExactly("RUN");
            }
        }
    }

    @Test
    void badScenariosAreRefusedAtOnceWithEveryValidationMessage() {
        try (WhatIfRunner runner = new WhatIfRunner("jdbc:h2:mem:unused", dir.resolve("whatif"), 1)) {
            assertThatThrownBy(() -> runner.start("teachin", List.of("extends: teaching\nyard: {quayBerth: 2}\n", "teaching"), 2, 1))
                    .isInstanceOfSatisfying(ScenarioRunner.Rejected.class, e -> assertThat(e.problems()).containsExactly(
                            "base: unknown scenario 'teachin', expected one of [baseline, extra-gantry-crane, steel-supplier-delay,"
                                    + " humid-season, welding-robot-degradation, yard-5g-vs-wifi, teaching, dock-pump-bearing-wear] or a scenario as YAML text",
                            "variants[0]: yard.quayBerth: unknown key, did you mean 'quayBerths'?"));
            assertThatThrownBy(() -> runner.start("teaching", List.of("teaching"), 2, 1))
                    .isInstanceOfSatisfying(ScenarioRunner.Rejected.class,
                            e -> assertThat(e.problems().get(0)).contains("'teaching' appears twice"));
            assertThat(runner.validate("extends: teaching\nyard: {quayBerth: 2}\n"))
                    .containsExactly("yard.quayBerth: unknown key, did you mean 'quayBerths'?");
            assertThat(runner.validate("extends: teaching\nyard: {quayBerths: 2}\n")).isEmpty();
            assertThat(runner.validate("yard: [")).singleElement().asString().startsWith("not valid YAML");
        }
    }

    @Test
    void anUploadMayExtendOnlyAShippedScenarioNeverAFileOfTheServer() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "description: not for uploads\n");
        try (WhatIfRunner runner = new WhatIfRunner("jdbc:h2:mem:unused", dir.resolve("whatif"), 1)) {
            assertThat(runner.validate("extends: " + secret + "\n")).singleElement().asString()
                    .startsWith("extends: an uploaded scenario may extend only a shipped one");
            assertThatThrownBy(() -> runner.start(secret.toString(), List.of(), 1, 1))
                    .isInstanceOf(ScenarioRunner.Rejected.class);
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
