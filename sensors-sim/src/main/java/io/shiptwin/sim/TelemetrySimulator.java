package io.shiptwin.sim;

import io.shiptwin.model.EnvelopeCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the minimal yard: takes samples from a {@link TelemetrySource}, encodes them in the envelope
 * and publishes them over MQTT, paced to a rate (or as fast as possible), on its own thread.
 */
public final class TelemetrySimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetrySimulator.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final SimConfig config;
    private final TelemetrySource source;
    private final MqttPublisher publisher;
    private final AtomicLong generated = new AtomicLong();
    private final AtomicLong simMillis = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean closed;
    private volatile Throwable failure;

    public TelemetrySimulator(SimConfig config) {
        this.config = config;
        this.source = new TelemetrySource(MinimalYard.stations(config.yardPrefix(), config.seed()), config.runId(),
                config.simStart().toEpochMilli(), config.samplePeriod().toMillis());
        this.publisher = new MqttPublisher(config.brokerUri(), "shiptwin-sim-" + config.runId(), config.maxInFlight());
        this.thread = new Thread(this::run, "shiptwin-sim");
        this.simMillis.set(config.simStart().toEpochMilli());
    }

    /** Connects and starts publishing in the background. */
    public TelemetrySimulator start() {
        publisher.connect();
        thread.start();
        LOG.info("simulator started: {} stations, rate {}/s{}, run id {}", source.stationCount(),
                config.ratePerSecond() == 0 ? "max" : config.ratePerSecond(),
                config.maxEvents() > 0 ? ", " + config.maxEvents() + " events" : "", config.runId());
        return this;
    }

    private void run() {
        long startNanos = System.nanoTime();
        long nextProgress = startNanos + PROGRESS_EVERY_NANOS;
        double nanosPerEvent = config.ratePerSecond() == 0 ? 0 : 1e9 / config.ratePerSecond();
        try {
            for (long i = 0; !stopping && (config.maxEvents() == 0 || i < config.maxEvents()); i++) {
                if (nanosPerEvent > 0) {
                    long due = startNanos + (long) (i * nanosPerEvent);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                TelemetrySource.Sample sample = source.next();
                publisher.publish(sample.topic(), EnvelopeCodec.encode(sample.reading()));
                generated.incrementAndGet();
                simMillis.set(sample.reading().eventTimeMillis());
                if (System.nanoTime() > nextProgress) {
                    nextProgress += PROGRESS_EVERY_NANOS;
                    LOG.info("simulator: {} generated, {} acknowledged by broker, simulated clock {}", generated.get(),
                            publisher.acknowledged(), Instant.ofEpochMilli(simMillis.get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            LOG.error("simulator stopped by an error", e);
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

    public long generated() {
        return generated.get();
    }

    /** Messages the broker acknowledged: the "published" count of the pipeline. */
    public long published() {
        return publisher.acknowledged();
    }

    public long publishFailures() {
        return publisher.failed();
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
            thread.join(10_000);
            publisher.awaitInFlight(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        LOG.info("simulator stopped: {} generated, {} acknowledged by broker", generated.get(), publisher.acknowledged());
    }
}
