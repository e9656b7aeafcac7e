package io.shiptwin.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Where the publish-to-twin time of the measured events went, hop by hop, from the times the message tracer keeps in
 * {@code equipment_twin_history}: the event time (the wall clock at publish, in the bench), {@code bridge_received_at},
 * {@code kafka_appended_at} (the Kafka record's timestamp, set when the bridge sends it) and {@code twin_updated_at}.
 * All are wall clocks of one machine. A hop whose times are unknown (the bridge's with {@code --entry kafka}) is
 * {@code null}. The whole way, publish to twin, is also given second by second of publishing in {@code bySecond}
 * ({@link LatencySeconds}); it is 0 ms everywhere when no event was read ({@code events} 0).
 */
public record HopLatency(double publishToTwinP50Ms, double publishToTwinP99Ms, double publishToTwinMaxMs,
                         Double publishToBridgeP50Ms, Double publishToBridgeP99Ms, Double bridgeToKafkaP50Ms,
                         Double bridgeToKafkaP99Ms, Double kafkaToTwinP50Ms, Double kafkaToTwinP99Ms, long events,
                         List<LatencySeconds.Second> bySecond) {

    private static final String QUERY = """
            SELECT event_time, bridge_received_at, kafka_appended_at, twin_updated_at
            FROM equipment_twin_history WHERE event_id LIKE ?""";
    private static final String COUNT = "SELECT COUNT(*) FROM equipment_twin_history WHERE event_id LIKE ?";

    /**
     * Reads the hops of the events whose id starts with {@code eventIdPrefix}, waiting up to {@code wait} for the
     * history to hold {@code expected} of them (H2 is written in batches, after the Kafka record the bench reads).
     */
    static HopLatency read(String h2Url, String eventIdPrefix, long expected, Duration wait) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        // Counted until they are all there (or the wait is over), then read once: not every row again each time.
        while (count(h2Url, eventIdPrefix) < expected && System.nanoTime() <= deadline) {
            Thread.sleep(200);
        }
        return readOnce(h2Url, eventIdPrefix);
    }

    private static long count(String h2Url, String eventIdPrefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(h2Url); PreparedStatement q = c.prepareStatement(COUNT)) {
            q.setString(1, eventIdPrefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static HopLatency readOnce(String h2Url, String eventIdPrefix) throws SQLException {
        Histogram toBridge = histogram();
        Histogram toKafka = histogram();
        Histogram toTwin = histogram();
        LatencySeconds bySecond = new LatencySeconds();
        try (Connection c = DriverManager.getConnection(h2Url); PreparedStatement q = c.prepareStatement(QUERY)) {
            q.setString(1, eventIdPrefix + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp published = rs.getTimestamp(1);
                    Timestamp bridge = rs.getTimestamp(2);
                    Timestamp kafka = rs.getTimestamp(3);
                    Timestamp twin = rs.getTimestamp(4);
                    record(toBridge, published, bridge);
                    record(toKafka, bridge, kafka);
                    record(toTwin, kafka, twin);
                    bySecond.record(published.getTime(), twin.getTime());
                }
            }
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
    private static void record(Histogram h, Timestamp from, Timestamp to) {
        if (from != null && to != null) {
            h.recordValue(Math.max(0, to.getTime() - from.getTime()));
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
