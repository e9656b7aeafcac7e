package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shiptwin.sim.scenario.ScenarioException;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming and operation sections of a scenario are validated like the rest: path, rule, value. */
class StreamingScenarioValidationTest {

    private static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse("extends: teaching\n" + yaml, "bad.yaml"),
                ScenarioException.class);
        assertThat(e).as("the scenario should have been rejected").isNotNull();
        return e.problems();
    }

    @Test
    void theDefaultsComeFromTheDefaultsFile() {
        var s = ScenarioLoader.load("baseline");
        assertThat(s.streaming().samplePeriodSeconds()).isEqualTo(60);
        assertThat(s.streaming().currency()).isEqualTo("CNY");
        assertThat(s.operation().intermediateSurveyAtYears()).isEqualTo(2.5);
        assertThat(s.operation().specialSurveyIntervalYears()).isEqualTo(5);
        assertThat(ScenarioLoader.load("teaching").streaming().samplePeriodSeconds()).isEqualTo(300);
    }

    @Test
    void aSamplePeriodMustBePositive() {
        assertThat(problems("streaming: {samplePeriodSeconds: 0}")).containsExactly("streaming.samplePeriodSeconds: must be >= 0.001, got 0");
    }

    @Test
    void pumpsCannotBeNegative() {
        assertThat(problems("streaming: {pumpsPerDock: -1}")).containsExactly("streaming.pumpsPerDock: must be >= 0, got -1");
    }

    @Test
    void aPrecursorCannotBeNegative() {
        assertThat(problems("streaming: {failurePrecursorHours: -2}")).containsExactly("streaming.failurePrecursorHours: must be >= 0, got -2");
    }

    @Test
    void aGatewayLoadCannotBeNegative() {
        assertThat(problems("streaming: {gatewayUtilisation: -0.5}")).containsExactly("streaming.gatewayUtilisation: must be >= 0, got -0.5");
    }

    @Test
    void theCurrencyIsAnIsoCode() {
        assertThat(problems("streaming: {currency: yuan}")).containsExactly("streaming.currency: must be an ISO 4217 code like CNY, got 'yuan'");
    }

    @Test
    void aReportIntervalMustBePositive() {
        assertThat(problems("operation: {reportIntervalHours: 0}")).containsExactly("operation.reportIntervalHours: must be > 0, got 0");
    }

    @Test
    void speedsAndFuelCannotBeNegative() {
        assertThat(problems("operation: {serviceSpeedKnots: -1, speedSdKnots: -1, fuelTonnesPerDayAtSea: -1, deadweightPerSteelTonne: -1}"))
                .containsExactly("operation.serviceSpeedKnots: must be >= 0, got -1", "operation.speedSdKnots: must be >= 0, got -1",
                        "operation.fuelTonnesPerDayAtSea: must be >= 0, got -1", "operation.deadweightPerSteelTonne: must be >= 0, got -1");
    }

    @Test
    void sharesAndProbabilitiesAreInZeroOne() {
        assertThat(problems("operation: {atSeaShare: 1.5, surveyPassProbability: -0.1}"))
                .containsExactly("operation.atSeaShare: must be in [0, 1], got 1.5", "operation.surveyPassProbability: must be in [0, 1], got -0.1");
    }

    @Test
    void theClassSocietyMustBeKnown() {
        assertThat(problems("operation: {classSociety: DVN}")).containsExactly(
                "operation.classSociety: unknown class society 'DVN', did you mean 'DNV'?");
    }

    @Test
    void surveyIntervalsMustBePositive() {
        assertThat(problems("operation: {annualSurveyIntervalYears: 0, intermediateSurveyAtYears: -1, specialSurveyIntervalYears: 0}"))
                .containsExactly("operation.annualSurveyIntervalYears: must be > 0, got 0",
                        "operation.intermediateSurveyAtYears: must be > 0, got -1", "operation.specialSurveyIntervalYears: must be > 0, got 0");
    }

    @Test
    void theAreaIsATopicLevel() {
        assertThat(problems("operation: {area: 'At Sea/1'}"))
                .containsExactly("operation.area: must be lower-case letters, digits and '-', got 'At Sea/1'");
    }

    @Test
    void unknownKeysGetASuggestion() {
        assertThat(problems("streaming: {samplePeriod: 5}")).containsExactly("streaming.samplePeriod: unknown key, did you mean 'samplePeriodSeconds'?");
    }
}
