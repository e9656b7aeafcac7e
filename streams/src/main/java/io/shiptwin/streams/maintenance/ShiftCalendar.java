package io.shiptwin.streams.maintenance;

import java.io.Serializable;

/**
 * The yard's shifts on the simulated clock (UTC): {@code shiftsPerDay} shifts of {@code hoursPerShift} hours from
 * {@code firstShiftStartHour}, on the first {@code workingDaysPerWeek} days of each ISO week (Monday first). The
 * defaults are the scenario's {@code WorkCalendar} (DOMAIN.md: two 8-hour shifts from 06:00, six days a week).
 */
public record ShiftCalendar(int shiftsPerDay, double hoursPerShift, double firstShiftStartHour, int workingDaysPerWeek)
        implements Serializable {
    static final long DAY = 86_400_000L;
    /** 1970-01-01 was a Thursday: days since the epoch + 3 is 0 on a Monday. */
    private static final int MONDAY_OFFSET = 3;

    public ShiftCalendar {
        if (shiftsPerDay < 1 || !(hoursPerShift > 0) || shiftsPerDay * hoursPerShift > 24) {
            throw new IllegalArgumentException("shift calendar: shiftsPerDay x hoursPerShift must be within 1..24 h, got "
                    + shiftsPerDay + " x " + hoursPerShift);
        }
        if (firstShiftStartHour < 0 || firstShiftStartHour >= 24 || workingDaysPerWeek < 1 || workingDaysPerWeek > 7) {
            throw new IllegalArgumentException("shift calendar: firstShiftStartHour must be 0..24 and workingDaysPerWeek 1..7, got "
                    + firstShiftStartHour + " and " + workingDaysPerWeek);
        }
    }

    public static ShiftCalendar defaults() {
        return new ShiftCalendar(2, 8, 6, 6);
    }

    public long shiftMillis() {
        return Math.round(hoursPerShift * 3_600_000);
    }

    /** Start of the shift that contains {@code t} (epoch millis), or {@link Long#MIN_VALUE} outside every shift. */
    public long shiftStart(long t) {
        long day = Math.floorDiv(t, DAY);
        // A shift may run past midnight: look at today's and yesterday's shifts.
        for (long d = day; d >= day - 1; d--) {
            if (Math.floorMod(d + MONDAY_OFFSET, 7) >= workingDaysPerWeek) {
                continue;
            }
            long first = d * DAY + Math.round(firstShiftStartHour * 3_600_000);
            long offset = t - first;
            if (offset >= 0 && offset < shiftsPerDay * shiftMillis()) {
                return first + (offset / shiftMillis()) * shiftMillis();
            }
        }
        return Long.MIN_VALUE;
    }
}
