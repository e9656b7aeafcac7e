package io.shiptwin.app.fidelity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Compares the twin with what it should hold, figure by figure: first yard-wide KPIs (counts exact, sums and
 * ratios — coating DFT compliance, schedule adherence against the plan — within the relative tolerance), then every
 * hull entity (present, current stage, each stage's start and finish, man-hours, cost, inspections,
 * non-conformances, delivered), every ship's roll-up, every piece of equipment (telemetry events applied, newest
 * event time) and every ship in service (delivery, reports and their sums, surveys, next survey due). An entity
 * the truth has and the twin lacks is one
 * mismatch ({@code present}); one the twin has and the truth lacks is one too; their figures are not compared
 * further.
 */
public final class FidelityComparison {
    private FidelityComparison() {
    }

    public static List<Check> compare(TwinFigures truth, TwinFigures twin, Tolerances tol) {
        List<Check> checks = new ArrayList<>();
        kpis(truth, twin, tol, checks);
        hulls(truth, twin, tol, checks);
        ships(truth, twin, tol, checks);
        equipment(truth, twin, checks);
        service(truth, twin, tol, checks);
        return checks;
    }

    // ---- yard-wide KPIs ------------------------------------------------------------------------

    private static void kpis(TwinFigures truth, TwinFigures twin, Tolerances tol, List<Check> out) {
        count(out, "kpi", "equipment reporting", "count", truth.equipment().size(), twin.equipment().size());
        count(out, "kpi", "telemetry events applied", "count", sumLong(truth.equipment(), TwinFigures.Equipment::events),
                sumLong(twin.equipment(), TwinFigures.Equipment::events));
        count(out, "kpi", "hull entities", "count", truth.hulls().size(), twin.hulls().size());
        count(out, "kpi", "stages started", "count", stageCount(truth, true), stageCount(twin, true));
        count(out, "kpi", "stages finished", "count", stageCount(truth, false), stageCount(twin, false));
        count(out, "kpi", "ships delivered", "count", truth.hulls().values().stream().filter(TwinFigures.Hull::delivered).count(),
                twin.hulls().values().stream().filter(TwinFigures.Hull::delivered).count());
        count(out, "kpi", "inspections passed", "count", sumLong(truth.hulls(), TwinFigures.Hull::inspectionsPassed),
                sumLong(twin.hulls(), TwinFigures.Hull::inspectionsPassed));
        count(out, "kpi", "inspections failed", "count", sumLong(truth.hulls(), TwinFigures.Hull::inspectionsFailed),
                sumLong(twin.hulls(), TwinFigures.Hull::inspectionsFailed));
        count(out, "kpi", "non-conformances opened", "count", sumLong(truth.hulls(), TwinFigures.Hull::nonConformancesOpened),
                sumLong(twin.hulls(), TwinFigures.Hull::nonConformancesOpened));
        sum(out, tol, "kpi", "man-hours booked", "sum", sumDouble(truth.hulls(), TwinFigures.Hull::manHours),
                sumDouble(twin.hulls(), TwinFigures.Hull::manHours));
        sum(out, tol, "kpi", "cost booked (minor units)", "sum", sumLong(truth.hulls(), TwinFigures.Hull::costMinorUnits),
                sumLong(twin.hulls(), TwinFigures.Hull::costMinorUnits));
        count(out, "kpi", "ships with bookings", "count", truth.ships().size(), twin.ships().size());
        TwinFigures.Compliance e = truth.compliance();
        TwinFigures.Compliance a = twin.compliance();
        count(out, "kpi", "coating DFT inspections", "count", e.dftInspections(), a.dftInspections());
        count(out, "kpi", "coating DFT inspections passed", "count", e.dftPassed(), a.dftPassed());
        ratio(out, tol, "dft_compliance", e.dftPassed(), e.dftInspections(), a.dftPassed(), a.dftInspections());
        count(out, "kpi", "planned stages finished", "count", e.plannedStagesFinished(), a.plannedStagesFinished());
        count(out, "kpi", "stages finished on plan", "count", e.stagesFinishedOnPlan(), a.stagesFinishedOnPlan());
        ratio(out, tol, "schedule_adherence", e.stagesFinishedOnPlan(), e.plannedStagesFinished(), a.stagesFinishedOnPlan(),
                a.plannedStagesFinished());
        count(out, "kpi", "ships in service", "count", truth.service().size(), twin.service().size());
        count(out, "kpi", "operational reports", "count", sumLong(truth.service(), TwinFigures.Service::reports),
                sumLong(twin.service(), TwinFigures.Service::reports));
        sum(out, tol, "kpi", "distance steamed (nm)", "sum", sumDouble(truth.service(), TwinFigures.Service::distanceNm),
                sumDouble(twin.service(), TwinFigures.Service::distanceNm));
        sum(out, tol, "kpi", "fuel burnt (t)", "sum", sumDouble(truth.service(), TwinFigures.Service::fuelTonnes),
                sumDouble(twin.service(), TwinFigures.Service::fuelTonnes));
        count(out, "kpi", "class surveys", "count", sumLong(truth.service(), TwinFigures.Service::surveys),
                sumLong(twin.service(), TwinFigures.Service::surveys));
    }

