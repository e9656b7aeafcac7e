package io.shiptwin.sim.network;

import io.shiptwin.sim.pacing.Pacer;
import io.shiptwin.sim.pacing.WallClock;
import io.shiptwin.sim.replay.Publisher;
import io.shiptwin.sim.replay.RecordingWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The stage between the message source and the MQTT publisher: the message crosses the simulated
 * network (optional), waits for its simulated time to be due on the wall clock (optional), is
 * published, and is recorded exactly as published (optional). A message lost by the network is neither
 * published nor recorded; a duplicate is both, twice. Not thread-safe: the publishing thread owns it;
 * {@link #delivered()} and {@link #networkStats()} may be read from others.
 */
public final class PublishingHop {
    private final Publisher publisher;
    private final NetworkStage<Outgoing> network;
    private final Pacer pacer;
    private final RecordingWriter recorder;
    private final WallClock clock;
    private final long startNanos;
    private volatile long delivered;
    private volatile NetworkStats stats = NetworkStats.none();

    /** A message on its way: where it goes and its bytes. */
    public record Outgoing(String topic, byte[] payload) {
    }

    /**
     * @param network  the link, or null for none
     * @param pacer    the simulated-time pacer, or null when the caller paces (by rate) or not at all
     * @param recorder where to record what is published, or null
     */
    public PublishingHop(Publisher publisher, NetworkStage<Outgoing> network, Pacer pacer, RecordingWriter recorder, WallClock clock) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.network = network;
        this.pacer = pacer;
        this.recorder = recorder;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startNanos = clock.nanoTime();
    }

    /** A message the source produced at simulated time {@code simNanos}; publishes whatever the network delivers by then. */
    public void offer(long simNanos, String topic, byte[] payload) throws InterruptedException {
        if (network == null) {
            emit(simNanos, topic, payload);
            return;
        }
        for (Delivery<Outgoing> d = network.pollDue(simNanos); d != null; d = network.pollDue(simNanos)) {
            emit(d.deliveryNanos(), d.message().topic(), d.message().payload());
        }
        network.send(simNanos, new Outgoing(topic, payload));
    }

    /**
     * Publishes what is still crossing the network: on schedule (paced) at the end of a bounded run, or
     * at once when the run is being stopped.
     */
    public void drain(boolean onSchedule) throws InterruptedException {
        if (network == null) {
            return;
        }
        for (Delivery<Outgoing> d = network.poll(); d != null; d = network.poll()) {
            if (onSchedule) {
                emit(d.deliveryNanos(), d.message().topic(), d.message().payload());
            } else {
                publish(d.deliveryNanos(), d.message().topic(), d.message().payload());
            }
        }
        refreshStats();
    }

    /** Messages handed to the publisher so far. */
    public long delivered() {
        return delivered;
    }

    /** The network's counters as of the last {@link #refreshStats()}; zeros without a network. */
    public NetworkStats networkStats() {
        return stats;
    }

    /** Takes a fresh snapshot of the network's counters (cheap, but not free: call it every second or so). */
    public NetworkStats refreshStats() {
        if (network != null) {
            stats = network.stats();
        }
        return stats;
    }

    private void emit(long simNanos, String topic, byte[] payload) throws InterruptedException {
        if (pacer != null) {
            pacer.await(simNanos);
        }
        publish(simNanos, topic, payload);
    }

    private void publish(long simNanos, String topic, byte[] payload) throws InterruptedException {
        publisher.publish(topic, payload);
        delivered++;
        if (recorder != null) {
            try {
                recorder.append(topic, payload, simNanos, clock.nanoTime() - startNanos);
            } catch (IOException e) {
                throw new UncheckedIOException("recording to " + recorder.file() + ": " + e.getMessage(), e);
            }
        }
    }
}
