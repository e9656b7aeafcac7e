package io.shiptwin.dashboards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the API serves them: ISO-8601 UTC with exactly three millisecond digits, as in the envelope. */
final class Times {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Times() {
    }

    static String iso(OffsetDateTime time) {
        return time == null ? null : ISO_MILLIS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String iso(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }
}
