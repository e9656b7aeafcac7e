package io.shiptwin.streams.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineageEntryTest {

    private static String fixed3(double v) {
        StringBuilder b = new StringBuilder();
        LineageEntry.appendFixed3(b, v);
        return b.toString();
    }

    @Test
    void threeDecimalsAsStringFormatWritesThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-4, 9));
            double scaled = Math.abs(v) * 1000;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
                continue; // a tie: the two round the binary value differently, both within half a thousandth
            }
            String expected = String.format(Locale.ROOT, "%.3f", v);
            assertThat(fixed3(v)).as("value %s", v).isEqualTo(expected.equals("-0.000") ? "0.000" : expected);
        }
    }

    @Test
    void edgeValues() {
        assertThat(fixed3(0)).isEqualTo("0.000");
        assertThat(fixed3(-0.0004)).isEqualTo("0.000");
        assertThat(fixed3(-1.5)).isEqualTo("-1.500");
        assertThat(fixed3(12.0405)).isIn("12.040", "12.041");
        assertThat(fixed3(999.9996)).isEqualTo("1000.000");
        assertThat(fixed3(Double.NaN)).isEqualTo("NaN");
        assertThat(fixed3(2e13)).isEqualTo("20000000000000.000");
    }
}
