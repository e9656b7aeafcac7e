package io.shiptwin.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One telemetry sample of one piece of equipment: several channels read at the same event time.
 *
 * <p>Channels and values are parallel arrays rather than a map so that the hot path (codec, Flink
 * state) allocates little and Flink serialises them without Kryo. Channel names carry their unit
 * ({@code load_t}, {@code motor_temp_c}).
 *
 * @param eventId       globally unique id of the event, used for de-duplication
 * @param assetId       Industrial Internet identifier of the equipment
 * @param sequence      per-source sequence number, starting at 1
 * @param eventTimeMillis event time on the simulated clock, epoch millis UTC
 */
public record TelemetryReading(
        String eventId,
        String assetId,
        long sequence,
        long eventTimeMillis,
        String site,
        String area,
        String assetType,
        String[] channels,
        double[] values) implements YardEvent {

    public TelemetryReading {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(values, "values");
        if (channels.length != values.length) {
            throw new IllegalArgumentException("channels and values differ in length: " + channels.length + " vs " + values.length);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, got " + sequence);
        }
        if (eventId.isEmpty()) {
            throw new IllegalArgumentException("eventId must not be empty");
        }
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(assetType, "assetType");
        if (channels.length == 0) {
            throw new IllegalArgumentException("a reading needs at least one channel");
        }
        for (int i = 0; i < channels.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("channel " + channels[i] + ": value must be finite, got " + values[i]);
            }
            for (int j = 0; j < i; j++) {
                if (channels[j].equals(channels[i])) {
                    throw new IllegalArgumentException("channel " + channels[i] + " appears twice");
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TelemetryReading r
                && eventId.equals(r.eventId) && assetId.equals(r.assetId) && sequence == r.sequence
                && eventTimeMillis == r.eventTimeMillis && Objects.equals(site, r.site) && Objects.equals(area, r.area)
                && Objects.equals(assetType, r.assetType)
                && Arrays.equals(channels, r.channels) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, assetId, sequence, eventTimeMillis) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TelemetryReading[" + eventId + " " + assetId + " #" + sequence + " @" + eventTimeMillis
                + " " + Arrays.toString(channels) + "=" + Arrays.toString(values) + "]";
    }
}
