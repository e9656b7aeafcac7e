package io.shiptwin.sim.network;

/**
 * One arrival of a message at the far end of the link.
 *
 * @param deliveryNanos simulated time of arrival (ns since the epoch)
 * @param sendNanos     simulated time it was sent
 * @param sequence      its position in send order (0, 1, 2...)
 * @param duplicate     true for the second copy of a duplicated message
 */
public record Delivery<M>(long deliveryNanos, long sendNanos, long sequence, boolean duplicate, M message) {

    public long addedLatencyNanos() {
        return deliveryNanos - sendNanos;
    }
}
