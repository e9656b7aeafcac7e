package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario.WorkCalendar;

/**
 * The yard's shift calendar: work happens in one window per working day, from the first shift's
 * start for shiftsPerDay x hoursPerShift hours; day 0 of the simulation is the first day of a week.
 * Work content in working hours becomes a finish time on the simulated clock.
 */
public final class WorkingTime {
    private final long windowStart;
    private final long windowLength;
    private final int workingDays;

    public WorkingTime(WorkCalendar calendar) {
        this.windowStart = SimTime.hours(calendar.firstShiftStartHour());
        this.windowLength = Math.min(SimTime.MILLIS_PER_DAY, SimTime.hours(calendar.shiftsPerDay() * calendar.hoursPerShift()));
        this.workingDays = calendar.workingDaysPerWeek();
    }

    private boolean continuous() {
        return windowLength == SimTime.MILLIS_PER_DAY && workingDays == 7;
    }

    /** True when {@code time} lies in a working window: crews work, machines run. */
    public boolean isWorking(long time) {
        if (continuous()) {
            return true;
        }
        long day = Math.floorDiv(time, SimTime.MILLIS_PER_DAY);
        long open = day * SimTime.MILLIS_PER_DAY + windowStart;
        return Math.floorMod(day, 7) < workingDays && time >= open && time < open + windowLength;
    }

    /** When {@code workHours} of work started (or queued) at {@code start} is done. */
    public long finish(long start, double workHours) {
        long remaining = SimTime.hours(workHours);
        if (continuous() || remaining == 0) {
            return start + remaining;
        }
        long t = start;
        while (true) {
            long day = Math.floorDiv(t, SimTime.MILLIS_PER_DAY);
            long open = day * SimTime.MILLIS_PER_DAY + windowStart;
            long close = open + windowLength;
            if (Math.floorMod(day, 7) < workingDays && t < close) {
                long from = Math.max(t, open);
                if (from + remaining <= close) {
                    return from + remaining;
                }
                remaining -= close - from;
            }
            t = (day + 1) * SimTime.MILLIS_PER_DAY;
        }
    }

    /** Working hours in [from, to): how many hours a crew present over that span actually works. */
    public double workingHoursBetween(long from, long to) {
        if (continuous()) {
            return SimTime.toHours(to - from);
        }
        long total = 0;
        for (long day = Math.floorDiv(from, SimTime.MILLIS_PER_DAY); day * SimTime.MILLIS_PER_DAY < to; day++) {
            if (Math.floorMod(day, 7) >= workingDays) {
                continue;
            }
            long open = day * SimTime.MILLIS_PER_DAY + windowStart;
            long close = open + windowLength;
            total += Math.max(0, Math.min(close, to) - Math.max(open, from));
        }
        return SimTime.toHours(total);
    }
}
