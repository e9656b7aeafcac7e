package io.shiptwin.app.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.app.EmbeddedPipeline;
import io.shiptwin.app.PipelineSettings;
import io.shiptwin.app.embedded.Ports;
import io.shiptwin.app.embedded.ProcessMemory;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Topics;
import io.shiptwin.sim.GatewayBatching;
import io.shiptwin.sim.MinimalYard;
import io.shiptwin.sim.TelemetrySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole data path under load, on the embedded components: how many events per second go from
 * MQTT publish to twin update with none lost, and how long one event takes at a steady rate.
 *
 * <p>Latency is measured without a second clock: the bench stamps each event's event time with the
 * wall clock at publish, and the Flink twin stamps {@code updatedAt} with the wall clock when it
 * applies the event; both are read back from the {@code twin.equipment} topic. Where that time went, hop by hop, comes
 * from the twin's history afterwards ({@link HopLatency}).
 */
public final class PipelineBench {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBench.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Figures of one bench run. */
    public record Result(String startedAt, String entry, int gatewayBatch, long gatewayLingerMs, String gatewayScope, long checkpointIntervalMs, long throughputEvents, double throughputSeconds, double eventsPerSecond,
                         double publishedEventsPerSecond, double twinEventsPerSecondWhilePublishing, long lost, double latencyRate, double latencyWarmupSeconds, long latencyEvents, double latencyP50Ms, double latencyP99Ms,
                         double latencyMaxMs, HopLatency latencyHops, long rssMegabytes, long kafkaRssMegabytes, int cores) {
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
            LOG.info("bench: latency phase, {} events/s into {}: {} s of warm-up, then {} s measured", latencyRate, entry,
                    latencyWarmup.toSeconds(), latencyDuration.toSeconds());
            Histogram latency = latencyPhase(pipeline, entry, gateway, latencyRate, latencyWarmup, latencyDuration);
            HopLatency hops = HopLatency.read(pipeline.h2Url(), MEASURED, latency.getTotalCount(), Duration.ofSeconds(10));
            double seconds = throughput.nanos() / 1e9;
            return new Result(Instant.now().toString(), entry.name().toLowerCase(java.util.Locale.ROOT), gateway.maxReadings(),
                    gateway.linger().toMillis(), gateway.scope().name().toLowerCase(java.util.Locale.ROOT),
                    checkpointInterval.toMillis(), throughputEvents, seconds, throughputEvents / seconds,
                    throughputEvents / (throughput.publishNanos() / 1e9), throughput.twinEventsPerSecondWhilePublishing(), throughput.lost(),
                    latencyRate, latencyWarmup.toMillis() / 1000.0, latency.getTotalCount(), latency.getValueAtPercentile(50) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, hops,
                    ProcessMemory.rssMegabytes(ProcessHandle.current().pid()), ProcessMemory.rssMegabytes(pipeline.kafka().pid()),
                    Runtime.getRuntime().availableProcessors());
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

    /** What the throughput phase measured: events never in the twin, time from the first publish to the last update. */
    private record Throughput(long lost, long nanos, long publishNanos, double twinEventsPerSecondWhilePublishing) {
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
        long before = pipeline.status().snapshot().twinEvents();
        // Counted in readings (one Kafka record each), so that the bound holds for batches too: a batch is fewer
        // messages at the broker than the readings it carries.
        long bridged = pipeline.bridge().sentToKafka();
        long start = System.nanoTime();
        long twin = 0;
        try (ThroughputTimeline timeline = new ThroughputTimeline(() -> pipeline.status().snapshot().twinEvents() - before, n)) {
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
                    Math.round((published - start) / 1e9), pipeline.status().snapshot().twinEvents() - before);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < deadline) {
                twin = pipeline.status().snapshot().twinEvents() - before;
                if (twin >= n) {
                    break;
                }
                Thread.sleep(20);
            }
            long nanos = System.nanoTime() - start;
            timeline.close();
            return new Throughput(Math.max(0, n - twin), nanos, published - start,
                    timeline.rateOver(start + (published - start) / 2, published));
        }
    }

    /**
     * Publishes at a steady rate with event time = wall clock, and reads publish-to-twin latency from twin.equipment.
     * The events of the first {@code warmup} are not counted: right after the throughput phase (or a cold start) the
     * JIT, the new assets' first rows and the backlog of the other jobs slow the first seconds, and the goal is about
     * the steady state at that rate.
     */
    private static Histogram latencyPhase(EmbeddedPipeline pipeline, BenchEntry.Point entry, GatewayBatching gateway, double rate,
                                          Duration warmup, Duration duration) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafka().bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
             BenchEntry in = BenchEntry.open(entry, pipeline.broker().uri(), pipeline.kafka().bootstrap(), "bench-latency", gateway)) {
            consumer.subscribe(List.of(Topics.TWIN_EQUIPMENT));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            Thread sender = new Thread(() -> publishSteadily(in, rate, warmup, duration), "bench-sender");
            sender.start();
            long expected = (long) (rate * duration.toSeconds());
            long lastCount = -1;
            long lastChange = System.nanoTime();
            while (true) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long micros = measuredLatencyMicros(r.value());
                    if (micros >= 0) {
                        histogram.recordValue(micros);
                    }
                }
                if (histogram.getTotalCount() != lastCount || sender.isAlive()) {
                    lastCount = histogram.getTotalCount();
                    lastChange = System.nanoTime();
                }
                // Done when every event was seen, or nothing new came for 30 s after the sender stopped.
                boolean quiet = System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(30);
                if (!sender.isAlive() && (lastCount >= expected || quiet)) {
                    break;
                }
            }
            sender.join();
        }
        return histogram;
    }

    /**
     * Publish-to-twin time of a {@code twin.equipment} record whose last event is a measured one, else -1. Reads only
     * the three top-level fields it needs and skips the channels: the bench shares the two cores with the pipeline it
     * measures, and a whole JSON tree per record was a third of its main thread's time (JFR).
     */
    static long measuredLatencyMicros(byte[] twinRecord) throws java.io.IOException {
        String lastEventId = null;
        String lastEventTime = null;
        String updatedAt = null;
        try (JsonParser p = JSON.getFactory().createParser(twinRecord)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "lastEventId" -> lastEventId = p.getText();
                    case "lastEventTime" -> lastEventTime = p.getText();
                    case "updatedAt" -> updatedAt = p.getText();
                    default -> {
                        if (value.isStructStart()) {
                            p.skipChildren();
                        }
                    }
                }
            }
        }
        if (lastEventId == null || !lastEventId.startsWith(MEASURED) || lastEventTime == null || updatedAt == null) {
            return -1;
        }
        long published = Instant.parse(lastEventTime).toEpochMilli();
        long updated = Instant.parse(updatedAt).toEpochMilli();
        return Math.max(0, updated - published) * 1000;
    }

    static final String MEASURED = "bench-lat:";
    private static final String WARMING_UP = "bench-warm:";

    private static void publishSteadily(BenchEntry in, double rate, Duration warmup, Duration duration) {
        // Other assets than the throughput phase's: their event times ran hours ahead, and a twin's last
        // event is the newest by event time, so the latency events would never show as the last one.
        List<MinimalYard.Station> stations = MinimalYard.stations("88.118.8002", 11);
        long warming = (long) (rate * warmup.toMillis() / 1000.0);
        long n = warming + (long) (rate * duration.toSeconds());
        long start = System.nanoTime();
        double nanosPerEvent = 1e9 / rate;
        long[] sequences = new long[stations.size()];
        double[] values = new double[8];
        try {
            for (long i = 0; i < n; i++) {
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
    }
}
