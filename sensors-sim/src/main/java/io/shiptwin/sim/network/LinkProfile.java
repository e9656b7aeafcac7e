package io.shiptwin.sim.network;

import java.util.Locale;

/**
 * How the publishing hop from the equipment to the broker behaves. Each message's added latency is
 * {@code baseLatencyMs} plus an exponentially distributed jitter of mean {@code jitterMs} (so the mean
 * added latency is base + jitter and the 99th percentile base + jitter * ln 100). A message is lost with
 * probability {@code lossProbability}; one that gets through arrives a second time with probability
 * {@code duplicateProbability} (a retransmission whose acknowledgement was lost), {@code retransmitMs}
 * plus a fresh jitter after the first copy. Messages overtake each other whenever the jitter exceeds the
 * gap between them: that is how reordering arises, never by a separate knob.
 *
 * <p>The profiles' figures are estimates (see docs/simulation-signals-network.md); a scenario may set
 * its own.
 */
public record LinkProfile(String name, double baseLatencyMs, double jitterMs, double lossProbability,
                          double duplicateProbability, double retransmitMs) {

    /** No network effect at all: the simulator's default, publishing as before. */
    public static final LinkProfile NONE = new LinkProfile("none", 0, 0, 0, 0, 0);
    /** Switched Ethernet on the shop floor: sub-millisecond, no jitter worth speaking of, nothing lost. */
    public static final LinkProfile WIRED = new LinkProfile("wired", 0.5, 0, 0, 0, 200);
    /** Industrial Wi-Fi in steel halls: multipath and roaming give a long tail, ~1 % loss (est.). */
    public static final LinkProfile WIFI = new LinkProfile("wifi", 10, 30, 0.01, 0.002, 100);
    /** A private 5G campus network: ~10 ms, tight jitter, rare loss (est.). */
    public static final LinkProfile FIVE_G = new LinkProfile("5g", 8, 4, 0.001, 0.0005, 50);
    /** An overloaded wireless cell: queues build, retransmissions duplicate, drops are frequent (est.). */
    public static final LinkProfile CONGESTED = new LinkProfile("congested", 50, 150, 0.05, 0.01, 300);

    public LinkProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("network.name: must not be blank");
        }
        nonNegative("network.baseLatencyMs", baseLatencyMs);
        nonNegative("network.jitterMs", jitterMs);
        probability("network.lossProbability", lossProbability);
        probability("network.duplicateProbability", duplicateProbability);
        nonNegative("network.retransmitMs", retransmitMs);
    }

    /** The profile called {@code name}: none, wired, wifi (wi-fi), 5g (private-5g), congested. */
    public static LinkProfile named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "none", "off" -> NONE;
            case "wired", "ethernet" -> WIRED;
            case "wifi", "wi-fi" -> WIFI;
            case "5g", "private-5g" -> FIVE_G;
            case "congested" -> CONGESTED;
            default -> throw new IllegalArgumentException("network profile '" + name
                    + "': expected one of none, wired, wifi, 5g, congested");
        };
    }

    /** True if this profile changes nothing: the simulator bypasses the network stage. */
    public boolean isTransparent() {
        return baseLatencyMs == 0 && jitterMs == 0 && lossProbability == 0 && duplicateProbability == 0;
    }

    public LinkProfile withJitterMs(double jitter) {
        return new LinkProfile(name, baseLatencyMs, jitter, lossProbability, duplicateProbability, retransmitMs);
    }

    public LinkProfile withLossProbability(double loss) {
        return new LinkProfile(name, baseLatencyMs, jitterMs, loss, duplicateProbability, retransmitMs);
    }

    public LinkProfile withDuplicateProbability(double duplicate) {
        return new LinkProfile(name, baseLatencyMs, jitterMs, lossProbability, duplicate, retransmitMs);
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a finite value >= 0, got " + value);
        }
    }

    private static void probability(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + ": must be in [0, 1), got " + value);
        }
    }
}
