package io.shiptwin.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The measured events' publish-to-twin times second by second of publishing: whether the tail is spread evenly or
 * comes in bursts. A p99 over the whole run cannot tell the two apart; which seconds were slow can be laid next to
 * what else the machine did in them (a thread's CPU, a checkpoint, a Kafka segment roll).
 */
public final class LatencySeconds {
    /** An event slower than this counts as slow: the p99 goal of publish to twin update at 5,000 events/s. */
    public static final long SLOW_MILLIS = 25;
    /** A second counts as slow when more than this share of its events were slow (what one in a hundred allows). */
    public static final double SLOW_SECOND_SHARE = 0.01;

    /**
     * One second of publishing (wall clock, epoch seconds): its events, how many took more than {@link #SLOW_MILLIS}
     * from publish to twin, their p99 and their maximum.
     */
    public record Second(long epochSecond, long events, long slow, long p99Ms, long maxMs) {
        /** Not named {@code isSlow}: Jackson would write it as {@code slow} over the count of the same name. */
        public boolean slowSecond() {
            return slow > events * SLOW_SECOND_SHARE;
        }
    }

    private final TreeMap<Long, Histogram> bySecond = new TreeMap<>();

    /** One event: published at {@code publishedMillis}, applied by the twin at {@code twinMillis} (same clock). */
    public void record(long publishedMillis, long twinMillis) {
        bySecond.computeIfAbsent(Math.floorDiv(publishedMillis, 1000), s -> new Histogram(3))
                .recordValue(Math.max(0, twinMillis - publishedMillis));
    }

    /** Every recorded event's publish-to-twin time, all seconds together. */
    public Histogram wholeWay() {
        Histogram all = new Histogram(3);
        bySecond.values().forEach(all::add);
        return all;
    }

    public List<Second> seconds() {
        List<Second> out = new ArrayList<>(bySecond.size());
        bySecond.forEach((second, h) -> out.add(new Second(second, h.getTotalCount(),
                h.getTotalCount() - h.getCountBetweenValues(0, SLOW_MILLIS), h.getValueAtPercentile(99), h.getMaxValue())));
        return out;
    }

    /**
     * For the console: how many seconds were slow, and each of them relative to the first second, e.g.
     * {@code 2 of 20 seconds had more than 1 % of their events over 25 ms: +4 s (34 %, p99 140 ms), +5 s (...)}.
     */
    public static String describe(List<Second> seconds) {
        if (seconds.isEmpty()) {
            return "no measured events";
        }
        long first = seconds.get(0).epochSecond();
        List<String> slow = new ArrayList<>();
        for (Second s : seconds) {
            if (s.slowSecond()) {
                slow.add(String.format(Locale.ROOT, "+%d s (%.0f %%, p99 %d ms)", s.epochSecond() - first,
                        100.0 * s.slow() / s.events(), s.p99Ms()));
            }
        }
        return String.format(Locale.ROOT, "%d of %d seconds had more than %.0f %% of their events over %d ms%s", slow.size(),
                seconds.size(), SLOW_SECOND_SHARE * 100, SLOW_MILLIS, slow.isEmpty() ? "" : ": " + String.join(", ", slow));
    }
}
