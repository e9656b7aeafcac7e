package io.shiptwin.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code perturbations.pumpBearingWear} is validated with the rest of the scenario, every problem named by its path. */
class PumpBearingWearValidationTest {

    private static List<String> problems(String entry) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(
                "extends: teaching\nperturbations:\n  pumpBearingWear:\n    - " + entry + "\n", "bad.yaml"), ScenarioException.class);
        assertThat(e).as("the scenario should have been rejected").isNotNull();
        return e.problems();
    }

    @Test
    void theShippedScenarioWearsDock1Pump1OutOnDay9() {
        Scenario s = ScenarioLoader.load("dock-pump-bearing-wear");
        assertThat(s.perturbations().pumpBearingWear())
                .containsExactly(new Perturbations.PumpBearingWear("dock-1", 1, 0, 9, 8, 0.8));
        assertThat(ScenarioLoader.load("baseline").perturbations().pumpBearingWear()).isEmpty();
    }

    @Test
    void missingFieldsComeFromTheDefaults() {
        Scenario s = ScenarioLoader.parse("extends: teaching\nperturbations:\n  pumpBearingWear: [{dock: dock-1, pump: 2}]\n", "ok.yaml");
        assertThat(s.perturbations().pumpBearingWear()).containsExactly(new Perturbations.PumpBearingWear("dock-1", 2, 0, 0, 8, 0.8));
    }

    @Test
    void theDockMustExist() {
        assertThat(problems("{dock: dock-2, pump: 1}")).singleElement().asString()
                .startsWith("perturbations.pumpBearingWear[0].dock: unknown dock 'dock-2'");
    }

    @Test
    void thePumpMustBeOneOfTheDocksPumps() {
        assertThat(problems("{dock: dock-1, pump: 3}"))
                .containsExactly("perturbations.pumpBearingWear[0].pump: must be <= 2 (streaming.pumpsPerDock), got 3");
        assertThat(problems("{dock: dock-1, pump: 0}")).containsExactly("perturbations.pumpBearingWear[0].pump: must be >= 1, got 0");
    }

    @Test
    void theFailureComesAfterTheDutyStartsAndTheFiguresAreInRange() {
        assertThat(problems("{dock: dock-1, pump: 1, fromDay: 5, failureDay: 3, repairHours: 0, dutyLoad: 1.5}")).containsExactly(
                "perturbations.pumpBearingWear[0].failureDay: must be >= 5, got 3",
                "perturbations.pumpBearingWear[0].repairHours: must be > 0, got 0",
                "perturbations.pumpBearingWear[0].dutyLoad: must be in (0, 1], got 1.5");
    }
}
