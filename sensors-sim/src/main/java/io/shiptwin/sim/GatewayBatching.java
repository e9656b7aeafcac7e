package io.shiptwin.sim;

import io.shiptwin.model.TelemetryBatch;
import io.shiptwin.model.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * How the yard's edge gateways batch telemetry ({@link TelemetryBatch}): readings are sent together once
 * {@code maxReadings} are waiting or the oldest has waited {@code linger}, whichever comes first.
 * {@link #NONE} (one reading per message) is the default; business events are never batched.
 *
 * <p>{@link Scope#MACHINE}: a gateway per machine, a batch holds the readings of one machine's topic.
 * {@link Scope#AREA}: a gateway per area, a batch holds the readings of every machine of the area and goes out on the
 * area's gateway topic ({@link Topics#areaGatewayTopic}); at low per-machine rates its batches fill sooner.
 *
 * <p>A batch costs one broker round trip and one acknowledgement for all its readings; what a reading pays for it
 * is up to {@code linger} of latency at the gateway.
 */
public record GatewayBatching(int maxReadings, Duration linger, Scope scope) {
    public static final GatewayBatching NONE = new GatewayBatching(1, Duration.ZERO, Scope.MACHINE);
    /**
     * A batch is sent before it grows past this many bytes, whatever {@code maxReadings} says: brokers limit the size
     * of a message (Moquette to 8 KB unless told otherwise, the embedded one to 4 MB; Mosquitto to 256 MB).
     */
    public static final int MAX_BATCH_BYTES = 1024 * 1024;

    /** Which readings share a batch: one machine's, or those of every machine of an area. */
    public enum Scope {
        MACHINE, AREA;

        /** {@code machine} or {@code area}, as the command line spells it. */
        public static Scope parse(String name) {
            for (Scope s : values()) {
                if (s.name().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("gateway scope: must be machine or area, got '" + name + "'");
        }
    }

    public GatewayBatching(int maxReadings, Duration linger) {
        this(maxReadings, linger, Scope.MACHINE);
    }

    public GatewayBatching {
        Objects.requireNonNull(linger, "gateway linger");
        Objects.requireNonNull(scope, "gateway scope");
        if (maxReadings < 1 || maxReadings > TelemetryBatch.MAX_ENVELOPES) {
            throw new IllegalArgumentException("gateway batch: readings per message must be 1.." + TelemetryBatch.MAX_ENVELOPES
                    + ", got " + maxReadings);
        }
        if (linger.isNegative() || linger.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("gateway linger: must be 0..10 s, got " + linger);
        }
        if (maxReadings > 1 && linger.isZero()) {
            throw new IllegalArgumentException("gateway linger: a batch of " + maxReadings + " readings needs a linger > 0,"
                    + " or a quiet topic's readings would wait forever");
        }
    }

    /** {@code maxReadings} per message, at most {@code lingerMillis} of waiting; 1 = no batching. */
    public static GatewayBatching of(int maxReadings, long lingerMillis) {
        return maxReadings == 1 ? NONE : new GatewayBatching(maxReadings, Duration.ofMillis(lingerMillis));
    }

    /** The same batching with gateways of the given scope. */
    public GatewayBatching withScope(Scope newScope) {
        return batches() ? new GatewayBatching(maxReadings, linger, newScope) : this;
    }

    /** The topic a telemetry reading of {@code topic} is batched and sent on. */
    String batchTopic(String topic) {
        return scope == Scope.AREA ? Topics.areaGatewayTopic(topic) : topic;
    }

    public boolean batches() {
        return maxReadings > 1;
    }

    /** Only telemetry is batched: the {@code .../telemetry} topics of the unified namespace. */
    static boolean appliesTo(String topic) {
        return topic.endsWith("/telemetry");
    }

    @Override
    public String toString() {
        return batches() ? maxReadings + " readings or " + linger.toMillis() + " ms" + (scope == Scope.AREA ? ", per area" : "")
                : "none";
    }
}
