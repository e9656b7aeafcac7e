package io.shiptwin.dashboards;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The query parameters of {@code /api/equipment/{id}/history}, validated at the edge.
 *
 * <p>Times are the simulated clock's event time, ISO-8601 instants; both bounds are inclusive and
 * optional. When more than {@code limit} rows match, the latest {@code limit} are returned (a chart
 * of "now" matters more than the oldest readings).
 *
 * @param from  earliest event time, or {@code null} for no lower bound
 * @param to    latest event time, or {@code null} for no upper bound
 * @param limit 1..{@value #MAX_LIMIT} rows
 */
record HistoryQuery(Instant from, Instant to, int limit) {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    HistoryQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: must not be after to, got from=" + from + " to=" + to);
        }
    }

    /** From raw query parameters (each may be {@code null} or empty); messages name the parameter at fault. */
    static HistoryQuery parse(String from, String to, String limit) {
        return new HistoryQuery(instant("from", from), instant("to", to), limit(limit));
    }

    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": expected an ISO-8601 instant such as 2026-03-02T00:00:00Z, got '"
                    + text + "'");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit: expected an integer 1.." + MAX_LIMIT + ", got '" + text + "'");
        }
    }
}
