package io.shiptwin.dashboards;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Samples the pipeline counts about once a second and turns consecutive samples into rates.
 *
 * <p>Sampling in the background, rather than per request, keeps requests fast when Kafka is slow or
 * down (a snapshot then takes the full Kafka timeout) and gives rates a steady time base however often
 * the page polls. Requests read the latest sample without locking; only the very first request waits.
 */
final class PipelineSampler {
    static final String KAFKA_TELEMETRY_RAW = "kafka.telemetry.raw";
    static final String FLINK_CONSUMER_LAG = "flink.consumer.lag";
    /** Levels, not flows: a rate of change would mislead. */
    private static final Set<String> NO_RATE = Set.of(FLINK_CONSUMER_LAG);
    /** Reports kept for {@link #history()} by default: five minutes at one sample a second. */
    static final int HISTORY_SIZE = 300;

    /** One reading of every hop at wall time {@code at} (monotonic {@code nanos} for rates). */
    record Sample(Instant at, long nanos, Map<String, Long> counts, PipelineSnapshot snapshot) {
    }

    private final PipelineStatus status;
    private final PipelineProbe probe;
    private volatile Sample previous;
    private volatile Sample latest;
    private final ArrayDeque<PipelineReport> history = new ArrayDeque<>();
    private final int historySize;

    PipelineSampler(PipelineStatus status, PipelineProbe probe) {
        this(status, probe, HISTORY_SIZE);
    }

    PipelineSampler(PipelineStatus status, PipelineProbe probe, int historySize) {
        this.status = status;
        this.probe = probe;
        this.historySize = historySize;
    }

    /** Takes a sample now; called by the dashboard's ticker. */
    synchronized void sample() {
        PipelineSnapshot snapshot = status.snapshot();
        Map<String, Long> counts = new LinkedHashMap<>(probe.inProcessCounts());
        counts.put(KAFKA_TELEMETRY_RAW, snapshot.telemetryRawInKafka());
        counts.put("kafka.events.raw", snapshot.eventsRawInKafka());
        counts.put(FLINK_CONSUMER_LAG, snapshot.flinkConsumerLag());
        counts.put("flink.twin.events", snapshot.twinEvents());
        counts.put("flink.duplicates", snapshot.duplicatesDropped());
        counts.put("flink.deadlettered", snapshot.deadLettered());
        counts.put("kafka.deadletter", snapshot.deadLetterInKafka());
        counts.put("kafka.twin.equipment", snapshot.twinEquipmentInKafka());
        counts.put("twin.entities", snapshot.twinEntities());
        previous = latest;
        latest = new Sample(Instant.now(), System.nanoTime(), counts, snapshot);
        synchronized (history) {
            history.addLast(report(latest, previous));
            while (history.size() > historySize) {
                history.removeFirst();
            }
        }
    }

    /** The reports of the last {@code historySize} samples, oldest first: a reloaded page's chart starts full. */
    List<PipelineReport> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The latest sample; the first caller before any sample takes one. */
    Sample latest() {
        Sample s = latest;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (latest == null) {
                sample();
            }
            return latest;
        }
    }

    /** The report of the latest sample (made when it was taken, so its counts and rates belong together). */
    PipelineReport report() {
        latest();
        synchronized (history) {
            return history.getLast();
        }
    }

    private static PipelineReport report(Sample now, Sample before) {
        List<PipelineReport.Hop> hops = new ArrayList<>();
        now.counts().forEach((hop, count) -> hops.add(new PipelineReport.Hop(hop, count, rate(hop, count, now, before))));
        return new PipelineReport(hops, now.at().toString(), now.snapshot().consumerLagFrom());
    }

    private static Double rate(String hop, long count, Sample now, Sample before) {
        if (before == null || before == now || NO_RATE.contains(hop) || count < 0) {
            return null;
        }
        Long earlier = before.counts().get(hop);
        double seconds = (now.nanos() - before.nanos()) / 1e9;
        if (earlier == null || earlier < 0 || seconds <= 0) {
            return null;
        }
        return Math.round((count - earlier) / seconds * 10) / 10.0;
    }
}
