package io.shiptwin.sim.replay;

import io.shiptwin.sim.MqttPublisher;
import io.shiptwin.sim.pacing.Pacer;
import io.shiptwin.sim.pacing.WallClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a recording again, message for message, in the recorded order: with the original wall-clock
 * spacing, {@code speed} times faster, or as fast as possible; or, with {@link Timing#SIMULATED}, spaced
 * by the recorded simulated time (useful when the recording was made as fast as possible).
 */
public final class Replayer {
    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    /** Which recorded clock gives the spacing. */
    public enum Timing {
        /** The wall-clock spacing of the original run (what an audience saw). */
        WALL_CLOCK,
        /** The simulated-time spacing (what the yard did). */
        SIMULATED
    }

    private final Publisher publisher;
    private final Pacer pacer;
    private final Timing timing;

    public Replayer(Publisher publisher, Pacer pacer) {
        this(publisher, pacer, Timing.WALL_CLOCK);
    }

    public Replayer(Publisher publisher, Pacer pacer, Timing timing) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    /** A pacer for the CLI's {@code --speed}: 1 = original spacing, 10 = ten times faster, 0 = as fast as possible. */
    public static Pacer pacerForSpeed(double speed, WallClock clock) {
        if (!(speed >= 0) || Double.isNaN(speed)) {
            throw new IllegalArgumentException("replay.speed: must be >= 0 (0 = as fast as possible), got " + speed);
        }
        return new Pacer(speed == 0 ? Double.POSITIVE_INFINITY : speed, clock);
    }

    /** Replays {@code file} through this replayer's publisher; returns once every record was handed over. */
    public ReplayResult replay(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long published = 0;
        try (RecordingReader reader = RecordingReader.open(file)) {
            LOG.info("replaying {} ({})", file, reader.header().metadata());
            for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
                pacer.await(timing == Timing.WALL_CLOCK ? m.wallOffsetNanos() : m.simTimeNanos());
                publisher.publish(m.topic(), m.payload());
                published++;
            }
            return new ReplayResult(published, -1, reader.warning(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The CLI's entry point: connects to {@code brokerUri}, replays {@code file} at {@code speed} (1 =
     * original spacing, 0 = as fast as possible) by the recorded wall-clock spacing, waits for the broker's
     * acknowledgements and disconnects.
     */
    public static ReplayResult replay(Path file, String brokerUri, double speed) throws IOException, InterruptedException {
        return replay(file, brokerUri, speed, Timing.WALL_CLOCK);
    }

    public static ReplayResult replay(Path file, String brokerUri, double speed, Timing timing) throws IOException, InterruptedException {
        Pacer pacer = pacerForSpeed(speed, WallClock.SYSTEM);
        try (MqttPublisher mqtt = new MqttPublisher(brokerUri, "shiptwin-replay-" + Long.toString(System.nanoTime(), 36), 1000)) {
            mqtt.connect();
            ReplayResult result = new Replayer(mqtt::publish, pacer, timing).replay(file);
            if (!mqtt.awaitInFlight(ACK_TIMEOUT)) {
                LOG.warn("replay: not every message was acknowledged within {}", ACK_TIMEOUT);
            }
            LOG.info("replay of {}: {} published, {} acknowledged by the broker in {}", file, result.published(),
                    mqtt.acknowledged(), result.wallTime());
            return new ReplayResult(result.published(), mqtt.acknowledged(), result.warning(), result.wallTime());
        }
    }
}
