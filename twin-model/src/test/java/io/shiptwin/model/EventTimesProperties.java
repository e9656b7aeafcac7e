package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The fixed-width event-time codec agrees with java.time on every instant of years 0000..9999. */
class EventTimesProperties {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long YEAR_0 = -62_167_219_200_000L;
    private static final long YEAR_10000 = 253_402_300_800_000L;

    @Property(tries = 5000)
    void formatsAsJavaTimeAndParsesBack(@ForAll @LongRange(min = YEAR_0, max = YEAR_10000 - 1) long millis) {
        String text = EventTimes.format(millis);
        assertThat(text).isEqualTo(REFERENCE.format(Instant.ofEpochMilli(millis)));
        assertThat(EventTimes.parse(text)).isEqualTo(millis);
    }

    @Property(tries = 2000)
    void neverAcceptsWhatJavaTimeRejects(@ForAll @StringLength(24) String any) {
        Long ours;
        try {
            ours = EventTimes.parse(any);
        } catch (IllegalArgumentException e) {
            ours = null;
        }
        if (ours != null) {
            assertThat(Instant.parse(any).toEpochMilli()).isEqualTo(ours);
        }
    }

    @Example
    void knownInstants() {
        assertThat(EventTimes.format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(EventTimes.format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(EventTimes.parse("2026-03-02T08:00:00.000Z")).isEqualTo(Instant.parse("2026-03-02T08:00:00Z").toEpochMilli());
        assertThat(EventTimes.parse("2024-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli());
        // Outside four-digit years the general formatter takes over, as java.time writes them.
        assertThat(EventTimes.format(YEAR_10000)).isEqualTo(REFERENCE.format(Instant.ofEpochMilli(YEAR_10000)));
    }

    @Example
    void rejectsWhatIsNotTheContractFormat() {
        for (String bad : new String[] {"2026-02-30T08:00:00.000Z", "2026-13-01T08:00:00.000Z", "2026-03-02T24:00:00.000Z",
                "2026-03-02T08:60:00.000Z", "2026-03-02T08:00:60.000Z", "2026-03-02T08:00:00Z", "2026-03-02T08:00:00.000+00:00",
                "2026-03-02 08:00:00.000Z", "2026-03-02T08:00:00.0000Z", "2026-0a-02T08:00:00.000Z", "", "+2026-03-02T08:00:00.000Z"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> EventTimes.parse(bad));
        }
    }
}
