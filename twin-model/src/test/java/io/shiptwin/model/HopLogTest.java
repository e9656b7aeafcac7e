package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HopLogTest {
    private static byte[] envelope(String eventId) {
        return EnvelopeCodec.encode(new TelemetryReading(eventId, "88.118.8001/EQ-WR-01", 1, 0, "wenchong", "panel-line",
                "welding-robot", new String[] {"current_a"}, new double[] {250}));
    }

    @Test
    void readsTheEventIdOfAnEncodedEnvelopeWithoutMovingTheBuffer() {
        ByteBuffer payload = ByteBuffer.wrap(envelope("run-1/EQ-WR-01/42"));
        assertThat(HopLog.peekEventId(payload)).isEqualTo("run-1/EQ-WR-01/42");
        assertThat(payload.position()).isZero();
    }

    @Test
    void aPayloadThatIsNoEnvelopeHasNoEventId() {
        assertThat(HopLog.peekEventId(ByteBuffer.wrap("not json".getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(HopLog.peekEventId(ByteBuffer.wrap("{\"eventId\":\"".getBytes(StandardCharsets.UTF_8)))).as("unterminated").isNull();
        assertThat(HopLog.peekEventId(ByteBuffer.wrap("{\"eventId\":\"\"}".getBytes(StandardCharsets.UTF_8)))).as("empty").isNull();
        assertThat(HopLog.peekEventId(ByteBuffer.wrap("{\"eventId\":\"a\\\"b\"}".getBytes(StandardCharsets.UTF_8)))).as("escaped").isNull();
        String far = "{\"pad\":\"" + "x".repeat(300) + "\",\"eventId\":\"e-1\"}";
        assertThat(HopLog.peekEventId(ByteBuffer.wrap(far.getBytes(StandardCharsets.UTF_8)))).as("beyond the search window").isNull();
    }

    @Test
    void findsTheLatestTimeOfAnEventAndForgetsTheOldestWhenFull() {
        HopLog log = new HopLog(3);
        log.record(envelope("e-1"), 100);
        log.record(envelope("e-2"), 200);
        log.record(envelope("e-1"), 300);
        assertThat(log.timeOf("e-1")).as("redelivered: the latest time").isEqualTo(OptionalLong.of(300));
        assertThat(log.timeOf("e-2")).isEqualTo(OptionalLong.of(200));
        assertThat(log.timeOf("e-9")).isEmpty();

        log.record("e-3", 400);
        log.record("e-4", 500);
        assertThat(log.timeOf("e-2")).as("overwritten by e-4").isEmpty();
        assertThat(log.timeOf("e-4")).isEqualTo(OptionalLong.of(500));
        assertThat(log.timeOf("e-1")).isEqualTo(OptionalLong.of(300));
    }

    @Test
    void ignoresPayloadsWithoutAnEventIdAndRefusesAnEmptyRing() {
        HopLog log = new HopLog(2);
        log.record("garbage".getBytes(StandardCharsets.UTF_8), 1);
        assertThat(log.timeOf("garbage")).isEmpty();
        assertThatThrownBy(() -> new HopLog(0)).hasMessageContaining("capacity");
    }

    @Test
    void aGatewaysBatchRecordsEveryEnvelopeInIt() {
        HopLog log = new HopLog(16);
        byte[] batch = new TelemetryBatch.Builder().add(envelope("b-1")).add(envelope("b-2")).add(envelope("b-3")).take();
        log.record(ByteBuffer.wrap(batch), 500);
        assertThat(log.timeOf("b-1")).isEqualTo(OptionalLong.of(500));
        assertThat(log.timeOf("b-2")).isEqualTo(OptionalLong.of(500));
        assertThat(log.timeOf("b-3")).isEqualTo(OptionalLong.of(500));
        assertThat(log.timeOf("b-4")).isEmpty();
    }

    /** As the broker hands them over: off-heap, and not necessarily from the start of the buffer. */
    private static ByteBuffer direct(byte[] prefix, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocateDirect(prefix.length + payload.length);
        b.put(prefix).put(payload).flip();
        return b.position(prefix.length);
    }

    @Test
    void readsOffHeapPayloadsFromTheirPositionAndLeavesItWhereItWas() {
        HopLog log = new HopLog(16);
        byte[] noise = "{\"eventId\":\"not-this-one\"}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer single = direct(noise, envelope("d-1"));
        ByteBuffer batch = direct(noise, new TelemetryBatch.Builder().add(envelope("d-2")).add(envelope("d-3")).take());

        assertThat(HopLog.peekEventId(single)).isEqualTo("d-1");
        log.record(single, 700);
        log.record(batch, 800);

        assertThat(single.position()).isEqualTo(noise.length);
        assertThat(batch.position()).isEqualTo(noise.length);
        assertThat(log.timeOf("d-1")).isEqualTo(OptionalLong.of(700));
        assertThat(log.timeOf("d-2")).isEqualTo(OptionalLong.of(800));
        assertThat(log.timeOf("d-3")).isEqualTo(OptionalLong.of(800));
        assertThat(log.timeOf("not-this-one")).isEmpty();
    }

    @Test
    void anIdCutOffByTheEndOfThePayloadIsNoId() {
        byte[] whole = envelope("cut-1");
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("cut-1") + 3;
        HopLog log = new HopLog(4);
        log.record(direct(new byte[0], java.util.Arrays.copyOf(whole, cut)), 1);
        assertThat(log.timeOf("cut")).isEmpty();
        assertThat(log.timeOf("cut-1")).isEmpty();
    }
}
