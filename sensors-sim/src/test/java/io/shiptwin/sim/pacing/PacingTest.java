package io.shiptwin.sim.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.network.LinkProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PacingTest {

    @Test
    void parsesTheCliForms() {
        assertThat(Pacing.parse("rate")).isEqualTo(Pacing.RATE);
        assertThat(Pacing.parse("realtime")).isEqualTo(Pacing.REAL_TIME);
        assertThat(Pacing.parse("1x")).isEqualTo(Pacing.REAL_TIME);
        assertThat(Pacing.parse("max")).isEqualTo(Pacing.AS_FAST_AS_POSSIBLE);
        assertThat(Pacing.parse("0")).isEqualTo(Pacing.AS_FAST_AS_POSSIBLE);
        assertThat(Pacing.parse("60x")).isEqualTo(Pacing.speed(60));
        assertThat(Pacing.parse(" 3600 ")).isEqualTo(Pacing.speed(3600));
    }

    @Test
    void rejectsWordsItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pacing.parse("fast"))
                .withMessage("sim.pacing: expected rate, realtime, max or a speed-up factor like 60x, got 'fast'");
    }

    @Test
    void rejectsANegativeSpeed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pacing.parse("-5"))
                .withMessage("sim.pacing.speed: must be a finite value > 0, got -5.0");
    }

    @Test
    void printsBackInTheCliForm() {
        assertThat(Pacing.parse("60x").toString()).isEqualTo("60.0x");
        assertThat(Pacing.parse("60x")).isEqualTo(Pacing.parse(Pacing.parse("60x").toString()));
        assertThat(Pacing.AS_FAST_AS_POSSIBLE).hasToString("max");
    }

    @Test
    void simConfigDefaultsKeepTodaysBehaviour() {
        SimConfig defaults = SimConfig.defaults("tcp://localhost:1883");

        assertThat(defaults.network()).isEqualTo(LinkProfile.NONE);
        assertThat(defaults.pacing()).isEqualTo(Pacing.RATE);
        assertThat(defaults.recordFile()).isNull();
        assertThat(defaults.ratePerSecond()).isEqualTo(1000);
    }

    @Test
    void simConfigWithersKeepTheOtherSettings() {
        SimConfig config = SimConfig.defaults("tcp://localhost:1883").withSeed(7)
                .withNetwork(LinkProfile.named("5g")).withPacing(Pacing.parse("60x")).withRecordFile(Path.of("run.rec"))
                .withRate(10).withMaxEvents(100).withRunId("r1");

        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.network()).isEqualTo(LinkProfile.FIVE_G);
        assertThat(config.pacing()).isEqualTo(Pacing.speed(60));
        assertThat(config.recordFile()).isEqualTo(Path.of("run.rec"));
        assertThat(config.ratePerSecond()).isEqualTo(10);
        assertThat(config.maxEvents()).isEqualTo(100);
        assertThat(config.runId()).isEqualTo("r1");
    }
}
