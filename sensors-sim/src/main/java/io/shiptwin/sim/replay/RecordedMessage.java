package io.shiptwin.sim.replay;

import java.util.Arrays;
import java.util.Objects;

/**
 * One published message as recorded.
 *
 * @param topic           MQTT topic
 * @param payload         the bytes published
 * @param simTimeNanos    simulated time of publication (ns since the epoch)
 * @param wallOffsetNanos wall-clock time since the recording started (ns)
 */
public record RecordedMessage(String topic, byte[] payload, long simTimeNanos, long wallOffsetNanos) {

    public RecordedMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedMessage m && topic.equals(m.topic) && Arrays.equals(payload, m.payload)
                && simTimeNanos == m.simTimeNanos && wallOffsetNanos == m.wallOffsetNanos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, Arrays.hashCode(payload), simTimeNanos, wallOffsetNanos);
    }

    @Override
    public String toString() {
        return "RecordedMessage[" + topic + ", " + payload.length + " bytes, sim " + simTimeNanos + " ns, wall +" + wallOffsetNanos + " ns]";
    }
}
