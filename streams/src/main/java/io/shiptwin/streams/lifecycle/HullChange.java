package io.shiptwin.streams.lifecycle;

/**
 * One version of a hull twin together with the event that made it: what the event changed and by how much, and
 * where it was read from. Written to {@code hull_twin_history} (one row per version) and, as a lineage entry, to
 * {@code twin_lineage}.
 *
 * <p>The deltas are the event's own contribution (zero for a field it did not touch), so the value of a flow
 * as of a simulated time is the sum of the deltas of the events that happened by then, whatever order they
 * arrived in.
 *
 * @param twin       the twin after the event
 * @param eventType  wire name of the event type, e.g. {@code man-hours-booked}
 * @param subjectId  the event's subject ({@code assetId}): the block itself, or the crew, inspection, meter …
 * @param field      the twin field the event changed ({@code hull_twin} column name), null when it changed none
 * @param eventStage the stage a stage-started or stage-finished event names; null otherwise
 */
public record HullChange(HullTwin twin, String eventId, String eventType, String subjectId, long eventTimeMillis,
                         String field, String eventStage, double manHoursDelta, long costDelta, double energyDelta,
                         int inspectionsPassedDelta, int inspectionsFailedDelta, int nonConformancesDelta,
                         String sourceTopic, int sourcePartition, long sourceOffset) {
}