    /** A ratio KPI over the run (an average: within the relative tolerance); absent on a side with a 0 denominator. */
    private static void ratio(List<Check> out, Tolerances tol, String kpi, long en, long ed, long an, long ad) {
        if (ed == 0 && ad == 0) {
            return;
        }
        if (ed == 0 || ad == 0) {
            out.add(new Check("kpi", kpi, "ratio", ed == 0 ? null : round((double) en / ed), ad == 0 ? null : round((double) an / ad),
                    null, tol.relativeText(), false));
            return;
        }
        sum(out, tol, "kpi", kpi, "ratio", (double) en / ed, (double) an / ad);
    }

    private static long stageCount(TwinFigures f, boolean started) {
        return f.hulls().values().stream().flatMap(h -> h.stages().values().stream())
                .filter(d -> (started ? d.started() : d.finished()) != null).count();
    }

    // ---- per entity ----------------------------------------------------------------------------

    private static void hulls(TwinFigures truth, TwinFigures twin, Tolerances tol, List<Check> out) {
        for (String id : union(truth.hulls(), twin.hulls())) {
            TwinFigures.Hull e = truth.hulls().get(id);
            TwinFigures.Hull a = twin.hulls().get(id);
            if (!presence(out, "hull", id, e, a)) {
                continue;
            }
            same(out, "hull", id, "stage", e.stage(), a.stage());
            for (String stage : union(e.stages(), a.stages())) {
                TwinFigures.StageDates de = e.stages().getOrDefault(stage, new TwinFigures.StageDates(null, null));
                TwinFigures.StageDates da = a.stages().getOrDefault(stage, new TwinFigures.StageDates(null, null));
                date(out, tol, id, stage + " started", de.started(), da.started());
                if (de.finished() != null || da.finished() != null) {
                    date(out, tol, id, stage + " finished", de.finished(), da.finished());
                }
            }
            sum(out, tol, "hull", id, "man-hours", e.manHours(), a.manHours());
            sum(out, tol, "hull", id, "cost (minor units)", e.costMinorUnits(), a.costMinorUnits());
            if (e.inspectionsPassed() + e.inspectionsFailed() + a.inspectionsPassed() + a.inspectionsFailed() > 0) {
                count(out, "hull", id, "inspections passed", e.inspectionsPassed(), a.inspectionsPassed());
                count(out, "hull", id, "inspections failed", e.inspectionsFailed(), a.inspectionsFailed());
                count(out, "hull", id, "non-conformances opened", e.nonConformancesOpened(), a.nonConformancesOpened());
            }
            if (e.delivered() || a.delivered()) {
                same(out, "hull", id, "delivered", e.delivered(), a.delivered());
            }
        }
    }

    private static void ships(TwinFigures truth, TwinFigures twin, Tolerances tol, List<Check> out) {
        for (String id : union(truth.ships(), twin.ships())) {
            TwinFigures.Ship e = truth.ships().get(id);
            TwinFigures.Ship a = twin.ships().get(id);
            if (!presence(out, "ship", id, e, a)) {
                continue;
            }
            sum(out, tol, "ship", id, "total man-hours", e.manHours(), a.manHours());
            sum(out, tol, "ship", id, "total cost (minor units)", e.costMinorUnits(), a.costMinorUnits());
        }
    }

