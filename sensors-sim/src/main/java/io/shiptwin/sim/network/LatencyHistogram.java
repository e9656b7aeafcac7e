package io.shiptwin.sim.network;

/**
 * A fixed-size log-linear histogram of latencies in microseconds (exact below 256 µs, then 128
 * sub-buckets per power of two: under 0.8 % error). Enough for a p99 without storing every sample, and
 * recording does not allocate.
 */
final class LatencyHistogram {
    private static final int LINEAR = 256;
    private static final int SUB = 128;
    private final long[] counts = new long[LINEAR + 56 * SUB];
    private long total;
    private double sumMicros;
    private long maxMicros;

    void record(long micros) {
        long v = Math.max(0, micros);
        counts[index(v)]++;
        total++;
        sumMicros += v;
        maxMicros = Math.max(maxMicros, v);
    }

    long count() {
        return total;
    }

    double meanMicros() {
        return total == 0 ? 0 : sumMicros / total;
    }

    long maxMicros() {
        return maxMicros;
    }

    /** The value at quantile {@code q} (0..1), the midpoint of its bucket. */
    double quantileMicros(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank && counts[i] > 0) {
                return Math.min(midpoint(i), maxMicros);
            }
        }
        return maxMicros;
    }

    private static int index(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - 7; // v >> shift in [128, 256)
        return LINEAR + (shift - 1) * SUB + (int) ((v >> shift) - SUB);
    }

    private static double midpoint(int index) {
        if (index < LINEAR) {
            return index;
        }
        int shift = (index - LINEAR) / SUB + 1;
        long mantissa = (index - LINEAR) % SUB + SUB;
        return (mantissa << shift) + ((1L << shift) - 1) / 2.0;
    }
}
