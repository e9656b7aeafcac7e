package io.shiptwin.app;

import io.shiptwin.app.embedded.ProcessMemory;
import io.shiptwin.app.fidelity.FidelityCheck;
import io.shiptwin.app.fidelity.FidelityReport;
import io.shiptwin.app.fidelity.Tolerances;
import io.shiptwin.app.fidelity.TwinReader;
import io.shiptwin.app.fidelity.TwinFigures;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./shiptwin demo}: starts the whole embedded data path and the simulator, runs until the
 * duration has passed or Ctrl-C, then stops the simulator, lets the pipeline drain, and accounts
 * for every message.
 */
public final class DemoRun {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final PipelineSettings settings;
    private final SimConfig simConfig;
    private final Duration duration;
    private final Path report;
    private Path truthDir;
    private FidelityReport fidelity;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public DemoRun(PipelineSettings settings, SimConfig simConfig, Duration duration, Path report) {
        this.settings = settings;
        this.simConfig = simConfig;
        this.duration = duration;
        this.report = report;
    }

    /** Also write the simulation's ground truth (scenario runs only) to {@code dir} at the end. */
    public DemoRun withTruth(Path dir) {
        this.truthDir = dir;
        return this;
    }

    /** Runs the demo; returns the reconciliation. Ctrl-C ends it cleanly. */
    public Reconciliation run() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Thread hook = new Thread(this::onSignal, "shiptwin-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (EmbeddedPipeline pipeline = new EmbeddedPipeline(settings).start()) {
            PipelineSnapshot start = pipeline.status().snapshot();
            if (simConfig.scenario() != null) {
                warnIfTwinHoldsEarlierRun(pipeline);
            }
            TelemetrySimulator sim = pipeline.startSimulator(simConfig);
            long startupMillis = System.currentTimeMillis() - jvmStart;
            printBanner(pipeline, startupMillis);
            long firstTwinUpdate = awaitFirstTwinUpdate(pipeline, start, jvmStart);
            if (firstTwinUpdate >= 0) {
                LOG.info("first twin update {} ms after launch", firstTwinUpdate);
            }
            long runStart = System.nanoTime();
            awaitEnd(sim);
            long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - runStart);
            LOG.info("stopping the simulator and draining the pipeline");
            pipeline.stopSimulator();
            long expected = Reconciliation.uniquePublished(sim.published(), sim.networkStats());
            boolean drained = awaitDrained(pipeline, start, expected);
            PipelineSnapshot end = pipeline.status().snapshot();
            Reconciliation r = Reconciliation.of(sim.networkStats(), sim.generated(), sim.published(), pipeline.broker().received(),
                    pipeline.bridge().received(),
                    pipeline.bridge().sentToKafka(), start, end, drained, startupMillis, firstTwinUpdate, runMillis,
                    ProcessMemory.rssMegabytes(ProcessHandle.current().pid()), ProcessMemory.rssMegabytes(pipeline.kafka().pid()));
            if (sim.scenarioFeed() != null) {
                LOG.info("comparing the twin with the simulation's ground truth");
                fidelity = FidelityCheck.run(pipeline.h2Url(), sim.scenarioFeed(), r, Tolerances.DEFAULT, DRAIN_TIMEOUT);
            }
            System.out.println(r.table());
            if (fidelity != null) {
                System.out.println(fidelity.table());
            }
            if (truthDir != null && sim.scenarioFeed() != null) {
                System.out.println("  ground truth written to " + sim.scenarioFeed().writeTruth(truthDir));
            }
            if (report != null) {
                if (fidelity != null) {
                    fidelity.writeJson(report);
                } else {
                    r.writeJson(report);
                }
                System.out.println("  report written to " + report.toAbsolutePath());
            }
            return r;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for `finished`.
            }
        }
    }

    /** The scenario run's comparison of the twin with the ground truth; null for the minimal yard or before the end. */
    public FidelityReport fidelity() {
        return fidelity;
    }

    /** A twin kept in the run directory from an earlier run of the same yard adds up with this one: say so. */
    private void warnIfTwinHoldsEarlierRun(EmbeddedPipeline pipeline) {
        TwinFigures before = TwinReader.read(pipeline.h2Url(), simConfig.yardPrefix());
        if (!before.hulls().isEmpty() || !before.equipment().isEmpty()) {
            LOG.warn("the twin in {} already holds {} hull entities and {} pieces of equipment of yard {} from an earlier run: "
                            + "its figures add up with this run's and the fidelity check will count mismatches; use --fresh",
                    settings.runDir(), before.hulls().size(), before.equipment().size(), simConfig.yardPrefix());
        }
    }

    private void onSignal() {
        LOG.info("Ctrl-C: stopping ShipTwin cleanly");
        stopRequested.countDown();
        try {
            finished.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitEnd(TelemetrySimulator sim) throws InterruptedException {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (stopRequested.getCount() > 0 && System.nanoTime() < deadline && !sim.isDone()) {
            stopRequested.await(Math.min(200, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))),
                    TimeUnit.MILLISECONDS);
        }
    }

    private long awaitFirstTwinUpdate(EmbeddedPipeline pipeline, PipelineSnapshot start, long jvmStart) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && stopRequested.getCount() > 0) {
            if (pipeline.status().twinEvents() > start.twinEvents()) {
                return System.currentTimeMillis() - jvmStart;
            }
            Thread.sleep(100);
        }
        LOG.warn("no twin update within 60 s of start");
        return -1;
    }

    /**
     * Waits until every published message is accounted for. The deadline is {@link #DRAIN_TIMEOUT} without
     * progress, not since the start: a bounded run at {@code --speed max} can leave minutes of backlog behind the
     * bridge, which is still draining, not lost.
     */
    public static boolean awaitDrained(EmbeddedPipeline pipeline, PipelineSnapshot start, long published) throws InterruptedException {
        LongSupplier accounted = () -> {
            PipelineSnapshot now = pipeline.status().snapshot();
            return (now.twinEvents() - start.twinEvents()) + (now.deadLettered() - start.deadLettered())
                    + Reconciliation.businessEvents(start, now);
        };
        return new DrainWatch(accounted, () -> pipeline.bridge().pending() == 0, System::nanoTime,
                nanos -> TimeUnit.NANOSECONDS.sleep(nanos),
                (count, expected) -> LOG.info("draining: {} of {} messages accounted for", count, expected),
                DRAIN_TIMEOUT, Duration.ofSeconds(10), Duration.ofMillis(200)).await(published);
    }

    private void printBanner(EmbeddedPipeline p, long startupMillis) {
        PipelineSettings s = p.settings();
        StringBuilder b = new StringBuilder("\n  ShipTwin is running (started in " + startupMillis + " ms)\n");
        if (p.dashboard() != null) {
            b.append("  dashboard   http://").append(s.host()).append(':').append(p.dashboard().port()).append('\n');
        }
        if (s.flinkUiPort() >= 0) {
            b.append("  Flink UI    ").append(p.flink().restUrl()).append('\n'); // with --flink-ui-port 0, the port picked
        }
        b.append("  MQTT        ").append(p.broker().uri()).append("   (mosquitto_sub -h ").append(s.host()).append(" -p ")
                .append(p.broker().port()).append(" -t 'shipyard/#')\n");
        b.append("  Kafka       ").append(p.kafka().bootstrap()).append('\n');
        b.append("  H2          ").append(p.h2().tcpUrl() != null ? p.h2().tcpUrl() : p.h2Url()).append('\n');
        b.append(duration == null ? "  Press Ctrl-C to stop.\n" : "  Stops by itself after " + duration.toSeconds() + " s.\n");
        System.out.println(b);
    }
}
