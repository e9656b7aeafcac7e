package io.shiptwin.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** Test fixtures: a known-good reading and envelope, and a seeded generator of varied valid readings. */
final class Envelopes {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** 2026-03-02T08:00:00.000Z */
    static final long EIGHT_AM_MILLIS = 1_772_438_400_000L;

    private Envelopes() {
    }

    static TelemetryReading craneReading() {
        return new TelemetryReading("run-1:GC-01:42", "88.118.8001/EQ-GC-01", 42, EIGHT_AM_MILLIS + 123,
                "wenchong", "dock-1", "crane",
                new String[] {"load_t", "hoist_speed_m_min", "wind_speed_ms", "motor_temp_c"},
                new double[] {120.5, 4.25, 6.1, 41.0});
    }

    /** The envelope of {@link #craneReading()} as a mutable JSON tree. */
    static ObjectNode validEnvelope() {
        try {
            return (ObjectNode) MAPPER.readTree(EnvelopeCodec.encode(craneReading()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The valid envelope after {@code change}, as wire bytes. */
    static byte[] envelopeWith(Consumer<ObjectNode> change) {
        ObjectNode envelope = validEnvelope();
        change.accept(envelope);
        return envelope.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Generates valid, varied readings: odd characters in strings, extreme but finite values, wide time range. */
    static final class Generator {
        private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
        private static final String TEXT_CHARS = "abcXYZ09 -_/:\"\\\u00e9\u6587\u2603\t";
        private static final double[] EXTREMES = {0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 12345678901234.5};
        /** 9999-12-31T23:59:59.999Z, the last instant with a four-digit year. */
        private static final long MAX_FOUR_DIGIT_YEAR_MILLIS = 253_402_300_799_999L;

        private final SplittableRandom random;

        Generator(long seed) {
            this.random = new SplittableRandom(seed);
        }

        TelemetryReading next() {
            int n = 1 + random.nextInt(8);
            String[] channels = new String[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                channels[i] = "ch" + i + "_" + text(1 + random.nextInt(6));
                values[i] = value();
            }
            String prefix = "88." + random.nextInt(1000) + "." + random.nextInt(100_000_000)
                    + (random.nextBoolean() ? "" : "." + random.nextInt(10));
            String suffix = SUFFIX_CHARS.charAt(random.nextInt(62)) + chars(SUFFIX_CHARS, random.nextInt(20));
            return new TelemetryReading("evt-" + Long.toHexString(random.nextLong()) + text(3), prefix + "/" + suffix,
                    1 + random.nextLong(Long.MAX_VALUE), random.nextLong(MAX_FOUR_DIGIT_YEAR_MILLIS + 1),
                    text(1 + random.nextInt(10)), text(1 + random.nextInt(10)), text(1 + random.nextInt(10)),
                    channels, values);
        }

        private double value() {
            return switch (random.nextInt(4)) {
                case 0 -> EXTREMES[random.nextInt(EXTREMES.length)];
                case 1 -> random.nextInt(-1000, 1000);
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-10, 10));
            };
        }

        private String text(int length) {
            return chars(TEXT_CHARS, length);
        }

        private String chars(String alphabet, int length) {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        }
    }
}
