package io.shiptwin.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The contract's event time, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (always UTC, always three fraction digits),
 * to and from epoch milliseconds. Every telemetry event is formatted once at the sensor and parsed once
 * in the pipeline, and the twin formats two per update: the general {@link DateTimeFormatter} and
 * {@link Instant#parse} cost a sixth of the ingest thread (JFR, {@code bench pipeline}). The format is
 * fixed-width, so the digits are read and written in place and the calendar is left to {@link LocalDate}.
 * Years outside 0000..9999 fall back to the formatter (they cannot occur in a parseable string).
 */
public final class EventTimes {
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final DateTimeFormatter GENERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Positions of the separators in {@code 2026-03-02T08:00:00.000Z}. */
    private static final String SHAPE = "0000-00-00T00:00:00.000Z";

    private EventTimes() {
    }

    /** {@code 2026-03-02T08:00:00.000Z} for the given epoch millis. */
    public static String format(long epochMillis) {
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return GENERAL.format(Instant.ofEpochMilli(epochMillis));
        }
        char[] c = SHAPE.toCharArray();
        put(c, 0, year, 4);
        put(c, 5, date.getMonthValue(), 2);
        put(c, 8, date.getDayOfMonth(), 2);
        put(c, 11, millisOfDay / 3_600_000, 2);
        put(c, 14, millisOfDay / 60_000 % 60, 2);
        put(c, 17, millisOfDay / 1000 % 60, 2);
        put(c, 20, millisOfDay % 1000, 3);
        return new String(c);
    }

    /**
     * Epoch millis of a string in exactly the contract's format.
     *
     * @throws IllegalArgumentException when it is not in that format or not a real date and time
     */
    public static long parse(String s) {
        if (s.length() != SHAPE.length()) {
            throw new IllegalArgumentException("not yyyy-MM-ddTHH:mm:ss.SSSZ: " + s);
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char want = SHAPE.charAt(i);
            char got = s.charAt(i);
            boolean ok = want == '0' ? got >= '0' && got <= '9' : got == want;
            if (!ok) {
                throw new IllegalArgumentException("not yyyy-MM-ddTHH:mm:ss.SSSZ: " + s);
            }
        }
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("no such time of day: " + s);
        }
        long day;
        try {
            day = LocalDate.of(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2)).toEpochDay();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + s, e);
        }
        return day * MILLIS_PER_DAY + hour * 3_600_000L + minute * 60_000L + second * 1000L + digits(s, 20, 3);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int digits(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
