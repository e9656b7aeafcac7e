package io.shiptwin.sim.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.sim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    private static Comparison comparison;

    @BeforeAll
    static void run() {
        comparison = WhatIf.compare(ScenarioLoader.load("teaching"),
                List.of(ScenarioLoader.parse("extends: teaching\nyard: {quayBerths: 2}\n", "two-berths")), 3, 1, 2, WhatIf.ProgressListener.NONE);
    }

    @Test
    void csvFilesHaveOneRowPerScenarioAndKpi(@TempDir Path dir) throws Exception {
        List<Path> files = Reports.writeCsv(comparison, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("kpis.csv", "differences.csv", "resources.csv", "ships.csv", "replications.csv");
        List<String> kpis = Files.readAllLines(dir.resolve("kpis.csv"));
        assertThat(kpis.get(0)).isEqualTo("scenario,kpi,unit,mean,ci95_low,ci95_high,replications");
        assertThat(kpis).hasSize(1 + 2 * Kpi.ALL.size());
        assertThat(Files.readAllLines(dir.resolve("replications.csv"))).hasSize(1 + 2 * 3);
    }

    @Test
    void htmlReportIsSelfContained(@TempDir Path dir) throws Exception {
        String html = Files.readString(Reports.writeHtml(comparison, dir.resolve("report.html")));
        assertThat(html).contains("<svg", "teaching", "two-berths", "P(on time)", "Schedule of one replication");
        assertThat(html).doesNotContain("<script", "src=", "href=", "<link");
    }

    @Test
    void terminalTableNamesEveryKpiAndTheBottleneck() {
        String table = Reports.table(comparison);
        for (Kpi k : Kpi.ALL) {
            assertThat(table).contains(k.label());
        }
        assertThat(table).contains("bottleneck of teaching:");
    }

    @Test
    void variantsWithAnotherOrderBookOrYardStillReport(@TempDir Path dir) throws Exception {
        Comparison c = WhatIf.compare(ScenarioLoader.load("teaching"), List.of(ScenarioLoader.parse("""
                extends: teaching
                orderBook: [{design: coaster, ships: 3, intervalDays: 30, contractDays: 200}]
                yard:
                  docks: [{name: dock-1}, {name: dock-2}]
                  cranes: [{name: GC-01, dock: dock-1, capacityTonnes: 300}, {name: GC-02, dock: dock-2, capacityTonnes: 300}]
                """, "bigger")), 2, 1, 2, WhatIf.ProgressListener.NONE);
        String html = Files.readString(Reports.writeHtml(c, dir.resolve("r.html")));
        assertThat(html).contains("bigger");
        assertThat(Reports.writeCsv(c, dir)).hasSize(5);
    }
}
