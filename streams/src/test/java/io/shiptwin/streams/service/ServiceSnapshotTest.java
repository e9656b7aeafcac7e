package io.shiptwin.streams.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.yard.SurveyKind;
import org.junit.jupiter.api.Test;

/**
 * A ship's service twin as emitted keeps its survey counts when the accumulator counts the next survey: the job runs
 * with object reuse, and the chained H2 sink holds the emitted {@link ShipService} until its flush.
 */
class ServiceSnapshotTest {

    @Test
    void theEmittedTwinKeepsItsSurveyCountsWhenTheNextSurveyIsCounted() {
        ServiceAccumulator acc = ServiceAccumulator.of("88.118.8001/SHIP-H9");
        acc.surveysDone[SurveyKind.ANNUAL.ordinal()] = 1;
        ShipService before = acc.snapshot(0L);

        acc.surveysDone[SurveyKind.ANNUAL.ordinal()]++;

        assertThat(before.surveysDone()[SurveyKind.ANNUAL.ordinal()]).isEqualTo(1);
        assertThat(acc.snapshot(0L).surveysDone()[SurveyKind.ANNUAL.ordinal()]).isEqualTo(2);
    }
}
