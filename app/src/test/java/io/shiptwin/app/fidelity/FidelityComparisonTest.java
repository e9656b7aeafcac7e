package io.shiptwin.app.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FidelityComparisonTest {
    private static final String BLOCK = "88.118.8001/BLK-H1001-B001";
    private static final String SHIP = "88.118.8001/SHIP-H1001";
    private static final String CRANE = "88.118.8001/EQ-GC-01";
    private static final long T0 = 1_772_409_600_000L;

    private static TwinFigures.Hull block(double manHours, long cost, Long cuttingFinished) {
        return new TwinFigures.Hull("CUTTING", Map.of("MATERIAL", new TwinFigures.StageDates(T0, T0 + 1000),
                "CUTTING", new TwinFigures.StageDates(T0 + 1000, cuttingFinished)), manHours, cost, 2, 1, 1, false);
    }

    private static TwinFigures yard(TwinFigures.Hull hull, double shipHours, long events) {
        return new TwinFigures(Map.of(BLOCK, hull), Map.of(SHIP, new TwinFigures.Ship(shipHours, 5_000)),
                Map.of(CRANE, new TwinFigures.Equipment(events, T0 + 3_600_000)));
    }

    private static List<Check> failures(List<Check> checks) {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    @Test
    void aTwinEqualToTheTruthHasNoMismatchAndEveryFigureIsChecked() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        List<Check> checks = FidelityComparison.compare(truth, truth, Tolerances.DEFAULT);
        assertThat(failures(checks)).isEmpty();
        assertThat(checks).extracting(Check::measure).contains("stage", "MATERIAL started", "MATERIAL finished", "CUTTING finished",
                "man-hours", "cost (minor units)", "inspections failed", "total man-hours", "telemetry events", "last event time");
        assertThat(checks).filteredOn(c -> c.category().equals("kpi")).extracting(Check::subject)
                .contains("stages finished", "inspections passed", "man-hours booked", "equipment reporting");
    }

    @Test
    void sumsMayDifferByLessThanOnePercentCountsAndDatesNotAtAll() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        TwinFigures within = yard(block(100.9, 5_040, T0 + 2000), 99.2, 24);
        assertThat(failures(FidelityComparison.compare(truth, within, Tolerances.DEFAULT))).isEmpty();

        TwinFigures beyond = yard(block(101.5, 5_000, T0 + 2001), 100, 23);
        List<Check> failed = failures(FidelityComparison.compare(truth, beyond, Tolerances.DEFAULT));
        assertThat(failed).extracting(c -> c.category() + " " + c.measure()).containsExactlyInAnyOrder(
                "kpi sum", "kpi count", // man-hours booked, telemetry events applied
                "hull man-hours", "stage CUTTING finished", "equipment telemetry events");
        Check date = failed.stream().filter(c -> c.measure().equals("CUTTING finished")).findFirst().orElseThrow();
        assertThat(date.diff()).isEqualTo(1.0);
        assertThat(date.expected()).isEqualTo("2026-03-02T00:00:02Z");

        Tolerances lenient = new Tolerances(0.02, 5);
        assertThat(failures(FidelityComparison.compare(truth, beyond, lenient)))
                .extracting(Check::measure).containsOnly("count", "telemetry events");
    }

    @Test
    void aStageStillRunningInTheTwinButFinishedInTheTruthIsAMismatch() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        TwinFigures running = yard(block(100, 5_000, null), 100, 24);
        List<Check> failed = failures(FidelityComparison.compare(truth, running, Tolerances.DEFAULT));
        assertThat(failed).extracting(Check::measure).contains("CUTTING finished", "count");
        assertThat(failed).filteredOn(c -> c.measure().equals("CUTTING finished")).first()
                .satisfies(c -> assertThat(c.actual()).isNull());
    }

    @Test
    void anEntityMissingFromTheTwinIsOneMismatchAndItsFiguresAreNotComparedFurther() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        TwinFigures twin = new TwinFigures(Map.of(), truth.ships(), truth.equipment());
        List<Check> checks = FidelityComparison.compare(truth, twin, Tolerances.DEFAULT);
        assertThat(checks).filteredOn(c -> c.category().equals("hull")).singleElement()
                .satisfies(c -> {
                    assertThat(c.subject()).isEqualTo(BLOCK);
                    assertThat(c.measure()).isEqualTo("present");
                    assertThat(c.expected()).isEqualTo("yes");
                    assertThat(c.actual()).isEqualTo("no");
                    assertThat(c.ok()).isFalse();
                });
        assertThat(checks).filteredOn(c -> c.category().equals("stage")).isEmpty();
    }

    @Test
    void anEntityOnlyTheTwinHasIsAMismatchToo() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        String stranger = "88.118.8001/EQ-GC-99";
        TwinFigures twin = new TwinFigures(truth.hulls(), truth.ships(), Map.of(CRANE, truth.equipment().get(CRANE),
                stranger, new TwinFigures.Equipment(3, T0)));
        List<Check> failed = failures(FidelityComparison.compare(truth, twin, Tolerances.DEFAULT));
        assertThat(failed).extracting(c -> c.subject() + " " + c.measure() + " " + c.expected() + "->" + c.actual())
                .containsExactlyInAnyOrder(stranger + " present no->yes", "equipment reporting count 1->2",
                        "telemetry events applied count 24->27");
    }

    @Test
    void theReportCountsMismatchesPerCategoryAndAddsNetworkAndPipelineLosses() {
        TwinFigures truth = yard(block(100, 5_000, T0 + 2000), 100, 24);
        TwinFigures twin = yard(block(100, 5_000, T0 + 2000), 100, 23);
        FidelityReport r = FidelityReport.of("baseline", 42, 14, true, true, null,
                FidelityComparison.compare(truth, twin, Tolerances.DEFAULT));
        assertThat(r.mismatches()).isEqualTo(2);
        assertThat(r.byCategory().get("equipment").mismatches()).isEqualTo(1);
        assertThat(r.byCategory().get("kpi").mismatches()).isEqualTo(1);
        assertThat(r.checks()).isEqualTo(r.details().size());
        assertThat(r.lost()).isZero();
        assertThat(r.table()).contains("telemetry events applied", "NO", "ALL");
    }

    @Test
    void coatingDftComplianceAndScheduleAdherenceAreComparedAsCountsAndRatios() {
        TwinFigures base = yard(block(100, 5_000, T0 + 2000), 100, 24);
        TwinFigures truth = new TwinFigures(base.hulls(), base.ships(), base.equipment(), new TwinFigures.Compliance(10, 8, 20, 15));
        assertThat(failures(FidelityComparison.compare(truth, truth, Tolerances.DEFAULT))).isEmpty();
        assertThat(FidelityComparison.compare(truth, truth, Tolerances.DEFAULT)).filteredOn(c -> c.category().equals("kpi"))
                .extracting(Check::subject).contains("coating DFT inspections", "dft_compliance", "planned stages finished",
                        "schedule_adherence");

        TwinFigures oneLate = new TwinFigures(base.hulls(), base.ships(), base.equipment(), new TwinFigures.Compliance(10, 8, 20, 14));
        assertThat(failures(FidelityComparison.compare(truth, oneLate, Tolerances.DEFAULT))).extracting(Check::subject)
                .containsExactlyInAnyOrder("stages finished on plan", "schedule_adherence");

        TwinFigures noCoats = new TwinFigures(base.hulls(), base.ships(), base.equipment(), new TwinFigures.Compliance(0, 0, 20, 15));
        assertThat(failures(FidelityComparison.compare(truth, noCoats, Tolerances.DEFAULT))).extracting(Check::subject)
                .as("a DFT compliance of 0 is no match for one of 0.8: DFT inspections missing are visible")
                .containsExactlyInAnyOrder("coating DFT inspections", "coating DFT inspections passed", "dft_compliance");
    }

    @Test
    void shipsInServiceAreComparedByTheirOperationTotalsSurveysAndNextSurveyDue() {
        TwinFigures.Service truthService = new TwinFigures.Service(T0, 40, 2_000, 150, 140, 140, 1, "ANNUAL", T0 + 2_000_000);
        TwinFigures truth = new TwinFigures(Map.of(), Map.of(), Map.of(), Map.of(SHIP, truthService));
        List<Check> same = FidelityComparison.compare(truth, truth, Tolerances.DEFAULT);
        assertThat(failures(same)).isEmpty();
        assertThat(same).filteredOn(c -> c.category().equals("service")).extracting(Check::measure).containsExactly(
                "delivered at", "operational reports", "distance (nm)", "fuel (t)", "main-engine hours", "hours at sea",
                "surveys completed", "next survey kind", "next survey due");
        assertThat(same).filteredOn(c -> c.category().equals("kpi")).extracting(Check::subject)
                .contains("ships in service", "operational reports", "distance steamed (nm)", "fuel burnt (t)", "class surveys");

        TwinFigures.Service lostReport = new TwinFigures.Service(T0, 39, 1_950, 146, 136.5, 136.5, 1, "ANNUAL", T0 + 2_000_000);
        List<Check> failed = failures(FidelityComparison.compare(truth,
                new TwinFigures(Map.of(), Map.of(), Map.of(), Map.of(SHIP, lostReport)), Tolerances.DEFAULT));
        assertThat(failed).extracting(c -> c.category() + " " + c.measure()).containsExactlyInAnyOrder(
                "kpi count", "kpi sum", "kpi sum", "service operational reports", "service distance (nm)", "service fuel (t)",
                "service main-engine hours", "service hours at sea");

        TwinFigures.Service missedSurvey = new TwinFigures.Service(T0, 40, 2_000, 150, 140, 140, 0, "ANNUAL", T0 + 1_000_000);
        assertThat(failures(FidelityComparison.compare(truth,
                new TwinFigures(Map.of(), Map.of(), Map.of(), Map.of(SHIP, missedSurvey)), Tolerances.DEFAULT)))
                .extracting(Check::measure).containsExactlyInAnyOrder("count", "surveys completed", "next survey due");
    }
}
