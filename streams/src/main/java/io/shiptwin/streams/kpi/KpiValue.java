package io.shiptwin.streams.kpi;

/**
 * One KPI of one scope in one event-time window, as emitted when the window closes (and again for each event
 * taken within the allowed lateness). Idempotent key: {@link #key()}.
 *
 * @param value       numerator / denominator
 * @param denominator 1 for sums and counts
 * @param events      unique events of the window in this scope
 * @param lateUpdates events taken after the window had first closed, within the allowed lateness
 */
public record KpiValue(String kpi, String scope, String scopeKind, String windowKind, long windowStart, long windowEnd,
                       double value, double numerator, double denominator, String unit, long events, long lateUpdates,
                       long emittedAtMillis) {

    /** {@code kpi|scope|WINDOW|start}: the H2 primary key and the compacted Kafka key. */
    public String key() {
        return kpi + "|" + scope + "|" + windowKind + "|" + windowStart;
    }
}
