package io.shiptwin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.app.embedded.EmbeddedH2;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScenarioCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aComparisonWritesCsvAndHtmlAndKeepsEveryScenarioKpiInH2() throws Exception {
        Path out = dir.resolve("out");
        Path variant = Files.writeString(dir.resolve("two-berths.yaml"), "name: two-berths\nextends: teaching\nyard:\n  quayBerths: 2\n");
        int code = run(new StringWriter(), "scenario", "compare", "teaching", variant.toString(), "--replications", "2",
                "--out", out.toString(), "--run-dir", dir.resolve("run").toString());

        assertThat(code).isZero();
        assertThat(out.resolve("kpis.csv")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").doesNotContain("https://");
        try (Connection c = DriverManager.getConnection(EmbeddedH2.fileUrl(dir.resolve("run").resolve("h2")));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT role), COUNT(*) FROM whatif_runs")) {
            rs.next();
            assertThat(rs.getInt(1)).as("a BASE and a VARIANT row").isEqualTo(2);
            try (ResultSet kpis = s.executeQuery("SELECT COUNT(*), MIN(n) FROM whatif_kpis WHERE kpi = 'dockCycleDays'")) {
                kpis.next();
                assertThat(kpis.getInt(2)).as("each estimate over 2 replications").isEqualTo(2);
            }
        }
    }

    @Test
    void aBadScenarioFileIsRefusedWithThePathTheRuleAndASuggestion() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nextends: teaching\nyard:\n  quayBerth: 2\n");
        StringWriter err = new StringWriter();

        int code = run(err, "scenario", "validate", bad.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("yard.quayBerth: unknown key, did you mean 'quayBerths'?");
    }

    @Test
    void aSweepRunsOneVariantPerValue() {
        Path out = dir.resolve("sweep");
        int code = run(new StringWriter(), "scenario", "run", "teaching", "--sweep", "yard.quayBerths=1..2", "--replications", "2",
                "--out", out.toString(), "--run-dir", dir.resolve("run").toString());

        assertThat(code).isZero();
        assertThat(out.resolve("differences.csv")).exists();
    }
}
