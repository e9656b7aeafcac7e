package io.shiptwin.sim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void quantilesOfAUniformSpreadAreWithinOnePercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 1_000_000; v++) {
            h.record(v);
        }
        assertThat(h.quantileMicros(0.5)).isCloseTo(500_000, offset(5_000.0));
        assertThat(h.quantileMicros(0.99)).isCloseTo(990_000, offset(9_900.0));
        assertThat(h.meanMicros()).isEqualTo(500_000.5);
        assertThat(h.maxMicros()).isEqualTo(1_000_000);
    }

    @Test
    void smallValuesAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 99; i++) {
            h.record(100);
        }
        h.record(200);
        assertThat(h.quantileMicros(0.99)).isEqualTo(100);
        assertThat(h.quantileMicros(1.0)).isEqualTo(200);
    }

    @Test
    void anEmptyHistogramReportsZero() {
        assertThat(new LatencyHistogram().quantileMicros(0.99)).isZero();
    }
}
