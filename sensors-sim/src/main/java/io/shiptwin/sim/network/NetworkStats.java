package io.shiptwin.sim.network;

/**
 * What the network did to the messages so far, for the dashboard and the run report.
 *
 * @param sent        messages offered to the link
 * @param delivered   arrivals, duplicates included
 * @param lost        messages that never arrived
 * @param duplicated  messages that arrived twice
 * @param reordered   first copies that arrived after a message of the same flow (source) sent later
 * @param inFlight    arrivals still scheduled
 */
public record NetworkStats(String profile, long sent, long delivered, long lost, long duplicated, long reordered,
                           long inFlight, double meanAddedLatencyMs, double p99AddedLatencyMs, double maxAddedLatencyMs) {

    public static NetworkStats none() {
        return new NetworkStats(LinkProfile.NONE.name(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "network %s: %d sent, %d delivered, %d lost, %d duplicated, %d reordered, added latency mean %.2f ms, p99 %.2f ms, max %.2f ms",
                profile, sent, delivered, lost, duplicated, reordered, meanAddedLatencyMs, p99AddedLatencyMs, maxAddedLatencyMs);
    }
}
