package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code /api/equipment/{id}/history}: one point per unique event applied to the twin, oldest first.
 *
 * @param truncated true when more rows matched than {@code limit} and only the latest were kept
 */
public record EquipmentHistoryView(String assetId, String from, String to, int limit, boolean truncated,
                                   List<String> channels, List<Point> points) {

    /** One version of the twin: the event that made it and that event's readings (channel -> value). */
    public record Point(long version, String eventId, String eventTime, JsonNode readings) {
    }
}