    private static void equipment(TwinFigures truth, TwinFigures twin, List<Check> out) {
        for (String id : union(truth.equipment(), twin.equipment())) {
            TwinFigures.Equipment e = truth.equipment().get(id);
            TwinFigures.Equipment a = twin.equipment().get(id);
            if (!presence(out, "equipment", id, e, a)) {
                continue;
            }
            count(out, "equipment", id, "telemetry events", e.events(), a.events());
            out.add(new Check("equipment", id, "last event time", iso(e.lastEventTime()), iso(a.lastEventTime()),
                    (double) (a.lastEventTime() - e.lastEventTime()), "exact", a.lastEventTime() == e.lastEventTime()));
        }
    }

    private static void service(TwinFigures truth, TwinFigures twin, Tolerances tol, List<Check> out) {
        for (String id : union(truth.service(), twin.service())) {
            TwinFigures.Service e = truth.service().get(id);
            TwinFigures.Service a = twin.service().get(id);
            if (!presence(out, "service", id, e, a)) {
                continue;
            }
            dated(out, tol, "service", id, "delivered at", e.deliveredAt(), a.deliveredAt());
            count(out, "service", id, "operational reports", e.reports(), a.reports());
            sum(out, tol, "service", id, "distance (nm)", e.distanceNm(), a.distanceNm());
            sum(out, tol, "service", id, "fuel (t)", e.fuelTonnes(), a.fuelTonnes());
            sum(out, tol, "service", id, "main-engine hours", e.mainEngineHours(), a.mainEngineHours());
            sum(out, tol, "service", id, "hours at sea", e.hoursAtSea(), a.hoursAtSea());
            count(out, "service", id, "surveys completed", e.surveys(), a.surveys());
            same(out, "service", id, "next survey kind", e.nextSurveyKind(), a.nextSurveyKind());
            dated(out, tol, "service", id, "next survey due", e.nextSurveyDue(), a.nextSurveyDue());
        }
    }

    // ---- one check -----------------------------------------------------------------------------

    /** Adds a {@code present} check when one side lacks the entity; true when both have it. */
    private static boolean presence(List<Check> out, String category, String id, Object expected, Object actual) {
        if (expected != null && actual != null) {
            return true;
        }
        out.add(new Check(category, id, "present", expected != null ? "yes" : "no", actual != null ? "yes" : "no", null,
                "exact", false));
        return false;
    }

    private static void count(List<Check> out, String category, String subject, String measure, long expected, long actual) {
        out.add(new Check(category, subject, measure, expected, actual, (double) (actual - expected), "exact", expected == actual));
    }

    private static void sum(List<Check> out, Tolerances tol, String category, String subject, String measure, double expected,
                            double actual) {
        out.add(new Check(category, subject, measure, round(expected), round(actual), round(actual - expected), tol.relativeText(),
                tol.within(expected, actual)));
    }

    private static void same(List<Check> out, String category, String subject, String measure, Object expected, Object actual) {
        out.add(new Check(category, subject, measure, expected, actual, null, "exact", Objects.equals(expected, actual)));
    }

    private static void date(List<Check> out, Tolerances tol, String id, String measure, Long expected, Long actual) {
        dated(out, tol, "stage", id, measure, expected, actual);
    }

    private static void dated(List<Check> out, Tolerances tol, String category, String id, String measure, Long expected,
                              Long actual) {
        boolean ok = expected == null ? actual == null : actual != null && Math.abs(actual - expected) <= tol.dateMillis();
        Double diff = expected != null && actual != null ? (double) (actual - expected) : null;
        out.add(new Check(category, id, measure, iso(expected), iso(actual), diff, tol.dateText(), ok));
    }

    private static String iso(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static <T> long sumLong(Map<String, T> m, ToLongFunction<T> f) {
        return m.values().stream().mapToLong(f).sum();
    }

    private static <T> double sumDouble(Map<String, T> m, ToDoubleFunction<T> f) {
        return m.values().stream().mapToDouble(f).sum();
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
