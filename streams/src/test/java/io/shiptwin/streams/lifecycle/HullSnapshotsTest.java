package io.shiptwin.streams.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.lifecycle.LifecycleStage;
import org.junit.jupiter.api.Test;

/**
 * What the hull twin emits is its own copy of the accumulator's arrays. The job runs with object reuse, so a chained
 * sink that batches a {@link HullTwin} or {@link HullProgress} until its flush holds the very object the function
 * emitted; the accumulator's arrays are updated in place by the next event, and only a copy keeps the emitted
 * version as it was.
 */
class HullSnapshotsTest {
    private static final int CUTTING = LifecycleStage.CUTTING.ordinal();

    private static HullAccumulator startedCutting() {
        HullAccumulator acc = HullAccumulator.of(Hulls.BLOCK.toString());
        acc.stage = LifecycleStage.CUTTING.name();
        acc.stageStarted[CUTTING] = Hulls.T0;
        acc.plannedStart[CUTTING] = Hulls.T0 - 1_000;
        acc.plannedFinish[CUTTING] = Hulls.T0 + 86_400_000L;
        acc.version = 1;
        return acc;
    }

    @Test
    void aTwinKeepsItsStageDatesWhenTheAccumulatorMovesOn() {
        HullAccumulator acc = startedCutting();
        HullTwin before = acc.snapshot(0L);

        acc.stageFinished[CUTTING] = Hulls.T0 + 3_600_000L;
        acc.stageStarted[CUTTING] = Hulls.T0 + 60_000L;

        assertThat(before.stageStarted()[CUTTING]).isEqualTo(Hulls.T0);
        assertThat(before.stageFinished()[CUTTING]).isEqualTo(-1L);
    }

    @Test
    void progressKeepsItsPlanAndDatesWhenTheAccumulatorMovesOn() {
        HullAccumulator acc = startedCutting();
        HullProgress before = LifecycleFlows.progress(acc, Hulls.started(Hulls.BLOCK, "e1", 1, LifecycleStage.CUTTING));

        acc.plannedStart[CUTTING] = 0L;
        acc.plannedFinish[CUTTING] = 0L;
        acc.stageStarted[CUTTING] = 0L;
        acc.stageFinished[CUTTING] = 0L;

        assertThat(before.plannedStart()[CUTTING]).isEqualTo(Hulls.T0 - 1_000);
        assertThat(before.plannedFinish()[CUTTING]).isEqualTo(Hulls.T0 + 86_400_000L);
        assertThat(before.stageStarted()[CUTTING]).isEqualTo(Hulls.T0);
        assertThat(before.stageFinished()[CUTTING]).isEqualTo(-1L);
    }
}
