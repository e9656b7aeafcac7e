package io.shiptwin.app.bench;

import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Where the publish-to-twin time of the measured events went, hop by hop, from the times the message tracer keeps in
 * the equipment history ({@link EquipmentHistoryChunks}): the event time (the wall clock at publish, in the bench), when
 * the bridge received it, when Kafka appended it (the record's timestamp, set when the bridge sends it) and when the twin
 * was updated.
 * All are wall clocks of one machine. A hop whose times are unknown (the bridge's with {@code --entry kafka}) is
 * {@code null}. The whole way, publish to twin, is also given second by second of publishing in {@code bySecond}
 * ({@link LatencySeconds}); it is 0 ms everywhere when no event was read ({@code events} 0).
 */
public record HopLatency(double publishToTwinP50Ms, double publishToTwinP99Ms, double publishToTwinMaxMs,
                         Double publishToBridgeP50Ms, Double publishToBridgeP99Ms, Double bridgeToKafkaP50Ms,
                         Double bridgeToKafkaP99Ms, Double kafkaToTwinP50Ms, Double kafkaToTwinP99Ms, long events,
                         List<LatencySeconds.Second> bySecond) {

    /**
     * Reads the hops of the events whose id starts with {@code eventIdPrefix}, published at or after {@code since},
     * waiting up to {@code wait} for the history to hold {@code expected} of them (H2 is written in batches, after the
     * Kafka record the bench reads).
     */
    static HopLatency read(String h2Url, String eventIdPrefix, Instant since, long expected, Duration wait)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Version> measured = measured(h2Url, eventIdPrefix, since);
        while (measured.size() < expected && System.nanoTime() <= deadline) {
            Thread.sleep(200);
            measured = measured(h2Url, eventIdPrefix, since);
        }
        return of(measured);
    }

    private static List<Version> measured(String h2Url, String eventIdPrefix, Instant since) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(h2Url)) {
            EquipmentHistoryChunks.forEachSince(c, since, v -> {
                if (v.eventId().startsWith(eventIdPrefix)) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    private static HopLatency of(List<Version> measured) {
        Histogram toBridge = histogram();
        Histogram toKafka = histogram();
        Histogram toTwin = histogram();
        LatencySeconds bySecond = new LatencySeconds();
        for (Version v : measured) {
            record(toBridge, v.eventTimeMillis(), v.bridgeReceivedMillis());
            record(toKafka, v.bridgeReceivedMillis(), v.kafkaAppendedMillis());
            record(toTwin, v.kafkaAppendedMillis(), v.twinUpdatedMillis());
            bySecond.record(v.eventTimeMillis(), v.twinUpdatedMillis());
        }
        Histogram toTwinWholeWay = bySecond.wholeWay();
        return new HopLatency(toTwinWholeWay.getValueAtPercentile(50), toTwinWholeWay.getValueAtPercentile(99),
                toTwinWholeWay.getMaxValue(), p(toBridge, 50), p(toBridge, 99), p(toKafka, 50), p(toKafka, 99), p(toTwin, 50), p(toTwin, 99),
                toTwinWholeWay.getTotalCount(), bySecond.seconds());
    }

    private static Histogram histogram() {
        return new Histogram(Duration.ofMinutes(10).toMillis(), 3);
    }

    /** Clamped at 0: the clocks are one machine's, but a millisecond can round either way. */
    private static void record(Histogram h, Long from, Long to) {
        if (from != null && to != null) {
            h.recordValue(Math.max(0, to - from));
        }
    }

    private static Double p(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? null : (double) h.getValueAtPercentile(percentile);
    }

    /** For the console: each hop's p50 and p99, or {@code unknown}. */
    public String describe() {
        return "publish -> bridge " + describe(publishToBridgeP50Ms, publishToBridgeP99Ms)
                + "; bridge -> Kafka record " + describe(bridgeToKafkaP50Ms, bridgeToKafkaP99Ms)
                + "; Kafka -> twin " + describe(kafkaToTwinP50Ms, kafkaToTwinP99Ms);
    }

    private static String describe(Double p50, Double p99) {
        return p50 == null ? "unknown" : String.format(java.util.Locale.ROOT, "p50 %.0f ms, p99 %.0f ms", p50, p99);
    }
}
