package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimConfigTest {
    private static final SimConfig DEFAULTS = SimConfig.defaults("tcp://localhost:1883");

    @Test
    void rejectsNegativeRateNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withRate(-1))
                .withMessageStartingWith("sim.rate:")
                .withMessageEndingWith("got -1.0");
    }

    @Test
    void acceptsZeroRateAsFastAsPossible() {
        assertThat(DEFAULTS.withRate(0).ratePerSecond()).isZero();
    }

    @Test
    void rejectsNegativeMaxEventsNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withMaxEvents(-5))
                .withMessage("sim.maxEvents: must be >= 0, got -5");
    }

    @Test
    void acceptsZeroMaxEventsAsUnbounded() {
        assertThat(DEFAULTS.withMaxEvents(0).maxEvents()).isZero();
    }

    @Test
    void rejectsZeroSamplePeriodNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> withSamplePeriod(Duration.ZERO))
                .withMessage("sim.samplePeriod: must be > 0, got PT0S");
    }

    @Test
    void rejectsNegativeSamplePeriodNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> withSamplePeriod(Duration.ofSeconds(-1)))
                .withMessageStartingWith("sim.samplePeriod:");
    }

    @Test
    void rejectsZeroMaxInFlightNamingTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SimConfig("tcp://localhost:1883", "88.118.8001", 42,
                        "run-1", 10, 0, Instant.EPOCH, Duration.ofSeconds(1), 0))
                .withMessage("sim.maxInFlight: must be >= 1, got 0");
    }

    @Test
    void rejectsYardPrefixOutsideThe88NamespaceNamingThePrefix() {
        // Note: unlike the other fields, the message does not start with "sim.yardPrefix" (see report).
        assertThatIllegalArgumentException().isThrownBy(() -> withYardPrefix("99.118.8001"))
                .withMessageContaining("prefix")
                .withMessageContaining("'99.118.8001'");
    }

    @Test
    void rejectsYardPrefixWithTooFewLevels() {
        assertThatIllegalArgumentException().isThrownBy(() -> withYardPrefix("88.118"))
                .withMessageContaining("'88.118'");
    }

    @Test
    void defaultsUseTheIllustrativeYardPrefixAndOneSecondSamples() {
        assertThat(DEFAULTS.yardPrefix()).isEqualTo("88.118.8001");
        assertThat(DEFAULTS.samplePeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.simStart()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    private static SimConfig withSamplePeriod(Duration period) {
        return new SimConfig("tcp://localhost:1883", "88.118.8001", 42, "run-1", 10, 0, Instant.EPOCH, period, 100);
    }

    private static SimConfig withYardPrefix(String prefix) {
        return new SimConfig("tcp://localhost:1883", prefix, 42, "run-1", 10, 0, Instant.EPOCH, Duration.ofSeconds(1), 100);
    }
}
