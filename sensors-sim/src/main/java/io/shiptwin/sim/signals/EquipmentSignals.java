package io.shiptwin.sim.signals;

/**
 * The telemetry a piece of equipment reports, tied to the process state its caller gives it. Each
 * model owns one seeded random stream (given at construction), so the same seed, the same states and
 * the same sample times give the same values, bit for bit. Sampling fills a caller-owned array and does
 * not allocate. Not thread-safe: one simulation thread owns a model.
 */
public interface EquipmentSignals {

    /** Channel names, each ending with its unit; the order of the values in {@link #sample}. */
    String[] channels();

    /**
     * Fills {@code out} (at least {@code channels().length} long) with the reading at simulated time
     * {@code simMillis} for the given state. Sample times must not go backwards. The state holds from
     * this sample to the next (integrating channels such as arc-on time, consumable hours, distance,
     * battery and energy count the interval since the previous sample in the state given then): sample at
     * every state change, and the totals are exact.
     */
    void sample(long simMillis, EquipmentState state, double[] out);

    /** Starts a wear trend that ends in a failure at {@link Degradation#failureMillis()}. */
    void degrade(Degradation degradation);

    /** Maintenance done at {@code simMillis}: wear removed, sensors recalibrated (drift restarts from zero). */
    void maintain(long simMillis);

    /** The index of channel {@code name} in {@link #channels()}. */
    default int channelIndex(String name) {
        String[] channels = channels();
        for (int i = 0; i < channels.length; i++) {
            if (channels[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("channel '" + name + "': not one of " + String.join(", ", channels));
    }
}
