package io.shiptwin.sim;

import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.HopLog;
import io.shiptwin.model.YardEvent;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.network.NetworkStage;
import io.shiptwin.sim.network.NetworkStats;
import io.shiptwin.sim.network.PublishingHop;
import io.shiptwin.sim.pacing.Pacer;
import io.shiptwin.sim.pacing.WallClock;
import io.shiptwin.sim.replay.RecordingHeader;
import io.shiptwin.sim.replay.RecordingWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the minimal yard: takes samples from a {@link TelemetrySource}, encodes them in the envelope
 * and publishes them over MQTT, paced to a rate (or as fast as possible), on its own thread. With a
 * scenario ({@link SimConfig#withScenario}) the messages come from the scenario's yard instead
 * ({@link ScenarioFeed}: business events and telemetry), through the same network, pacing and recording.
 * Optionally (see {@link SimConfig}) the messages cross a simulated network first (latency, loss,
 * duplication, reordering), are paced by the simulated clock, and are recorded as published.
 */
public final class TelemetrySimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetrySimulator.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long HOUSEKEEPING_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Salt of the network's random stream: independent of the stations' streams split from the same seed. */
    private static final long NETWORK_STREAM = 0x6e6574776f726bL;

    private final SimConfig config;
    /** The minimal yard's samples, or null when a scenario feeds the simulator. */
    private final TelemetrySource source;
    /** The scenario's events, or null for the minimal yard. */
    private final ScenarioFeed feed;
    /** Simulated millis (epoch) at which the run stops; Long.MAX_VALUE = no bound. */
    private final long simEndMillis;
    private final MqttPublisher publisher;
    private final NetworkStage<PublishingHop.Outgoing> network;
    private final Pacer pacer;
    private final AtomicLong generated = new AtomicLong();
    private final AtomicLong simMillis = new AtomicLong();
    private final Thread thread;
    private RecordingWriter recorder;
    private volatile PublishingHop hop;
    private volatile boolean stopping;
    private volatile boolean closed;
    private volatile Throwable failure;

    /** When each recent event was handed to MQTT (wall clock), for the message tracer. */
    private final HopLog publishLog = new HopLog();

    public TelemetrySimulator(SimConfig config) {
        this.config = config;
        if (config.scenario() != null) {
            this.feed = ScenarioFeed.open(config.scenario(), new FeedOptions(config.yardPrefix(), config.runId(), config.seed(),
                    config.simStart(), null, config.simDays()));
            this.source = null;
        } else {
            this.feed = null;
            this.source = new TelemetrySource(MinimalYard.stations(config.yardPrefix(), config.seed()), config.runId(),
                    config.simStart().toEpochMilli(), config.samplePeriod().toMillis());
        }
        this.simEndMillis = config.simDays() > 0 ? config.simStart().toEpochMilli() + SimTime.days(config.simDays()) : Long.MAX_VALUE;
        this.publisher = new MqttPublisher(config.brokerUri(), "shiptwin-sim-" + config.runId(), config.maxInFlight(), publishLog,
                config.gateway());
        this.network = config.network().isTransparent() ? null
                : new NetworkStage<>(config.network(), new SplittableRandom(config.seed() ^ NETWORK_STREAM), PublishingHop.Outgoing::topic);
        this.pacer = config.pacing().followsSimulatedTime() ? Pacer.of(config.pacing(), WallClock.SYSTEM) : null;
        this.thread = new Thread(this::run, "shiptwin-sim");
        this.simMillis.set(config.simStart().toEpochMilli());
    }

    /** Connects and starts publishing in the background. */
    public TelemetrySimulator start() {
        if (config.recordFile() != null) {
            try {
                recorder = RecordingWriter.create(config.recordFile(), RecordingHeader.of(System.currentTimeMillis(),
                        "runId=" + config.runId() + "; seed=" + config.seed() + "; network=" + config.network().name()
                                + "; pacing=" + config.pacing() + "; rate=" + config.ratePerSecond()));
            } catch (IOException e) {
                throw new UncheckedIOException("sim.recordFile: cannot create " + config.recordFile() + ": " + e.getMessage(), e);
            }
        }
        hop = new PublishingHop(publisher::publish, network, pacer, recorder, WallClock.SYSTEM);
        try {
            publisher.connect();
        } catch (RuntimeException e) {
            closeRecorder();
            throw e;
        }
        thread.start();
        LOG.info("simulator started: {}, {}, network {}{}{}, run id {}",
                feed != null ? feed.toString() : source.stationCount() + " stations",
                config.pacing().followsSimulatedTime() ? "pacing " + config.pacing()
                        : "rate " + (config.ratePerSecond() == 0 ? "max" : config.ratePerSecond()) + "/s",
                config.network().name(), config.maxEvents() > 0 ? ", " + config.maxEvents() + " events" : "",
                recorder != null ? ", recording to " + config.recordFile() : "", config.runId());
        return this;
    }

    private void run() {
        long startNanos = System.nanoTime();
        long nextProgress = startNanos + PROGRESS_EVERY_NANOS;
        long nextHousekeeping = startNanos + HOUSEKEEPING_EVERY_NANOS;
        PublishingHop out = hop;
        double nanosPerEvent = config.pacing().followsSimulatedTime() || config.ratePerSecond() == 0 ? 0 : 1e9 / config.ratePerSecond();
        try {
            for (long i = 0; !stopping && (config.maxEvents() == 0 || i < config.maxEvents()); i++) {
                if (nanosPerEvent > 0) {
                    long due = startNanos + (long) (i * nanosPerEvent);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                String topic;
                YardEvent event;
                if (feed != null) {
                    if (!feed.hasNext()) {
                        break;
                    }
                    FeedMessage m = feed.next();
                    topic = m.topic();
                    event = m.event();
                } else {
                    TelemetrySource.Sample sample = source.next();
                    topic = sample.topic();
                    event = sample.reading();
                }
                if (event.eventTimeMillis() >= simEndMillis) {
                    break;
                }
                out.offer(TimeUnit.MILLISECONDS.toNanos(event.eventTimeMillis()), topic, EnvelopeCodec.encode(event));
                generated.incrementAndGet();
                simMillis.set(event.eventTimeMillis());
                long now = System.nanoTime();
                if (now > nextHousekeeping) {
                    nextHousekeeping = now + HOUSEKEEPING_EVERY_NANOS;
                    housekeeping(out);
                }
                if (now > nextProgress) {
                    nextProgress += PROGRESS_EVERY_NANOS;
                    LOG.info("simulator: {} generated, {} acknowledged by broker, simulated clock {}", generated.get(),
                            publisher.acknowledged(), Instant.ofEpochMilli(simMillis.get()));
                }
            }
            out.drain(!stopping);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            LOG.error("simulator stopped by an error", e);
        } finally {
            if (network != null) {
                LOG.info("{}", out.refreshStats());
            }
            closeRecorder();
        }
    }

    /** Every second: a fresh snapshot of the network's counters, the recording handed to the OS. */
    private void housekeeping(PublishingHop out) {
        out.refreshStats();
        if (recorder != null) {
            try {
                recorder.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("sim.recordFile: writing " + config.recordFile() + ": " + e.getMessage(), e);
            }
        }
    }

    private void closeRecorder() {
        if (recorder == null) {
            return;
        }
        try {
            recorder.close();
            LOG.info("recorded {} messages to {}", recorder.records(), config.recordFile());
        } catch (IOException e) {
            LOG.warn("closing the recording {}: {}", config.recordFile(), e.getMessage());
        }
    }

    /** True once a bounded run has generated all its events (or the simulator was stopped). */
    public boolean isDone() {
        return !thread.isAlive();
    }

    /** Waits for the generator thread to end, then for the broker to acknowledge what is in flight. */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive() && publisher.awaitInFlight(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** Messages the simulated yard produced (before the network). */
    public long generated() {
        return generated.get();
    }

    /**
     * Messages handed to the MQTT publisher (after the network: generated - lost + duplicated, minus any
     * still crossing it). Equal to {@link #generated()} without a network profile.
     */
    public long delivered() {
        PublishingHop out = hop;
        return out == null ? 0 : out.delivered();
    }

    /** When the most recent events were published (wall clock), by event id: the message tracer's first hop. */
    public HopLog publishLog() {
        return publishLog;
    }

    /** Events the broker acknowledged: the "published" count of the pipeline. */
    public long published() {
        return publisher.acknowledged();
    }

    /** MQTT messages the broker acknowledged: {@link #published()} unless the gateways batch. */
    public long publishedMessages() {
        return publisher.messagesAcknowledged();
    }

    public long publishFailures() {
        return publisher.failed();
    }

    /** What the network did so far (refreshed every second, final once {@link #isDone()}); zeros without a profile. */
    public NetworkStats networkStats() {
        PublishingHop out = hop;
        return out == null ? NetworkStats.none() : out.networkStats();
    }

    /** The scenario feed when a scenario drives the simulator (for its truth: {@link ScenarioFeed#writeTruth}), else null. */
    public ScenarioFeed scenarioFeed() {
        return feed;
    }

    public Instant simulatedTime() {
        return Instant.ofEpochMilli(simMillis.get());
    }

    public boolean isConnected() {
        return publisher.isConnected();
    }

    public Throwable failure() {
        return failure;
    }

    /** Stops generating, waits for in-flight messages, disconnects. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        try {
            if (pacer != null) {
                // A loop paced by the simulated clock may be parked until a distant simulated time.
                thread.join(1_000);
                thread.interrupt();
            }
            thread.join(10_000);
            publisher.awaitInFlight(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        LOG.info("simulator stopped: {} generated, {} acknowledged by broker in {} messages (gateway batching: {})", generated.get(),
                publisher.acknowledged(), publisher.messagesAcknowledged(), config.gateway());
    }
}
