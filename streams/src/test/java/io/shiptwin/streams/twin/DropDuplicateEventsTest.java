package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.CRANE_2;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.TwinTables;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DropDuplicateEventsTest {
    private static final Duration RETENTION = Duration.ofMinutes(10);
    private static final long START = 1_000_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, IngestedReading, IngestedReading> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new DropDuplicateEvents(RETENTION),
                r -> r.reading().assetId(), Types.STRING);
        // In production processing time and state-TTL time are both the wall clock; in the harness they are
        // two clocks, so every test moves them together.
        setClock(START);
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private void setClock(long millis) throws Exception {
        harness.setProcessingTime(millis);
        harness.setStateTtlProcessingTime(millis);
    }

    private static IngestedReading event(String assetId, String eventId, long offset) {
        return Readings.ingested(Readings.crane(assetId, eventId, offset + 1, T0 + offset * 1000, 100 + offset, 5), offset);
    }

    private List<DroppedEvent> duplicates() {
        Queue<StreamRecord<DroppedEvent>> side = harness.getSideOutput(DropDuplicateEvents.DUPLICATES);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void firstEventPasses() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);

        harness.processElement(first, T0);

        assertThat(harness.extractOutputValues()).containsExactly(first);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void sameEventIdAgainGoesToDuplicatesWithTheCoordinatesOfTheCopy() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);
        IngestedReading copy = Readings.ingested(first.reading(), 11);

        harness.processElement(first, T0);
        harness.processElement(copy, T0);

        assertThat(harness.extractOutputValues()).containsExactly(first);
        assertThat(duplicates()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(TwinTables.DROP_DUPLICATE);
            assertThat(d.eventId()).isEqualTo("evt-1");
            assertThat(d.assetId()).isEqualTo(CRANE);
            assertThat(d.sourceTopic()).isEqualTo("yard.telemetry.raw");
            assertThat(d.sourcePartition()).isEqualTo(0);
            assertThat(d.sourceOffset()).isEqualTo(11L);
            assertThat(d.reason()).isEqualTo("duplicate of event id evt-1");
            assertThat(d.recordedAtMillis()).isEqualTo(START);
        });
    }

    @Test
    void differentEventIdOfTheSameAssetPasses() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);
        IngestedReading second = event(CRANE, "evt-2", 11);

        harness.processElement(first, T0);
        harness.processElement(second, T0);

        assertThat(harness.extractOutputValues()).containsExactly(first, second);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void sameEventIdUnderAnotherAssetIsNotADuplicate() throws Exception {
        IngestedReading crane1 = event(CRANE, "evt-1", 10);
        IngestedReading crane2 = event(CRANE_2, "evt-1", 11);

        harness.processElement(crane1, T0);
        harness.processElement(crane2, T0);

        assertThat(harness.extractOutputValues()).containsExactly(crane1, crane2);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void eventIdIsStillRememberedJustBeforeTheRetentionEnds() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);
        harness.processElement(first, T0);

        setClock(START + RETENTION.toMillis() - 1);
        harness.processElement(Readings.ingested(first.reading(), 11), T0);

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(duplicates()).extracting(DroppedEvent::sourceOffset).containsExactly(11L);
    }

    @Test
    void eventIdIsForgottenOnceTwiceTheRetentionHasPassed() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);
        IngestedReading redelivered = Readings.ingested(first.reading(), 11);
        harness.processElement(first, T0);

        setClock(START + 2 * RETENTION.toMillis());
        harness.processElement(redelivered, T0);

        assertThat(harness.extractOutputValues()).containsExactly(first, redelivered);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void idsOfManyGenerationsAreEachRememberedForAtLeastTheRetention() throws Exception {
        // One event per minute for an hour, and each one redelivered 9 min 59 s later: always a duplicate.
        long minute = 60_000;
        for (int i = 0; i < 60; i++) {
            setClock(START + i * minute);
            harness.processElement(event(CRANE, "evt-" + i, i), T0);
            setClock(START + i * minute + 59_000);
            if (i >= 9) {
                harness.processElement(Readings.ingested(event(CRANE, "evt-" + (i - 9), i - 9).reading(), 100 + i), T0);
            }
        }

        assertThat(harness.extractOutputValues()).hasSize(60);
        assertThat(duplicates()).hasSize(51);
    }

    @Test
    void stateKeepsAtMostTwoGenerationsOfIds() throws Exception {
        // Ids seen an hour apart: the oldest are forgotten, so redelivering them passes again.
        for (int i = 0; i < 7; i++) {
            setClock(START + i * RETENTION.toMillis());
            harness.processElement(event(CRANE, "evt-" + i, i), T0);
        }
        harness.processElement(Readings.ingested(event(CRANE, "evt-0", 0).reading(), 50), T0);
        harness.processElement(Readings.ingested(event(CRANE, "evt-6", 6).reading(), 51), T0);

        assertThat(harness.extractOutputValues()).extracting(r -> r.reading().eventId())
                .containsExactly("evt-0", "evt-1", "evt-2", "evt-3", "evt-4", "evt-5", "evt-6", "evt-0");
        assertThat(duplicates()).extracting(DroppedEvent::eventId).containsExactly("evt-6");
    }

    /** When the ids of a key that last saw an event at {@code millis} have all run out: two generations later. */
    private static long forgetAllAfterEventAt(long millis) {
        long generation = RETENTION.toMillis();
        return (Math.floorDiv(millis, generation) + 2) * generation;
    }

    @Test
    void anAssetThatGoesQuietLeavesNoStateOnceItsRetentionHasRunOut() throws Exception {
        IngestedReading first = event(CRANE, "evt-1", 10);
        harness.processElement(first, T0);
        assertThat(harness.numKeyedStateEntries()).isPositive();
        assertThat(harness.numProcessingTimeTimers()).isEqualTo(1);
        long forgetAt = forgetAllAfterEventAt(START);
        assertThat(forgetAt - START).as("at least the retention").isGreaterThanOrEqualTo(RETENTION.toMillis());

        setClock(forgetAt - 1);
        assertThat(harness.numKeyedStateEntries()).as("still within the retention of its newest generation").isPositive();

        setClock(forgetAt);
        assertThat(harness.numKeyedStateEntries()).as("state of the quiet asset").isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
        // Forgotten, as the retention allows: a copy arriving now passes, and the asset starts afresh.
        harness.processElement(Readings.ingested(first.reading(), 11), T0);
        assertThat(harness.extractOutputValues()).hasSize(2);
        assertThat(duplicates()).isEmpty();
    }

    @Test
    void theTimerOfAnEarlierGenerationLeavesTheIdsOfALaterOne() throws Exception {
        harness.processElement(event(CRANE, "evt-1", 10), T0);
        long later = START + RETENTION.toMillis();
        setClock(later);
        IngestedReading second = event(CRANE, "evt-2", 11);
        harness.processElement(second, T0);
        harness.processElement(event(CRANE_2, "evt-9", 12), T0);

        // The first generation's timer fires; the crane has newer ids, which stay: a copy of one is still a duplicate.
        long last = forgetAllAfterEventAt(START);
        setClock(last);
        harness.processElement(Readings.ingested(second.reading(), 13), T0);
        assertThat(duplicates()).extracting(DroppedEvent::sourceOffset).containsExactly(13L);
        int bothAssets = harness.numKeyedStateEntries();

        // The second crane, quiet since `later`, goes; the first, seen again at `last`, stays.
        setClock(forgetAllAfterEventAt(later));
        assertThat(harness.numKeyedStateEntries()).isPositive().isLessThan(bothAssets);

        setClock(forgetAllAfterEventAt(last));
        assertThat(harness.numKeyedStateEntries()).as("both assets quiet for their retention").isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }
}
