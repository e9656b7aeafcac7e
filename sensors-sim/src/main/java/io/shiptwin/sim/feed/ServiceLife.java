package io.shiptwin.sim.feed;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.SurveyCompleted;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.SurveyCycle;
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
 * cycle from the delivery date ({@link SurveyCycle}, twin-model's rule, with the scenario's intervals), each ship
 * drawing from its own random stream {@code operation.{ship}}.
 */
final class ServiceLife {
    static final double DAYS_PER_YEAR = SurveyCycle.DAYS_PER_YEAR;

    private ServiceLife() {
    }

    /** The scenario's survey cycle (the class rule of twin-model with the scenario's intervals). */
    static SurveyCycle cycle(Operation op) {
        return new SurveyCycle(op.annualSurveyIntervalYears(), op.intermediateSurveyAtYears(), op.specialSurveyIntervalYears());
    }

    /** A survey due {@code years} after delivery (the simulator's view of {@link SurveyCycle.Due}). */
    record Due(double years, SurveyKind kind, int number) {
    }

    /** The survey schedule of a ship over {@code years} of service, in time order ({@link SurveyCycle#schedule}). */
    static List<Due> schedule(Operation op, double years) {
        return cycle(op).schedule(years).stream().map(d -> new Due(d.years(), d.kind(), d.number())).toList();
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
        for (SurveyCycle.Due d : cycle(op).schedule(years)) {
            long t = SurveyCycle.dueMillis(delivered, d);
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
