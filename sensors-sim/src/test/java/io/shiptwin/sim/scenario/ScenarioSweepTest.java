package io.shiptwin.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSweepTest {

    @Test
    void aRangeGivesOneVariantPerValue() {
        List<Scenario> variants = ScenarioSweep.expand("teaching", "yard.quayBerths=1..3");
        assertThat(variants).extracting(s -> s.yard().quayBerths()).containsExactly(1, 2, 3);
        assertThat(variants.get(1).name()).isEqualTo("teaching[yard.quayBerths=2]");
        assertThat(variants.get(1).designs()).isEqualTo(ScenarioLoader.load("teaching").designs());
    }

    @Test
    void extraUnitsOfAResourceCanBeSwept() {
        List<Scenario> variants = ScenarioSweep.expand("teaching", "extra.dock-1/cranes=0..2");
        assertThat(variants.get(0).perturbations().extraResources()).isEmpty();
        assertThat(variants.get(2).perturbations().extraResources()).containsExactly(new Perturbations.ExtraResource("dock-1/cranes", 2));
    }

    @Test
    void aListOfValuesIsSweptAsGiven() {
        assertThat(ScenarioSweep.expand("teaching", "quality.blockDefectProbability=0.01,0.1"))
                .extracting(s -> s.quality().blockDefectProbability()).containsExactly(0.01, 0.1);
    }

    @Test
    void aSweptValueIsValidatedLikeAnyOther() {
        assertThatThrownBy(() -> ScenarioSweep.expand("teaching", "yard.quayBerths=0..1"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("yard.quayBerths: must be >= 1, got 0");
    }

    @Test
    void aVariantFileMayExtendASiblingFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my-base.yaml"), "extends: teaching\nhorizonDays: 300\n");
        Files.writeString(dir.resolve("my-variant.yaml"), "extends: my-base.yaml\nyard: {quayBerths: 2}\n");
        Scenario s = ScenarioLoader.load(dir.resolve("my-variant.yaml"));
        assertThat(s.horizonDays()).isEqualTo(300);
        assertThat(s.yard().quayBerths()).isEqualTo(2);
        assertThat(s.name()).isEqualTo("my-variant");
    }
}
