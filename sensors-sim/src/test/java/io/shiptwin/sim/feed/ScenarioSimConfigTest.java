package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.pacing.Pacing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioSimConfigTest {

    @Test
    void byDefaultNoScenarioAndNoBound() {
        SimConfig c = SimConfig.defaults("tcp://localhost:1883");
        assertThat(c.scenario()).isNull();
        assertThat(c.simDays()).isZero();
    }

    @Test
    void scenarioAndBoundSurviveTheOtherSettings() {
        SimConfig c = SimConfig.defaults("tcp://localhost:1883").withScenario("teaching").withSimDays(21)
                .withRate(0).withMaxEvents(5).withSeed(7).withRunId("r").withNetwork(LinkProfile.named("wifi"))
                .withPacing(Pacing.AS_FAST_AS_POSSIBLE).withRecordFile(Path.of("x.rec"));
        assertThat(c.scenario()).isEqualTo("teaching");
        assertThat(c.simDays()).isEqualTo(21);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.pacing()).isEqualTo(Pacing.AS_FAST_AS_POSSIBLE);
        assertThat(c.withScenario(null).scenario()).isNull();
    }

    @Test
    void aNegativeBoundIsRejectedWithItsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> SimConfig.defaults("tcp://x:1").withSimDays(-1))
                .withMessage("sim.simDays: must be >= 0 (0 = no bound), got -1.0");
    }

    @Test
    void aBlankScenarioIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SimConfig.defaults("tcp://x:1").withScenario(" "))
                .withMessageStartingWith("sim.scenario:");
    }
}
