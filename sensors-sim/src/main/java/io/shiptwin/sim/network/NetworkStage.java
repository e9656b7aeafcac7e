package io.shiptwin.sim.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The publishing hop as a small discrete scheduler: {@link #send} turns one message into zero, one or
 * two scheduled arrivals; {@link #pollDue} hands them out in order of arrival time, then send order.
 * Reordering is what falls out of the jitter. Every message draws the same four numbers from the
 * stage's own random stream, whatever happens to it, so the same seed and the same sends give the same
 * schedule. Reordering is counted per flow (by default one flow; the simulator uses one per topic, i.e.
 * per source and channel): messages of different sources that overtake each other change nothing a
 * consumer can see, those of one source arrive out of sequence. Not thread-safe: the publishing thread
 * owns it.
 */
public final class NetworkStage<M> {
    private static final Comparator<Delivery<?>> ARRIVAL_ORDER = Comparator
            .<Delivery<?>>comparingLong(Delivery::deliveryNanos)
            .thenComparingLong(Delivery::sequence)
            .thenComparing(Delivery::duplicate);

    private final LinkProfile profile;
    private final RandomGenerator random;
    private final PriorityQueue<Delivery<M>> scheduled = new PriorityQueue<>(ARRIVAL_ORDER);
    private final LatencyHistogram latency = new LatencyHistogram();
    private long nextSequence;
    private long lastSendNanos = Long.MIN_VALUE;
    private long lost;
    private long duplicated;
    private long delivered;
    private long reordered;
    private final Function<? super M, ?> flowOf;
    /** Per flow, the highest send sequence delivered so far (a one-element array: updated in place). */
    private final Map<Object, long[]> highestDelivered = new HashMap<>();

    /** A stage where all messages form one flow. */
    public NetworkStage(LinkProfile profile, RandomGenerator random) {
        this(profile, random, m -> "");
    }

    /** A stage that counts reordering within each flow {@code flowOf} names (e.g. the message's topic). */
    public NetworkStage(LinkProfile profile, RandomGenerator random, Function<? super M, ?> flowOf) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.random = Objects.requireNonNull(random, "random");
        this.flowOf = Objects.requireNonNull(flowOf, "flowOf");
    }

    public LinkProfile profile() {
        return profile;
    }

    /** Offers a message sent at simulated time {@code sendNanos}; returns how many arrivals it will make (0, 1 or 2). */
    public int send(long sendNanos, M message) {
        if (sendNanos < lastSendNanos) {
            throw new IllegalArgumentException("sendNanos: must not go backwards, got " + sendNanos + " after " + lastSendNanos);
        }
        lastSendNanos = sendNanos;
        long sequence = nextSequence++;
        double uLoss = random.nextDouble();
        double uDuplicate = random.nextDouble();
        double uJitter = random.nextDouble();
        double uJitterAgain = random.nextDouble();
        if (uLoss < profile.lossProbability()) {
            lost++;
            return 0;
        }
        long first = sendNanos + latencyNanos(uJitter);
        scheduled.add(new Delivery<>(first, sendNanos, sequence, false, message));
        if (uDuplicate < profile.duplicateProbability()) {
            duplicated++;
            long second = first + millisToNanos(profile.retransmitMs()) + latencyNanos(uJitterAgain);
            scheduled.add(new Delivery<>(second, sendNanos, sequence, true, message));
            return 2;
        }
        return 1;
    }

    /** The next arrival at or before {@code nowNanos}, or null if none is due. */
    public Delivery<M> pollDue(long nowNanos) {
        Delivery<M> next = scheduled.peek();
        return next != null && next.deliveryNanos() <= nowNanos ? take() : null;
    }

    /** The next arrival whatever its time (draining at the end of a run), or null if nothing is in flight. */
    public Delivery<M> poll() {
        return scheduled.isEmpty() ? null : take();
    }

    /** Arrival time of the next scheduled delivery, or {@link Long#MAX_VALUE} if none. */
    public long nextDeliveryNanos() {
        Delivery<M> next = scheduled.peek();
        return next == null ? Long.MAX_VALUE : next.deliveryNanos();
    }

    public int inFlight() {
        return scheduled.size();
    }

    public NetworkStats stats() {
        return new NetworkStats(profile.name(), nextSequence, delivered, lost, duplicated, reordered, scheduled.size(),
                latency.meanMicros() / 1000, latency.quantileMicros(0.99) / 1000, latency.maxMicros() / 1000.0);
    }

    private Delivery<M> take() {
        Delivery<M> d = scheduled.poll();
        delivered++;
        if (!d.duplicate()) {
            long[] highest = highestDelivered.computeIfAbsent(flowOf.apply(d.message()), k -> new long[] {-1});
            if (d.sequence() < highest[0]) {
                reordered++;
            } else {
                highest[0] = d.sequence();
            }
            latency.record(d.addedLatencyNanos() / 1000);
        }
        return d;
    }

    private long latencyNanos(double uJitter) {
        // Inverse transform of the exponential: one uniform draw, one jitter.
        double jitterMs = profile.jitterMs() == 0 ? 0 : -profile.jitterMs() * Math.log1p(-uJitter);
        return millisToNanos(profile.baseLatencyMs() + jitterMs);
    }

    private static long millisToNanos(double millis) {
        return Math.round(millis * 1_000_000);
    }
}
