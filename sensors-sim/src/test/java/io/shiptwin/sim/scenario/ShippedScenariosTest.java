package io.shiptwin.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.sim.des.Distribution;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedScenariosTest {

    static Iterable<String> shipped() {
        return ScenarioLoader.SHIPPED;
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedScenarioLoadsAndValidates(String name) {
        Scenario s = ScenarioLoader.load(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.orderBook()).isNotEmpty();
    }

    @Test
    void missingFieldsComeFromTheDefaults() {
        Scenario s = ScenarioLoader.load("baseline");
        assertThat(s.yard().cranes().get(0).windLimitMs()).isEqualTo(20.0);
        assertThat(s.climate().maxHumidityPct()).isEqualTo(85.0);
        assertThat(s.stages().cuttingHours()).isEqualTo(new Distribution.Triangular(4, 6, 9));
    }

    @Test
    void aVariantInheritsItsBaseAndOverridesOnlyWhatItNames() {
        Scenario base = ScenarioLoader.load("baseline");
        Scenario variant = ScenarioLoader.load("extra-gantry-crane");
        assertThat(variant.yard()).isEqualTo(base.yard());
        assertThat(variant.perturbations().extraResources()).hasSize(4);
        assertThat(variant.description()).isNotEqualTo(base.description());
    }

    @Test
    void aFileMayExtendAShippedScenarioAndTakesItsNameFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two-docks.yaml");
        Files.writeString(file, "extends: teaching\nhorizonDays: 500\n");
        Scenario s = ScenarioLoader.load(file.toString());
        assertThat(s.name()).isEqualTo("two-docks");
        assertThat(s.horizonDays()).isEqualTo(500);
        assertThat(s.designs().get(0).name()).isEqualTo("coaster");
    }

    @Test
    void teachingScenarioFitsOnOneScreen() throws Exception {
        String text = ScenarioLoader.resource("teaching");
        assertThat(text.lines().count()).isLessThanOrEqualTo(30);
    }

    @Test
    void distributionsRoundTripThroughTheirTextForm() {
        for (String text : new String[] {"constant(2.0)", "uniform(1.0, 2.0)", "triangular(1.0, 2.0, 4.0)", "normal(5.0, 1.0)",
                "lognormal(8.0, 3.0)", "exponential(4.0)", "empirical(1.0:2.0, 3.0:1.0)"}) {
            assertThat(DistributionSyntax.format(DistributionSyntax.parse(text))).isEqualTo(text);
        }
    }
}
