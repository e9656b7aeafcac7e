package io.shiptwin.app;

import io.shiptwin.app.embedded.ProcessMemory;
import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
            System.out.println(r.table());
            if (truthDir != null && sim.scenarioFeed() != null) {
                System.out.println("  ground truth written to " + sim.scenarioFeed().writeTruth(truthDir));
            }
            if (report != null) {
                r.writeJson(report);
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
            if (pipeline.status().snapshot().twinEvents() > start.twinEvents()) {
                return System.currentTimeMillis() - jvmStart;
            }
            Thread.sleep(100);
        }
        LOG.warn("no twin update within 60 s of start");
        return -1;
    }

    private static boolean awaitDrained(EmbeddedPipeline pipeline, PipelineSnapshot start, long published) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            PipelineSnapshot now = pipeline.status().snapshot();
            long accounted = (now.twinEvents() - start.twinEvents()) + (now.deadLettered() - start.deadLettered())
                    + Reconciliation.businessEvents(start, now);
            if (accounted >= published && pipeline.bridge().pending() == 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void printBanner(EmbeddedPipeline p, long startupMillis) {
        PipelineSettings s = p.settings();
        StringBuilder b = new StringBuilder("\n  ShipTwin is running (started in " + startupMillis + " ms)\n");
        if (p.dashboard() != null) {
            b.append("  dashboard   http://").append(s.host()).append(':').append(p.dashboard().port()).append('\n');
        }
        if (s.flinkUiPort() >= 0) {
            b.append("  Flink UI    http://").append(s.host()).append(':').append(s.flinkUiPort()).append('\n');
        }
        b.append("  MQTT        ").append(p.broker().uri()).append("   (mosquitto_sub -h ").append(s.host()).append(" -p ")
                .append(p.broker().port()).append(" -t 'shipyard/#')\n");
        b.append("  Kafka       ").append(p.kafka().bootstrap()).append('\n');
        b.append("  H2          ").append(p.h2().tcpUrl() != null ? p.h2().tcpUrl() : p.h2Url()).append('\n');
        b.append(duration == null ? "  Press Ctrl-C to stop.\n" : "  Stops by itself after " + duration.toSeconds() + " s.\n");
        System.out.println(b);
    }
}
