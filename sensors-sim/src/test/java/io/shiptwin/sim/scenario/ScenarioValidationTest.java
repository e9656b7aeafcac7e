package io.shiptwin.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule: a bad file and the exact message it must produce. */
class ScenarioValidationTest {

    private static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, "bad.yaml"), ScenarioException.class);
        assertThat(e).as("the scenario should have been rejected").isNotNull();
        return e.problems();
    }

    private static final String TEACHING_YARD = """
            extends: teaching
            yard:
              cranes:
                - {name: GC-01, dock: dock-1, capacityTonnes: 300}
                - {name: GC-02, dock: dock-1, capacityTonnes: %s}
            """;

    @Test
    void craneCapacityMustBePositive() {
        assertThat(problems(TEACHING_YARD.formatted("-5"))).containsExactly("yard.cranes[1].capacityTonnes: must be > 0, got -5");
    }

    @Test
    void unknownKeyIsRejectedWithASuggestion() {
        assertThat(problems("extends: teaching\nyard:\n  cranes: [{name: GC-01, dock: dock-1, capacityTonne: 300}]\n"))
                .containsExactly("yard.cranes[0].capacityTonne: unknown key, did you mean 'capacityTonnes'?");
    }

    @Test
    void unknownKeyFarFromAnyNameListsTheKnownKeys() {
        assertThat(problems("extends: teaching\ncosts: {zzz: 1}\n"))
                .containsExactly("costs.zzz: unknown key (known: labourPerHour, steelPerTonne, energyPerKwh)");
    }

    @Test
    void aRequiredFieldWithoutDefaultMustBeGiven() {
        assertThat(problems("extends: teaching\nyard:\n  docks: [{lengthMetres: 200}]\n")).contains("yard.docks[0].name: is required");
    }

    @Test
    void aNumberFieldRejectsText() {
        assertThat(problems("extends: teaching\nhorizonDays: soon\n")).containsExactly("horizonDays: must be an integer, got \"soon\"");
    }

    @Test
    void anUnknownDistributionIsRejectedWithASuggestion() {
        assertThat(problems("extends: teaching\nstages: {cuttingHours: \"triangle(1, 2, 3)\"}\n"))
                .containsExactly("stages.cuttingHours: unknown distribution 'triangle', did you mean 'triangular'?");
    }

    @Test
    void aDistributionNeedsItsNumberOfArguments() {
        assertThat(problems("extends: teaching\nstages: {cuttingHours: \"triangular(1, 2)\"}\n"))
                .containsExactly("stages.cuttingHours: triangular takes 3 arguments (min, mode, max), got 2");
    }

    @Test
    void aDistributionsOwnRuleIsReportedAtItsPath() {
        assertThat(problems("extends: teaching\nstages: {cuttingHours: \"triangular(1, 9, 4)\"}\n"))
                .containsExactly("stages.cuttingHours: triangular: must have min <= mode <= max and min < max, got (1.0, 9.0, 4.0)");
    }

    @Test
    void aCraneMustStandOverAKnownDock() {
        assertThat(problems("extends: teaching\nyard:\n  cranes: [{name: GC-01, dock: dock-l, capacityTonnes: 300}]\n"))
                .containsExactly("yard.docks[0]: must have at least 1 crane, got 0 for dock 'dock-1'",
                        "yard.cranes[0].dock: unknown dock 'dock-l', did you mean 'dock-1'?");
    }

    @Test
    void aWorkCentreMustServeAKnownStage() {
        assertThat(problems("""
                extends: teaching
                yard:
                  workCentres:
                    - {name: cutter, stage: cuting, area: shop}
                    - {name: press, stage: forming, area: shop}
                    - {name: welding-robots, stage: subAssembly, area: shop}
                    - {name: assembly-bay, stage: blockAssembly, area: shop}
                    - {name: outfitting-bay, stage: preOutfitting, area: shop}
                """)).containsExactly("yard.workCentres[0].stage: unknown stage 'cuting', did you mean 'cutting'?",
                "yard.workCentres: must have exactly 1 work centre for stage 'cutting', got 0");
    }

    @Test
    void namesMustBeUnique() {
        assertThat(problems("extends: teaching\nyard:\n  cranes: [{name: GC-01, dock: dock-1, capacityTonnes: 300}, {name: GC-01, dock: dock-1, capacityTonnes: 300}]\n"))
                .containsExactly("yard.cranes[1].name: duplicate 'GC-01'");
    }

    @Test
    void anOrderMustNameAKnownDesign() {
        assertThat(problems("extends: teaching\norderBook: [{design: costa, ships: 1}]\n"))
                .containsExactly("orderBook[0].design: unknown design 'costa', did you mean 'coaster'?");
    }

    @Test
    void probabilitiesMustLieBetweenZeroAndOne() {
        assertThat(problems("extends: teaching\nquality: {blockDefectProbability: 1.5}\n"))
                .containsExactly("quality.blockDefectProbability: must be in [0, 1), got 1.5");
    }

    @Test
    void supplierSharesMustSumToOne() {
        assertThat(problems("extends: teaching\nsuppliers: [{name: a, share: 0.5, leadTimeDays: 20}, {name: b, share: 0.4, leadTimeDays: 20}]\n"))
                .containsExactly("suppliers: shares must sum to 1, got 0.9");
    }

    @Test
    void aGrandBlockMustFitTheSmallestCrane() {
        assertThat(problems("extends: teaching\ndesigns: [{name: coaster, blocks: 12, steelTonnes: 600, cgt: 2500, maxGrandBlockTonnes: 900}]\n"))
                .containsExactly("designs[0].maxGrandBlockTonnes: must be <= 300 (smallest crane capacityTonnes), got 900");
    }

    @Test
    void shiftsMustFitInADay() {
        assertThat(problems("extends: teaching\ncalendar: {shiftsPerDay: 3, hoursPerShift: 9}\n"))
                .containsExactly("calendar.hoursPerShift: must be <= 24 in a day (shiftsPerDay x hoursPerShift), got 27");
    }

    @Test
    void anExtraResourceMustNameAResourceOfTheYard() {
        assertThat(problems("extends: teaching\nperturbations: {extraResources: [{resource: dock-1/crane, units: 1}]}\n"))
                .containsExactly("perturbations.extraResources[0].resource: unknown resource 'dock-1/crane', did you mean 'dock-1/cranes'?");
    }

    @Test
    void aSupplierDelayMustNameAKnownSupplier() {
        assertThat(problems("extends: teaching\nperturbations: {supplierDelays: [{supplier: north-mil, fromDay: 0, toDay: 10, extraDays: 5}]}\n"))
                .containsExactly("perturbations.supplierDelays[0].supplier: unknown supplier 'north-mil', did you mean 'north-mill'?");
    }

    @Test
    void aDegradationMustNameAKnownWorkCentre() {
        assertThat(problems("extends: teaching\nperturbations: {degradations: [{workCentre: welding-robot, fromDay: 0, mtbfFactorAtHorizon: 0.5, defectProbabilityAtHorizon: 0.1}]}\n"))
                .containsExactly("perturbations.degradations[0].workCentre: unknown work centre 'welding-robot', did you mean 'welding-robots'?");
    }

    @Test
    void aScenarioCanOnlyExtendAKnownScenario() {
        assertThat(problems("extends: basline\n"))
                .containsExactly("extends: unknown scenario 'basline', did you mean 'baseline'? (not a file, not a shipped scenario)");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems("extends: teaching\nhorizonDays: 0\nquality: {coatingDefectProbability: -1}\n"))
                .containsExactly("horizonDays: must be > 0, got 0", "quality.coatingDefectProbability: must be in [0, 1), got -1");
    }

    @Test
    void theWorkingWindowMayNotCrossMidnight() {
        assertThat(problems("extends: teaching\ncalendar: {firstShiftStartHour: 20}\n")).containsExactly(
                "calendar.firstShiftStartHour: must be <= 24 at the end of the last shift (the working window may not cross midnight), got 36");
    }

    @Test
    void networkProbabilitiesMustLieBetweenZeroAndOne() {
        assertThat(problems("extends: teaching\nperturbations: {network: {lossProbability: 2}}\n"))
                .containsExactly("perturbations.network.lossProbability: must be in [0, 1], got 2");
    }

    @Test
    void aWorkCentreNeedsAtLeastOneStation() {
        assertThat(problems("extends: teaching\nyard:\n  workCentres:\n"
                + "    - {name: cutter, stage: cutting, area: shop, stations: 0}\n"
                + "    - {name: press, stage: forming, area: shop}\n"
                + "    - {name: welding-robots, stage: subAssembly, area: shop}\n"
                + "    - {name: assembly-bay, stage: blockAssembly, area: shop}\n"
                + "    - {name: outfitting-bay, stage: preOutfitting, area: shop}\n"))
                .containsExactly("yard.workCentres[0].stations: must be >= 1, got 0");
    }

    @Test
    void aListMustNotBeEmpty() {
        assertThat(problems("extends: teaching\norderBook: []\n")).containsExactly("orderBook: must have at least 1 entry, got 0");
    }

    @Test
    void aListFieldRejectsASingleValue() {
        assertThat(problems("extends: teaching\ndesigns: coaster\n")).containsExactly("designs: must be a list, got \"coaster\"");
    }

    @Test
    void aRecordFieldRejectsAScalar() {
        assertThat(problems("extends: teaching\nclimate: humid\n")).containsExactly("climate: must be a mapping, got \"humid\"");
    }

    @Test
    void anIntegerFieldRejectsAFraction() {
        assertThat(problems("extends: teaching\nstages: {paintCoats: 2.5}\n")).containsExactly("stages.paintCoats: must be an integer, got 2.5");
    }

    @Test
    void aPersistenceMustBeBelowOne() {
        assertThat(problems("extends: teaching\nclimate: {hourlyPersistence: 1}\n"))
                .containsExactly("climate.hourlyPersistence: must be in [0, 1), got 1");
    }

    @Test
    void aPaintShopNeedsAtLeastOneBooth() {
        assertThat(problems("extends: teaching\nyard:\n  paintingBooths: [{name: booth, area: shop, count: 0}]\n"))
                .containsExactly("yard.paintingBooths[0].count: must be >= 1, got 0");
    }

    @Test
    void aWorkCentreMustStandInAKnownArea() {
        assertThat(problems("extends: teaching\nyard:\n  paintingBooths: [{name: booth, area: shopp}]\n"))
                .containsExactly("yard.paintingBooths[0].area: unknown area 'shopp', did you mean 'shop'?");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThat(problems("extends: teaching\nyard: {docks: [\n")).singleElement().asString().startsWith("not valid YAML: ").contains("(line ");
    }

    @Test
    void extendsMustNotLoop(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        java.nio.file.Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(dir.resolve("a.yaml")), ScenarioException.class);
        assertThat(e.problems()).singleElement().asString().startsWith("extends: cycle ");
    }
}
