package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelemetryReadingTest {

    @Test
    void rejectsChannelsAndValuesOfDifferentLength() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reading(1, new String[] {"load_t", "wind_speed_ms"}, new double[] {1.0}))
                .withMessage("channels and values differ in length: 2 vs 1");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void rejectsSequenceBelowOne(long sequence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reading(sequence, new String[] {"load_t"}, new double[] {1.0}))
                .withMessage("sequence must be >= 1, got " + sequence);
    }

    @Test
    void acceptsSequenceOne() {
        assertThat(reading(1, new String[] {"load_t"}, new double[] {1.0}).sequence()).isEqualTo(1);
    }

    @Test
    void equalsComparesChannelAndValueContentsNotArrayIdentity() {
        TelemetryReading a = reading(5, new String[] {"load_t"}, new double[] {2.5});
        TelemetryReading b = reading(5, new String[] {"load_t"}, new double[] {2.5});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void readingsWithDifferentValuesAreNotEqual() {
        assertThat(reading(5, new String[] {"load_t"}, new double[] {2.5}))
                .isNotEqualTo(reading(5, new String[] {"load_t"}, new double[] {2.6}));
    }

    private static TelemetryReading reading(long sequence, String[] channels, double[] values) {
        return new TelemetryReading("e-1", "88.118.8001/EQ-GC-01", sequence, 0L, "wenchong", "dock-1", "crane",
                channels, values);
    }
}
