package io.shiptwin.sim.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PacerTest {
    private static final long SIM_T0 = 1_772_409_600_000_000_000L;
    private static final long WALL_T0 = 5_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void atSpeedSixtySixtySimulatedSecondsAreOneWallSecond() {
        Pacer pacer = new Pacer(60, new FakeWallClock(WALL_T0));

        long start = pacer.targetWallNanos(SIM_T0);
        long oneMinuteLater = pacer.targetWallNanos(SIM_T0 + 60 * SECOND);

        assertThat(start).isEqualTo(WALL_T0);
        assertThat(oneMinuteLater - start).isEqualTo(SECOND);
    }

    @Test
    void realTimeMapsOneSimulatedSecondToOneWallSecond() {
        Pacer pacer = new Pacer(1, new FakeWallClock(WALL_T0));
        pacer.targetWallNanos(SIM_T0);

        assertThat(pacer.targetWallNanos(SIM_T0 + 3_600 * SECOND)).isEqualTo(WALL_T0 + 3_600 * SECOND);
    }

    @Test
    void theFirstMessageAnchorsBothClocks() {
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        Pacer pacer = new Pacer(10, clock);
        clock.advance(7 * SECOND);

        pacer.targetWallNanos(SIM_T0 + 100 * SECOND);

        assertThat(pacer.targetWallNanos(SIM_T0 + 200 * SECOND)).isEqualTo(WALL_T0 + 7 * SECOND + 10 * SECOND);
    }

    @Test
    void awaitParksForExactlyTheTimeLeftUntilTheTarget() throws InterruptedException {
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        Pacer pacer = new Pacer(60, clock);
        pacer.await(SIM_T0);
        clock.advance(SECOND / 4);

        pacer.await(SIM_T0 + 60 * SECOND);

        assertThat(clock.parks()).containsExactly(3 * SECOND / 4);
        assertThat(clock.nanoTime()).isEqualTo(WALL_T0 + SECOND);
    }

    @Test
    void anEarlyWakeupParksAgainUntilTheTarget() throws InterruptedException {
        FakeWallClock clock = new FakeWallClock(WALL_T0, 0.5);
        Pacer pacer = new Pacer(1, clock);
        pacer.await(SIM_T0);

        pacer.await(SIM_T0 + SECOND);

        assertThat(clock.parks().size()).isGreaterThan(1);
        assertThat(clock.nanoTime()).isGreaterThanOrEqualTo(WALL_T0 + SECOND);
    }

    @Test
    void aLoopThatIsBehindDoesNotWaitAndReportsItsLag() throws InterruptedException {
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        Pacer pacer = new Pacer(1, clock);
        pacer.await(SIM_T0);
        clock.advance(3 * SECOND);

        pacer.await(SIM_T0 + SECOND);

        assertThat(clock.parks()).isEmpty();
        assertThat(pacer.lagNanos()).isEqualTo(2 * SECOND);
    }

    @Test
    void asFastAsPossibleNeverWaits() throws InterruptedException {
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        Pacer pacer = Pacer.of(Pacing.AS_FAST_AS_POSSIBLE, clock);
        for (int i = 0; i < 1_000; i++) {
            pacer.await(SIM_T0 + i * 3_600 * SECOND);
        }
        assertThat(clock.parks()).isEmpty();
    }

    @Test
    void ratePacingHasNoSimulatedTimePacer() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pacer.of(Pacing.RATE, new FakeWallClock(0)))
                .withMessageContaining("paced by message rate");
    }

    @Test
    void rejectsAZeroSpeed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pacer(0, new FakeWallClock(0)))
                .withMessageStartingWith("pacer.speed: must be > 0");
    }
}
