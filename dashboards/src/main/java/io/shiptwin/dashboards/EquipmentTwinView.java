package io.shiptwin.dashboards;

import java.util.List;

/**
 * One row of {@code equipment_twin} with its channels, as the API serves it.
 *
 * <p>Times are ISO-8601 UTC strings with millis, the same form as the event envelope, so that a
 * browser and a test can compare them without a date library.
 */
public record EquipmentTwinView(
        String assetId,
        String assetType,
        String site,
        String area,
        long version,
        long eventCount,
        String lastEventId,
        long lastSequence,
        String lastEventTime,
        String updatedAt,
        List<Channel> channels) {

    /** Running statistics of one channel; {@code unit} comes from the channel name suffix. */
    public record Channel(String channel, String unit, double last, double min, double max, double mean, long samples) {
    }
}
