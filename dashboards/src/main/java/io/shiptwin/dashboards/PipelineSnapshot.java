package io.shiptwin.dashboards;

import java.util.OptionalLong;

/**
 * Counts along the data path at one moment, read from Kafka and H2.
 *
 * <p>Kafka counts are records currently held (end offset minus beginning offset, summed over
 * partitions); they are {@code -1} when Kafka could not be reached. H2 counts are {@code -1} when H2
 * could not be reached and {@code 0} when the table does not exist yet (Flink has not started).
 *
 * @param telemetryRawInKafka     records in {@code yard.telemetry.raw}
 * @param eventsRawInKafka        records in {@code yard.events.raw}
 * @param deadLetterInKafka       records in {@code yard.deadletter}
 * @param twinEquipmentInKafka    records in {@code twin.equipment}
 * @param flinkCommittedTelemetry sum of the equipment twin group's committed offsets on {@code yard.telemetry.raw}
 * @param flinkConsumerLag        records of {@code yard.telemetry.raw} the twin job has not read yet: from the job's
 *                                own position when Flink's REST API answers, else past the group's committed offsets
 *                                (a partition without a commit counts from its beginning); see {@code consumerLagFrom}
 * @param twinEvents              SUM(event_count) of {@code equipment_twin}
 * @param twinEntities            rows of {@code equipment_twin}
 * @param duplicatesDropped       {@code dropped_events} rows of kind DUPLICATE
 * @param deadLettered            {@code dropped_events} rows of kind DEAD_LETTER
 * @param consumerLagFrom         where {@code flinkConsumerLag} comes from: {@link #LAG_FROM_JOB},
 *                                {@link #LAG_FROM_COMMITTED_OFFSETS} or {@link #LAG_UNKNOWN}
 */
public record PipelineSnapshot(
        long telemetryRawInKafka,
        long eventsRawInKafka,
        long deadLetterInKafka,
        long twinEquipmentInKafka,
        long flinkCommittedTelemetry,
        long flinkConsumerLag,
        long twinEvents,
        long twinEntities,
        long duplicatesDropped,
        long deadLettered,
        boolean kafkaReachable,
        boolean h2Reachable,
        String consumerLagFrom) {

    /** The lag is the job's own: Flink's {@code pendingRecords} of the Kafka source, current to about a second. */
    public static final String LAG_FROM_JOB = "job";
    /** The lag is counted from the offsets committed at the last completed checkpoint: it moves only then. */
    public static final String LAG_FROM_COMMITTED_OFFSETS = "committed offsets";
    /** Neither Flink nor Kafka answered. */
    public static final String LAG_UNKNOWN = "unknown";

    /** The Kafka half of a snapshot; {@link #UNREACHABLE} when the cluster did not answer. */
    record KafkaCounts(long telemetryRaw, long eventsRaw, long deadLetter, long twinEquipment,
                       long committedTelemetry, long consumerLag, boolean reachable) {
        static final KafkaCounts UNREACHABLE = new KafkaCounts(-1, -1, -1, -1, -1, -1, false);
    }

    /** The H2 half of a snapshot; {@link #UNREACHABLE} when the database did not answer. */
    record H2Counts(long twinEvents, long twinEntities, long duplicates, long deadLettered, boolean reachable) {
        static final H2Counts UNREACHABLE = new H2Counts(-1, -1, -1, -1, false);
    }

    /** Kafka's counts and lag, with the lag the job reports itself instead when {@code jobLag} is present. */
    static PipelineSnapshot of(KafkaCounts k, H2Counts h, OptionalLong jobLag) {
        long lag = jobLag.isPresent() ? jobLag.getAsLong() : k.consumerLag();
        String from = jobLag.isPresent() ? LAG_FROM_JOB : k.reachable() ? LAG_FROM_COMMITTED_OFFSETS : LAG_UNKNOWN;
        return new PipelineSnapshot(k.telemetryRaw(), k.eventsRaw(), k.deadLetter(), k.twinEquipment(),
                k.committedTelemetry(), lag,
                h.twinEvents(), h.twinEntities(), h.duplicates(), h.deadLettered(),
                k.reachable(), h.reachable(), from);
    }
}
