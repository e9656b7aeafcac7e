package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;

/**
 * The twin of one piece of equipment after an event: identity, how many unique events made it
 * ({@code version}), and per channel last/min/max/mean/samples. {@code applied} is the event that
 * produced this version (its readings go to the history table) and {@code trace} where it was seen.
 *
 * <p>Never written to once emitted, arrays included: the job runs with object reuse, so chained operators and sinks
 * share the emitted object (the accumulator's snapshot copies its arrays for that reason).
 */
public record EquipmentTwin(String assetId, String assetType, String site, String area, long version,
                            String lastEventId, long lastSequence, long lastEventTimeMillis, long updatedAtMillis,
                            String[] channels, double[] last, double[] min, double[] max, double[] mean, long[] samples,
                            TelemetryReading applied, EventTrace trace) {

    /** Index of a channel, or -1. */
    public int channel(String name) {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
