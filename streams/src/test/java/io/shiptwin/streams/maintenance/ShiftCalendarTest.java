package io.shiptwin.streams.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShiftCalendarTest {
    private final ShiftCalendar yard = ShiftCalendar.defaults();

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void twoEightHourShiftsFromSixOnWorkingDays() {
        assertThat(yard.shiftStart(at("2026-03-02T06:00:00Z"))).isEqualTo(at("2026-03-02T06:00:00Z"));
        assertThat(yard.shiftStart(at("2026-03-02T13:59:59Z"))).isEqualTo(at("2026-03-02T06:00:00Z"));
        assertThat(yard.shiftStart(at("2026-03-02T14:00:00Z"))).isEqualTo(at("2026-03-02T14:00:00Z"));
        assertThat(yard.shiftStart(at("2026-03-07T21:59:00Z"))).isEqualTo(at("2026-03-07T14:00:00Z")); // Saturday
    }

    @Test
    void nightsAndSundaysAreInNoShift() {
        assertThat(yard.shiftStart(at("2026-03-02T22:00:00Z"))).isEqualTo(Long.MIN_VALUE);
        assertThat(yard.shiftStart(at("2026-03-03T05:59:59Z"))).isEqualTo(Long.MIN_VALUE);
        assertThat(yard.shiftStart(at("2026-03-08T10:00:00Z"))).isEqualTo(Long.MIN_VALUE); // Sunday
    }

    @Test
    void aNightShiftMayRunPastMidnight() {
        ShiftCalendar three = new ShiftCalendar(3, 8, 6, 7);
        assertThat(three.shiftStart(at("2026-03-03T03:00:00Z"))).isEqualTo(at("2026-03-02T22:00:00Z"));
    }

    @Test
    void refusesACalendarLongerThanADay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShiftCalendar(4, 8, 6, 6))
                .withMessageContaining("shiftsPerDay x hoursPerShift");
    }
}
