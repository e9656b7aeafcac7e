package io.shiptwin.sim.feed;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Delivered ships in service: noon-style operational reports every report interval and the class survey
 * cycle from the delivery date (annual, intermediate, special; a survey due with a higher one is replaced
 * by it), each ship drawing from its own random stream {@code operation.{ship}}.
 */
final class ServiceLife {
    static final double DAYS_PER_YEAR = 365.25;
    /** Surveys due within a day of each other are one survey, the higher kind. */
    private static final long COINCIDENT_MILLIS = SimTime.MILLIS_PER_DAY;

    /** A survey due {@code years} after delivery. */
    record Due(double years, SurveyKind kind, int number) {
    }

    private ServiceLife() {
    }

    /** The survey schedule of a ship over {@code years} of service, in time order. */
    static List<Due> schedule(Operation op, double years) {
        List<Due> all = new ArrayList<>();
        for (int k = 1; k * op.annualSurveyIntervalYears() <= years + 1e-9; k++) {
            all.add(new Due(k * op.annualSurveyIntervalYears(), SurveyKind.ANNUAL, 0));
        }
        for (int m = 0; op.intermediateSurveyAtYears() + m * op.specialSurveyIntervalYears() <= years + 1e-9; m++) {
            all.add(new Due(op.intermediateSurveyAtYears() + m * op.specialSurveyIntervalYears(), SurveyKind.INTERMEDIATE, 0));
        }
        for (int m = 1; m * op.specialSurveyIntervalYears() <= years + 1e-9; m++) {
            all.add(new Due(m * op.specialSurveyIntervalYears(), SurveyKind.SPECIAL, 0));
        }
        double tolerance = (double) COINCIDENT_MILLIS / SimTime.MILLIS_PER_DAY / DAYS_PER_YEAR;
        List<Due> kept = new ArrayList<>();
        for (Due d : all) {
            boolean outranked = all.stream().anyMatch(o -> o != d && rank(o.kind()) > rank(d.kind())
                    && Math.abs(o.years() - d.years()) < tolerance);
            if (!outranked) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingDouble(Due::years));
        List<Due> numbered = new ArrayList<>();
        int[] counts = new int[SurveyKind.values().length];
        for (Due d : kept) {
            numbered.add(new Due(d.years(), d.kind(), ++counts[d.kind().ordinal()]));
        }
        return numbered;
    }

    private static int rank(SurveyKind kind) {
        return switch (kind) {
            case SPECIAL -> 3;
            case INTERMEDIATE -> 2;
            default -> 1;
        };
    }

    /** The events of one ship's service from {@code delivered} until {@code end} (exclusive). */
    static List<Pending> events(Operation op, String prefix, String ship, long delivered, long end, RandomStreams random) {
        List<Pending> out = new ArrayList<>();
        Identifier id = new Identifier(prefix, ship);
        String hull = ObjectKind.SHIP.tokens(id).get(0);
        String area = Names.level(op.area());
        String segment = ObjectKind.SHIP.topicSegment();
        SplittableRandom r = random.stream("operation." + ship);
        long interval = SimTime.hours(op.reportIntervalHours());
        double periodHours = op.reportIntervalHours();
        for (long t = delivered + interval; t < end; t += interval) {
            double atSea = clamp(op.atSeaShare() + (r.nextDouble() - 0.5) * 0.4, 0, 1);
            double speed = Math.max(0, op.serviceSpeedKnots() + op.speedSdKnots() * r.nextGaussian());
            double steaming = periodHours * atSea;
            double distance = speed * steaming;
            double ratio = op.serviceSpeedKnots() > 0 ? speed / op.serviceSpeedKnots() : 0;
            // Propeller law: fuel per hour grows with the cube of the speed.
            double fuel = op.fuelTonnesPerDayAtSea() / 24 * steaming * ratio * ratio * ratio;
            double avg = steaming > 0 ? speed : 0;
            out.add(new Pending(t, id, area, segment, ship, h -> new OperationalReport(h, periodHours, distance, fuel, steaming, avg)));
        }
        double years = SimTime.toDays(end - delivered) / DAYS_PER_YEAR;
        ClassSociety society = ClassSociety.valueOf(op.classSociety());
        for (Due d : schedule(op, years)) {
            long t = delivered + SimTime.days(d.years() * DAYS_PER_YEAR);
            if (t >= end) {
                continue;
            }
            Identifier survey = ObjectKind.CLASS_SURVEY.identifier(prefix, hull, d.kind().name().substring(0, 1) + d.number());
            boolean passed = r.nextDouble() < op.surveyPassProbability();
            SurveyKind kind = d.kind();
            out.add(new Pending(t, id, area, segment, ship, h -> new SurveyCompleted(h, survey, kind, society, passed)));
        }
        out.sort(Comparator.comparingLong(Pending::time));
        return out;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
