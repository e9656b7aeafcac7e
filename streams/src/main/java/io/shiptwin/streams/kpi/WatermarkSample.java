package io.shiptwin.streams.kpi;

/**
 * What one operator subtask saw of event time: its current watermark and the latest event time it processed
 * (the simulated clock as far as this operator knows). Written to H2 {@code watermarks}, keyed by source,
 * operator and subtask.
 *
 * @param watermarkMillis Long.MIN_VALUE before the first watermark
 * @param maxEventMillis  Long.MIN_VALUE before the first event
 */
public record WatermarkSample(String source, String operatorName, int subtask, long watermarkMillis, long maxEventMillis,
                              long events, long lateEvents, long sampledAtMillis) {
}
