package io.shiptwin.sim.signals;

/**
 * A fault injected into one channel for a span of simulated time, on top of what the equipment does:
 * a sensor gone bad or a process fault seen on one channel (low shielding gas = SCALE 0.3 on
 * {@code gas_flow_l_min}; an overload trip = DROPOUT to 0 of {@code load_t}).
 *
 * @param channel    the channel's name, as in {@link EquipmentSignals#channels()}
 * @param kind       what happens to the reading
 * @param fromMillis first simulated time affected (inclusive)
 * @param toMillis   end of the fault (exclusive)
 * @param magnitude  OFFSET: added; SCALE: factor; DROPOUT: the value reported; STUCK: ignored
 */
public record SensorFault(String channel, Kind kind, long fromMillis, long toMillis, double magnitude) {

    public enum Kind {
        /** The reading is shifted by {@code magnitude}: a bias. */
        OFFSET,
        /** The reading is multiplied by {@code magnitude}: a partial loss (gas flow low) or a gain error. */
        SCALE,
        /** The reading freezes at its last value before the fault: a stuck transducer. */
        STUCK,
        /** The reading is replaced by {@code magnitude}: a broken wire, a tripped channel. */
        DROPOUT
    }

    public SensorFault {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("fault.channel: must name a channel");
        }
        if (kind == null) {
            throw new IllegalArgumentException("fault.kind: must be one of OFFSET, SCALE, STUCK, DROPOUT");
        }
        if (toMillis <= fromMillis) {
            throw new IllegalArgumentException("fault.toMillis: must be after fromMillis (" + fromMillis + "), got " + toMillis);
        }
        if (!Double.isFinite(magnitude)) {
            throw new IllegalArgumentException("fault.magnitude: must be finite, got " + magnitude);
        }
    }

    public boolean activeAt(long simMillis) {
        return simMillis >= fromMillis && simMillis < toMillis;
    }
}
