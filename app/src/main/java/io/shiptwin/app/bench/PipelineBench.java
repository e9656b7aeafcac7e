package io.shiptwin.app.bench;

import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.app.embedded.ProcessMemory;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.sim.GatewayBatching;
import io.shiptwin.sim.MinimalYard;
import io.shiptwin.sim.TelemetrySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole data path under load, on the embedded components: how many events per second go from
 * MQTT publish to twin update with none lost, and how long one event takes at a steady rate.
 *
 * <p>Latency is measured without a second clock: the bench stamps each event's event time with the
 * wall clock at publish, and the Flink twin stamps {@code updatedAt} with the wall clock when it
 * applies the event; both are read back from the twin's history, with the times of the hops between
 * ({@link HopLatency}).
 */
public final class PipelineBench {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBench.class);

    /** Figures of one bench run. */
    public record Result(String startedAt, String entry, int gatewayBatch, long gatewayLingerMs, String gatewayScope, long checkpointIntervalMs, long throughputEvents, double throughputSeconds, double eventsPerSecond,
                         double publishedEventsPerSecond, double twinEventsPerSecondWhilePublishing, long lost, double latencyRate, double latencyWarmupSeconds, long latencyEvents, double latencyP50Ms, double latencyP99Ms,
                         double latencyMaxMs, HopLatency latencyHops, long rssMegabytes, long kafkaRssMegabytes, int cores,
                         double cpuMicrosPerEvent, double shiptwinCpuMicrosPerEvent, double kafkaCpuMicrosPerEvent, double coresBusy,
                         double allocatedKilobytesPerEvent, double latencyAllocatedKilobytesPerEvent, long latencyYoungCollections,
                         double latencyYoungPauseMeanMs, long latencyFullCollections, long latencyFullPauseMs) {
    }

    private PipelineBench() {
    }

    public static Result run(Path runDir, BenchEntry.Point entry, GatewayBatching gateway, Duration checkpointInterval,
                             long throughputEvents, double latencyRate, Duration latencyWarmup, Duration latencyDuration) throws Exception {
        PipelineSettings settings = new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), Ports.free(), -1, -1, -1,
                runDir, 1, "512m").withCheckpointInterval(checkpointInterval);
        try (EmbeddedPipeline pipeline = new EmbeddedPipeline(settings).start()) {
            awaitJobRunning(pipeline);
            LOG.info("bench: throughput phase, {} events as fast as possible into {} (gateway batching: {})", throughputEvents, entry, gateway);
            Throughput throughput = throughputPhase(pipeline, entry, gateway, throughputEvents);
            collectGarbageOfThroughputPhase();
            LOG.info("bench: latency phase, {} events/s into {}: {} s of warm-up, then {} s measured", latencyRate, entry,
                    latencyWarmup.toSeconds(), latencyDuration.toSeconds());
            Latency latency = latencyPhase(pipeline, entry, gateway, latencyRate, latencyWarmup, latencyDuration);
            HopLatency hops = latency.hops();
            HeapUse heap = latency.heap();
            double seconds = throughput.nanos() / 1e9;
            double shiptwinCpu = throughput.cpu().shiptwinMicrosPerEvent(throughputEvents);
            double kafkaCpu = throughput.cpu().kafkaMicrosPerEvent(throughputEvents);
            return new Result(Instant.now().toString(), entry.name().toLowerCase(java.util.Locale.ROOT), gateway.maxReadings(),
                    gateway.linger().toMillis(), gateway.scope().name().toLowerCase(java.util.Locale.ROOT),
                    checkpointInterval.toMillis(), throughputEvents, seconds, throughputEvents / seconds,
                    throughputEvents / (throughput.publishNanos() / 1e9), throughput.twinEventsPerSecondWhilePublishing(), throughput.lost(),
                    latencyRate, latencyWarmup.toMillis() / 1000.0, hops.events(), hops.publishToTwinP50Ms(),
                    hops.publishToTwinP99Ms(), hops.publishToTwinMaxMs(), hops,
                    ProcessMemory.rssMegabytes(ProcessHandle.current().pid()), ProcessMemory.rssMegabytes(pipeline.kafka().pid()),
                    Runtime.getRuntime().availableProcessors(), shiptwinCpu + kafkaCpu, shiptwinCpu, kafkaCpu,
                    throughput.cpu().coresBusy(throughput.nanos()), throughput.heap().kilobytesPerEvent(throughputEvents),
                    heap.kilobytesPerEvent(hops.events()), heap.youngCount(), heap.meanYoungMillis(), heap.fullCount(), heap.fullMillis());
        }
    }

    private static void awaitJobRunning(EmbeddedPipeline pipeline) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pipeline.flink().status() != org.apache.flink.api.common.JobStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /**
     * At most this many published events may wait at the broker for the bridge. Moquette queues each for the
     * bridge's session in a command queue of {@code session_queue_size} (32,768); when it is full, Moquette drops
     * the publish without acknowledging it, and an MQTT 3.1.1 client sends it again only after a reconnect. A
     * publisher that outruns the bridge by more than that would measure the broker's overflow, not the pipeline.
     */
    static final long MAX_BROKER_BACKLOG = 16_384;

    /**
     * At most this many published events may be on their way to the twin (broker, bridge, Kafka, Flink), as the twin's
     * count was last sampled. Without it the MQTT hop took events twice as fast as the twin applied them (30,300 against
     * 15,000-16,000/s in a 3,000,000-event run) and Kafka held the difference: the publisher's extra work took CPU from
     * the twin, and the rate measured was neither side's sustained one. Bounded, the publisher runs at the pipeline's
     * pace, as a sustained load does.
     */
    static final long MAX_PIPELINE_BACKLOG = 50_000;

    /**
     * What the throughput phase measured: events never in the twin, time from the first publish to the last update, and
     * the CPU ShipTwin's JVM and the Kafka broker used and what ShipTwin's JVM allocated and collected over the same span.
     */
    private record Throughput(long lost, long nanos, long publishNanos, double twinEventsPerSecondWhilePublishing, CpuUse cpu,
                              HeapUse heap) {
    }

    /** What the latency phase measured: the measured events' hops, and ShipTwin's heap while they were published. */
    private record Latency(HopLatency hops, HeapUse heap) {
    }

    /**
     * Publishes {@code n} events as fast as the pipeline takes them (never more than {@link #MAX_BROKER_BACKLOG}
     * ahead of the bridge, nor {@link #MAX_PIPELINE_BACKLOG} ahead of the twin), and follows the twin's count meanwhile
     * ({@link ThroughputTimeline}).
     */
    private static Throughput throughputPhase(EmbeddedPipeline pipeline, BenchEntry.Point entry, GatewayBatching gateway, long n)
            throws Exception {
        // Encoded as they are sent: a few microseconds each on the bench's thread, where a list of all of them held
        // about 400 bytes per event on the heap the pipeline shares (3,000,000 events ran out of a 1 GB heap).
        TelemetrySource source = new TelemetrySource(MinimalYard.stations("88.118.8001", 7), "bench-tp",
                System.currentTimeMillis(), 1000);
        long before = pipeline.status().twinEvents();
        // Counted in readings (one Kafka record each), so that the bound holds for batches too: a batch is fewer
        // messages at the broker than the readings it carries.
        long bridged = pipeline.bridge().sentToKafka();
        CpuUse cpuBefore = CpuUse.now(pipeline.kafka().pid());
        HeapUse heapBefore = HeapUse.now();
        long start = System.nanoTime();
        long twin = 0;
        try (ThroughputTimeline timeline = new ThroughputTimeline(() -> pipeline.status().twinEvents() - before, n)) {
            try (BenchEntry in = BenchEntry.open(entry, pipeline.broker().uri(), pipeline.kafka().bootstrap(), "bench-throughput", gateway)) {
                for (int i = 0; i < n; i++) {
                    if ((i & 255) == 0) {
                        while (entry == BenchEntry.Point.MQTT && i - (pipeline.bridge().sentToKafka() - bridged) > MAX_BROKER_BACKLOG
                                || i - timeline.latest() > MAX_PIPELINE_BACKLOG) {
                            Thread.sleep(1);
                        }
                    }
                    TelemetrySource.Sample sample = source.next();
                    in.send(sample.topic(), EnvelopeCodec.encode(sample.reading()));
                }
                in.awaitSent(Duration.ofMinutes(5));
            }
            long published = System.nanoTime();
            LOG.info("bench: all {} events published in {} s, {} in the twin so far", n,
                    Math.round((published - start) / 1e9), pipeline.status().twinEvents() - before);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                twin = pipeline.status().twinEvents() - before;
                if (twin >= n) {
                    break;
                }
                Thread.sleep(20);
            }
            long nanos = System.nanoTime() - start;
            CpuUse cpu = CpuUse.now(pipeline.kafka().pid()).since(cpuBefore);
            HeapUse heap = HeapUse.now().since(heapBefore);
            timeline.close();
            return new Throughput(Math.max(0, n - twin), nanos, published - start,
                    timeline.rateOver(start + (published - start) / 2, published), cpu, heap);
        }
    }

    /** How long the bench waits, after the last measured publish, for the twin's history to hold every measured event. */
    private static final Duration LATENCY_DRAIN = Duration.ofSeconds(60);

    /**
     * Publishes at {@code rate} with event time = wall clock, then reads the measured events' times from the twin's
     * history ({@link HopLatency}): the publish time is each event's event time, the twin's update time is the time the
     * twin function stamped when it applied it. Until the fifth round the bench consumed {@code twin.equipment} for the
     * same two stamps; that consumer and the broker's fetches for it took CPU from the pipeline under test (at 5,000/s
     * about 4 % of a core on the bench's thread and 3 % in the broker's request threads, one run). The events of the first {@code warmup} are not counted: right after the throughput phase (or a
     * cold start) the JIT, the new assets' first rows and the backlog of the other jobs slow the first seconds, and the
     * goal is about the steady state at that rate.
     */
    private static Latency latencyPhase(EmbeddedPipeline pipeline, BenchEntry.Point entry, GatewayBatching gateway, double rate,
                                           Duration warmup, Duration duration) throws Exception {
        long expected = (long) (rate * duration.toSeconds());
        // The measured events are published after the warm-up: older chunks of the history need not be read.
        Instant measuredFrom = Instant.now().plus(warmup).minusSeconds(1);
        HeapUse heap;
        try (BenchEntry in = BenchEntry.open(entry, pipeline.broker().uri(), pipeline.kafka().bootstrap(), "bench-latency", gateway)) {
            heap = publishSteadily(in, rate, warmup, duration);
            // Before closing: the last gateway batches, and the broker's acknowledgement of everything in flight. Closed at
            // once, the client dropped the last few (6 of 100,000 in a run).
            in.awaitSent(Duration.ofMinutes(1));
        }
        HopLatency latency = HopLatency.read(pipeline.h2Url(), MEASURED, measuredFrom, expected, LATENCY_DRAIN);
        if (latency.events() == 0) {
            throw new IllegalStateException("latency phase: none of the " + expected + " measured events reached the twin's history within "
                    + LATENCY_DRAIN.toSeconds() + " s of the last publish");
        }
        if (latency.events() < expected) {
            LOG.warn("bench: only {} of {} measured events reached the twin's history within {} s of the last publish",
                    latency.events(), expected, LATENCY_DRAIN.toSeconds());
        }
        return new Latency(latency, heap);
    }

    /**
     * The throughput phase leaves ShipTwin's old generation nearly full of what it promoted at full speed (H2's pages,
     * checkpoint buffers): its next full collection, 150-300 ms, then fell into the latency phase (in most runs of the
     * ninth round) and measured the phase before, not 5,000 events/s. So the bench collects between the phases, as
     * JMH's {@code -gc} does between iterations. At 5,000 events/s alone the old generation fills in minutes, not
     * seconds (docs/performance.md).
     */
    private static void collectGarbageOfThroughputPhase() {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        System.gc();
        LOG.info("bench: heap collected between the phases, {} MB -> {} MB in use", before >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    static final String MEASURED = "bench-lat:";
    private static final String WARMING_UP = "bench-warm:";

    /** Publishes the warm-up's and then the measured events at {@code rate}; returns ShipTwin's heap use over the measured ones. */
    private static HeapUse publishSteadily(BenchEntry in, double rate, Duration warmup, Duration duration) {
        // Other assets than the throughput phase's: their event times ran hours ahead, and a twin's last
        // event is the newest by event time, so the latency events would never show as the last one.
        List<MinimalYard.Station> stations = MinimalYard.stations("88.118.8002", 11);
        long warming = (long) (rate * warmup.toMillis() / 1000.0);
        long n = warming + (long) (rate * duration.toSeconds());
        long start = System.nanoTime();
        double nanosPerEvent = 1e9 / rate;
        long[] sequences = new long[stations.size()];
        double[] values = new double[8];
        HeapUse measuredFrom = HeapUse.now();
        try {
            for (long i = 0; i < n; i++) {
                if (i == warming) {
                    measuredFrom = HeapUse.now();
                }
                long wait = start + (long) (i * nanosPerEvent) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int s = (int) (i % stations.size());
                MinimalYard.Station station = stations.get(s);
                String[] channels = station.signals().channels();
                double[] v = java.util.Arrays.copyOf(values, channels.length);
                station.signals().sample(System.currentTimeMillis(), v);
                long seq = ++sequences[s];
                var eq = station.equipment();
                var reading = new io.shiptwin.model.TelemetryReading((i < warming ? WARMING_UP : MEASURED) + eq.tag() + ":" + seq,
                        eq.identifier().toString(),
                        seq, System.currentTimeMillis(), eq.site(), eq.area(), eq.type().topicSegment(), channels, v);
                in.send(eq.telemetryTopic(), EnvelopeCodec.encode(reading));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("bench sender: " + e.getMessage(), e);
        }
        return HeapUse.now().since(measuredFrom);
    }
}
