package io.shiptwin.dashboards;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Reads how far data has travelled along the path Kafka -> Flink -> H2.
 *
 * <p>The twin job's consumer lag comes from the job itself ({@link FlinkSourceLag}) when a Flink REST address is
 * given and answers, otherwise from the offsets the job commits on each checkpoint.
 *
 * <p>Public so that the launcher can reuse it for its end-of-run reconciliation ("published N,
 * in Kafka N, twin events N, duplicates dropped D"). It never hangs: Kafka calls time out after
 * {@code kafkaTimeout} and report {@code -1} with {@code kafkaReachable=false}. The admin client is
 * kept open between snapshots and closed by {@link #close()}. Thread-safe.
 */
public final class PipelineStatus implements AutoCloseable {
    public static final Duration DEFAULT_KAFKA_TIMEOUT = Duration.ofSeconds(2);

    private final KafkaOffsets kafka;
    private final FlinkSourceLag flink;
    private final TwinTableCounts h2;
    private final String kafkaBootstrapServers;
    private final Duration kafkaTimeout;

    /** With the default 2 s Kafka timeout. */
    public PipelineStatus(String kafkaBootstrapServers, String h2JdbcUrl) {
        this(kafkaBootstrapServers, h2JdbcUrl, DEFAULT_KAFKA_TIMEOUT);
    }

    public PipelineStatus(String kafkaBootstrapServers, String h2JdbcUrl, Duration kafkaTimeout) {
        this(kafkaBootstrapServers, h2JdbcUrl, kafkaTimeout, null);
    }

    /**
     * @param flinkRestUrl the Flink REST address the twin job runs behind (e.g. {@code http://127.0.0.1:8081}) to read
     *                     its consumer lag from; null or blank to count it from committed offsets only
     */
    public PipelineStatus(String kafkaBootstrapServers, String h2JdbcUrl, Duration kafkaTimeout, String flinkRestUrl) {
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(h2JdbcUrl, "h2JdbcUrl");
        if (kafkaTimeout.isNegative() || kafkaTimeout.isZero()) {
            throw new IllegalArgumentException("kafkaTimeout must be > 0, got " + kafkaTimeout);
        }
        this.kafka = new KafkaOffsets(kafkaBootstrapServers, kafkaTimeout);
        this.flink = flinkRestUrl == null || flinkRestUrl.isBlank() ? null : new FlinkSourceLag(flinkRestUrl, kafkaTimeout);
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.kafkaTimeout = kafkaTimeout;
        this.h2 = new TwinTableCounts(h2JdbcUrl);
    }

    /** Reads Kafka, Flink and H2 now; takes at most about {@code kafkaTimeout} per Kafka or Flink round trip. */
    public synchronized PipelineSnapshot snapshot() {
        return PipelineSnapshot.of(kafka.read(), h2.read(), flink == null ? OptionalLong.empty() : flink.pendingRecords());
    }

    /**
     * {@code SUM(event_count)} of {@code equipment_twin} from H2 alone, {@code -1} when H2 does not answer: for loops
     * that wait on the twin several times a second and need nothing else (no Kafka or Flink round trips).
     */
    public long twinEvents() {
        return h2.read().twinEvents();
    }

    /** The Kafka cluster this status reads; the dashboard reads raw messages there too. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public Duration kafkaTimeout() {
        return kafkaTimeout;
    }

    @Override
    public void close() {
        kafka.close();
    }
}
