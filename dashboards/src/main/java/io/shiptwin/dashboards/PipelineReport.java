package io.shiptwin.dashboards;

import java.util.List;

/**
 * The data-path view served at {@code /api/pipeline}: each hop's cumulative count and its rate.
 *
 * @param hops in data-path order
 * @param at   ISO-8601 wall-clock time of the sample the counts come from
 * @param consumerLagFrom where {@code flink.consumer.lag} comes from: "job" (the job's own position, Flink's
 *                        {@code pendingRecords}), "committed offsets" (moves only when a checkpoint completes) or
 *                        "unknown"
 */
public record PipelineReport(List<Hop> hops, String at, String consumerLagFrom) {

    /**
     * @param ratePerSec records per second since the previous sample; {@code null} when unknown
     *                   (first sample, source unreachable) or not meaningful (a lag is a level, not a flow)
     */
    public record Hop(String hop, long count, Double ratePerSec) {
    }
}
