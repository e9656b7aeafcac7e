package io.shiptwin.model.yard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The class survey cycle of a ship in service, counted from its delivery: annual surveys every
 * {@code annualYears}, the intermediate survey at {@code intermediateAtYears} and then every
 * {@code specialYears}, the special (renewal) survey every {@code specialYears}. A survey due within a day of a
 * higher one is replaced by it (special over intermediate over annual), as class societies hold them together.
 * Surveys of one kind are numbered 1, 2, ... in time order.
 *
 * <p>One rule for both sides: the simulator draws its survey events from it and the service twin computes the
 * next survey due from it. The class rule defaults ({@link #IACS}) are the IACS harmonised cycle (annual 1 year,
 * intermediate 2.5 years, special 5 years; DOMAIN.md). Serializable: Flink functions carry it to the task managers.
 */
public record SurveyCycle(double annualYears, double intermediateAtYears, double specialYears) implements Serializable {
    /** The IACS harmonised survey cycle: annual every year, intermediate at 2.5 years, special every 5 years. */
    public static final SurveyCycle IACS = new SurveyCycle(1, 2.5, 5);
    public static final double DAYS_PER_YEAR = 365.25;
    private static final long MILLIS_PER_HOUR = 3_600_000L;
    /** Surveys due within a day of each other are one survey, the higher kind. */
    private static final double COINCIDENT_YEARS = 1.0 / DAYS_PER_YEAR;

    /** A survey due {@code years} after delivery: the {@code number}-th of its kind. */
    public record Due(double years, SurveyKind kind, int number) {
    }

    public SurveyCycle {
        positive("annualYears", annualYears);
        positive("intermediateAtYears", intermediateAtYears);
        positive("specialYears", specialYears);
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": must be a positive number of years, got " + v);
        }
    }

    /** Every survey due within {@code years} of delivery (inclusive), in time order. */
    public List<Due> schedule(double years) {
        List<Due> all = new ArrayList<>();
        for (int k = 1; k * annualYears <= years + 1e-9; k++) {
            all.add(new Due(k * annualYears, SurveyKind.ANNUAL, 0));
        }
        for (int m = 0; intermediateAtYears + m * specialYears <= years + 1e-9; m++) {
            all.add(new Due(intermediateAtYears + m * specialYears, SurveyKind.INTERMEDIATE, 0));
        }
        for (int m = 1; m * specialYears <= years + 1e-9; m++) {
            all.add(new Due(m * specialYears, SurveyKind.SPECIAL, 0));
        }
        List<Due> kept = new ArrayList<>();
        for (Due d : all) {
            boolean outranked = all.stream().anyMatch(o -> o != d && rank(o.kind()) > rank(d.kind())
                    && Math.abs(o.years() - d.years()) < COINCIDENT_YEARS);
            if (!outranked) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingDouble(Due::years));
        List<Due> numbered = new ArrayList<>(kept.size());
        int[] counts = new int[SurveyKind.values().length];
        for (Due d : kept) {
            numbered.add(new Due(d.years(), d.kind(), ++counts[d.kind().ordinal()]));
        }
        return numbered;
    }

    /**
     * The first survey of the cycle not yet done, given how many of each kind were completed
     * ({@code completed[kind.ordinal()]}): the n-th completed survey of a kind stands for the n-th due.
     */
    public Due next(int[] completed) {
        // The cycle repeats every special interval; look one interval past the last survey done.
        int done = 0;
        for (int c : completed) {
            done += c;
        }
        for (double horizon = specialYears; ; horizon += specialYears) {
            // One more year than the horizon: a survey at the horizon sees its coincident neighbours.
            for (Due d : schedule(horizon + Math.max(1, annualYears))) {
                if (d.years() <= horizon + 1e-9 && d.number() > completed[d.kind().ordinal()]) {
                    return d;
                }
            }
            if (horizon > specialYears * (done + 2)) {
                throw new IllegalStateException("no survey due after " + done + " completed surveys"); // cannot happen
            }
        }
    }

    /** The {@code number}-th survey of {@code kind} on the cycle; null if the cycle never holds it (bottom, delivery...). */
    public Due nth(SurveyKind kind, int number) {
        if (!scheduled(kind) || number < 1) {
            return null;
        }
        double limit = (number + 2) * Math.max(annualYears, Math.max(intermediateAtYears, specialYears));
        for (double horizon = specialYears; horizon <= limit; horizon += specialYears) {
            for (Due d : schedule(horizon + Math.max(1, annualYears))) {
                if (d.years() <= horizon + 1e-9 && d.kind() == kind && d.number() == number) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The due date of {@code due} for a ship delivered at {@code deliveredMillis}, to the millisecond. */
    public static long dueMillis(long deliveredMillis, Due due) {
        return deliveredMillis + millisOfYears(due.years());
    }

    /** Years as clock millis, as the simulator counts them (days of 365.25, rounded to the nearest milli). */
    public static long millisOfYears(double years) {
        double hours = years * DAYS_PER_YEAR * 24.0;
        return hours <= 0 ? 0L : Math.round(hours * MILLIS_PER_HOUR);
    }

    /** Special over intermediate over annual; other kinds (bottom, delivery) below. */
    public static int rank(SurveyKind kind) {
        return switch (kind) {
            case SPECIAL -> 3;
            case INTERMEDIATE -> 2;
            case ANNUAL -> 1;
            default -> 0;
        };
    }

    /** The survey kinds the cycle schedules. */
    public static boolean scheduled(SurveyKind kind) {
        return rank(kind) > 0;
    }
}
