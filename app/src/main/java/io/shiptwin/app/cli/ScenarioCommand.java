package io.shiptwin.app.cli;

import io.shiptwin.app.embedded.EmbeddedH2;
import io.shiptwin.app.whatif.WhatIfStore;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.sim.scenario.ScenarioSweep;
import io.shiptwin.sim.whatif.Comparison;
import io.shiptwin.sim.whatif.Reports;
import io.shiptwin.sim.whatif.WhatIf;
import io.shiptwin.sim.whatif.WhatIfResult;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "What-if scenarios of the yard: list, validate, run and compare them (DES only, no streaming pipeline).",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Validate.class, ScenarioCommand.Run.class,
                ScenarioCommand.Compare.class})
public final class ScenarioCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by run and compare. */
    static final class BatchOptions {
        @Option(names = "--replications", defaultValue = "10", description = "Replications per scenario (default: ${DEFAULT-VALUE}).")
        int replications;
        @Option(names = "--seed", defaultValue = "42", description = "Master seed; replication i uses the same random numbers in every scenario (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 = all cores (default: ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--out", description = "Directory for CSV and the HTML report (default: whatif/<run id>).")
        Path out;
        @Option(names = "--run-dir", defaultValue = "run", description = "Run directory whose H2 database keeps the results (default: ${DEFAULT-VALUE}).")
        Path runDir;

        String runId() {
            return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        }

        Path outDir(String runId) {
            return out != null ? out : Path.of("whatif", runId);
        }

        WhatIfStore store() {
            return new WhatIfStore(EmbeddedH2.fileUrl(runDir.resolve("h2")));
        }
    }

    /** A one-line progress bar on stderr, redrawn in place. */
    static WhatIf.ProgressListener progressBar() {
        return (done, total) -> {
            int width = 30;
            int filled = (int) Math.round((double) done / total * width);
            System.err.printf("\r  [%s%s] %d/%d replications", "#".repeat(filled), " ".repeat(width - filled), done, total);
            if (done == total) {
                System.err.println();
            }
        };
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the scenarios shipped with ShipTwin.")
    static final class ListScenarios implements Callable<Integer> {
        @Override
        public Integer call() {
            for (String name : ScenarioLoader.SHIPPED) {
                Scenario s = ScenarioLoader.load(name);
                System.out.printf("  %-28s %s%n", name, s.description());
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks a scenario file (or shipped name) and prints every problem.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|FILE")
        String scenario;

        @Override
        public Integer call() {
            Scenario s = ScenarioLoader.load(scenario);
            System.out.println("  " + s.name() + ": valid");
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs replications of one scenario; prints KPIs with 95% intervals, writes CSV and HTML, stores results in H2.")
    static final class Run implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|FILE")
        String scenario;
        @Mixin
        BatchOptions batch;
        @Option(names = "--sweep", description = "Vary one parameter over a range, e.g. yard.quayBerths=3..6: runs one variant per value "
                + "and compares them with the first.")
        String sweep;

        @Override
        public Integer call() throws Exception {
            if (sweep != null) {
                List<Scenario> points = ScenarioSweep.expand(scenario, sweep);
                return Compare.compareAndReport(points.get(0), points.subList(1, points.size()), batch);
            }
            Scenario s = ScenarioLoader.load(scenario);
            String runId = batch.runId();
            WhatIfResult r = WhatIf.run(s, batch.replications, batch.seed, batch.threads, progressBar());
            System.out.println(Reports.table(r));
            Path dir = batch.outDir(runId);
            List<Path> csv = Reports.writeCsv(r, dir);
            Path html = Reports.writeHtml(r, dir.resolve("report.html"));
            batch.store().save(runId, r);
            System.out.println("  CSV: " + csv + "\n  HTML: " + html + "\n  stored in H2 as run " + runId);
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Runs a base scenario and variants with common random numbers and compares their KPIs.")
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "BASE")
        String base;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT")
        List<String> variants;
        @Mixin
        BatchOptions batch;

        @Override
        public Integer call() throws Exception {
            return compareAndReport(ScenarioLoader.load(base), variants.stream().map(ScenarioLoader::load).toList(), batch);
        }

        static int compareAndReport(Scenario b, List<Scenario> v, BatchOptions batch) throws Exception {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("a comparison needs at least one variant besides " + b.name());
            }
            String runId = batch.runId();
            Comparison c = WhatIf.compare(b, v, batch.replications, batch.seed, batch.threads, progressBar());
            System.out.println(Reports.table(c));
            Path dir = batch.outDir(runId);
            List<Path> csv = Reports.writeCsv(c, dir);
            Path html = Reports.writeHtml(c, dir.resolve("report.html"));
            batch.store().save(runId, c);
            System.out.println("  CSV: " + csv + "\n  HTML: " + html + "\n  stored in H2 as run " + runId);
            return 0;
        }
    }
}
