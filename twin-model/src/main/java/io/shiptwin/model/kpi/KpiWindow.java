package io.shiptwin.model.kpi;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tumbling event-time windows of the KPIs, aligned on the simulated clock (UTC): hours, 8-hour shifts
 * starting 06:00, 14:00 and 22:00, and days from midnight. Every hour lies inside one shift and one day, so an
 * event is either in all three of its windows or, when its hour has closed for good, in none.
 */
public enum KpiWindow {
    HOUR(Duration.ofHours(1), Duration.ZERO),
    SHIFT(Duration.ofHours(8), Duration.ofHours(6)),
    DAY(Duration.ofDays(1), Duration.ZERO);

    private final long sizeMillis;
    private final long offsetMillis;

    KpiWindow(Duration size, Duration offset) {
        this.sizeMillis = size.toMillis();
        this.offsetMillis = offset.toMillis();
    }

    public long sizeMillis() {
        return sizeMillis;
    }

    /** The start (inclusive, epoch millis) of the window that holds {@code eventTimeMillis}. */
    public long start(long eventTimeMillis) {
        return eventTimeMillis - Math.floorMod(eventTimeMillis - offsetMillis, sizeMillis);
    }

    /** The end (exclusive) of the window starting at {@code start}. */
    public long end(long start) {
        return start + sizeMillis;
    }

    /** By name, case-insensitive: {@code hour}, {@code shift}, {@code day}. */
    public static Optional<KpiWindow> byName(String name) {
        return Arrays.stream(values()).filter(w -> w.name().equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(w -> w.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
