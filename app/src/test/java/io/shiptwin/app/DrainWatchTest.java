package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class DrainWatchTest {
    private static final long SECOND = 1_000_000_000L;

    /** A simulated pipeline: messages accounted for as a function of the (fake) time in seconds. */
    private static final class FakeRun {
        long nanos;
        final List<long[]> reports = new ArrayList<>();
        final LongUnaryOperator accountedAtSecond;
        boolean idle = true;

        FakeRun(LongUnaryOperator accountedAtSecond) {
            this.accountedAtSecond = accountedAtSecond;
        }

        boolean await(long expected) throws InterruptedException {
            return new DrainWatch(() -> accountedAtSecond.applyAsLong(nanos / SECOND), () -> idle, () -> nanos,
                    n -> nanos += n, (count, exp) -> reports.add(new long[] {nanos / SECOND, count, exp}),
                    Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMillis(200)).await(expected);
        }
    }

    @Test
    void aBacklogThatKeepsMovingIsWaitedForLongerThanThePatience() throws InterruptedException {
        // 100 messages a second for 150 s: well past 60 s in all, but never 60 s without progress.
        FakeRun run = new FakeRun(s -> Math.min(15_000, s * 100));

        assertThat(run.await(15_000)).isTrue();
        assertThat(run.nanos / SECOND).isEqualTo(150);
        assertThat(run.reports).hasSize(14).allSatisfy(r -> assertThat(r[2]).isEqualTo(15_000));
        assertThat(run.reports.get(0)).containsExactly(10, 1_000, 15_000);
    }

    @Test
    void aPipelineThatStopsMovingIsGivenUpSixtySecondsAfterItsLastProgress() throws InterruptedException {
        // Progress until 30 s, then nothing: given up at 90 s with 3,000 of 5,000.
        FakeRun run = new FakeRun(s -> Math.min(3_000, s * 100));

        assertThat(run.await(5_000)).isFalse();
        assertThat(run.nanos / SECOND).isEqualTo(90);
        assertThat(run.reports.get(run.reports.size() - 1)[1]).isEqualTo(3_000);
    }

    @Test
    void everythingAccountedForButStillOnItsWayIsNotDrained() throws InterruptedException {
        FakeRun run = new FakeRun(s -> 500);
        run.idle = false;

        assertThat(run.await(500)).isFalse();
        assertThat(run.nanos / SECOND).isEqualTo(60);
    }

    @Test
    void anAlreadyDrainedRunReturnsAtOnce() throws InterruptedException {
        FakeRun run = new FakeRun(s -> 42);

        assertThat(run.await(42)).isTrue();
        assertThat(run.nanos).isZero();
        assertThat(run.reports).isEmpty();
    }
}
