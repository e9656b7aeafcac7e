package io.shiptwin.streams.lifecycle;

import static io.shiptwin.model.lifecycle.LifecycleStage.BLOCK_ASSEMBLY;
import static io.shiptwin.model.lifecycle.LifecycleStage.CUTTING;
import static io.shiptwin.model.lifecycle.LifecycleStage.ERECTION;
import static io.shiptwin.model.lifecycle.LifecycleStage.FORMING;
import static io.shiptwin.model.lifecycle.LifecycleStage.SUB_ASSEMBLY;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK_2;
import static io.shiptwin.streams.lifecycle.Hulls.SHIP;
import static io.shiptwin.streams.lifecycle.Hulls.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.streams.health.Alert;
import io.shiptwin.streams.twin.DroppedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class HullTwinFunctionTest {
    private long offset;

    private static KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, HullTwin> newHarness() throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new HullTwinFunction(Duration.ofHours(6))), IngestedEvent::entityId, Types.STRING);
        h.setup();
        return h;
    }

    private void send(KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, HullTwin> h, BusinessEvent e) throws Exception {
        h.processElement(Hulls.ingested(e, offset++), e.eventTimeMillis());
    }

    private static HullTwin last(KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, HullTwin> h) {
        List<HullTwin> out = h.extractOutputValues();
        return out.get(out.size() - 1);
    }

    @Test
    void followsTheStageSequenceAndRecordsStartAndFinishTimes() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, Hulls.started(BLOCK, "e1", 1, CUTTING));
            send(h, Hulls.finished(BLOCK, "e2", 2, CUTTING));
            send(h, Hulls.started(BLOCK, "e3", 3, FORMING));
            send(h, Hulls.finished(BLOCK, "e4", 4, FORMING));
            send(h, Hulls.started(BLOCK, "e5", 5, SUB_ASSEMBLY));

            assertThat(h.extractOutputValues()).extracting(HullTwin::stage)
                    .containsExactly("CUTTING", "CUTTING", "FORMING", "FORMING", "SUB_ASSEMBLY");
            HullTwin t = last(h);
            assertThat(t.entityId()).isEqualTo(BLOCK.toString());
            assertThat(t.kind()).isEqualTo("block");
            assertThat(t.shipId()).isEqualTo(SHIP.toString());
            assertThat(t.version()).isEqualTo(5);
            assertThat(t.stageStarted()[CUTTING.ordinal()]).isEqualTo(T0 + 60_000);
            assertThat(t.stageFinished()[CUTTING.ordinal()]).isEqualTo(T0 + 120_000);
            assertThat(t.stageStarted()[SUB_ASSEMBLY.ordinal()]).isEqualTo(T0 + 300_000);
            assertThat(t.stageFinished()[SUB_ASSEMBLY.ordinal()]).isEqualTo(-1);
            assertThat(t.lastEventId()).isEqualTo("e5");
            assertThat(h.getSideOutput(HullTwinFunction.ALERTS)).isNullOrEmpty();
        }
    }

    @Test
    void anIllegalTransitionIsAnAlertNotACrash() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, Hulls.started(BLOCK, "e1", 1, CUTTING));
            send(h, Hulls.started(BLOCK, "e2", 2, ERECTION));
            send(h, Hulls.started(BLOCK, "e3", 3, ERECTION)); // same stage again: not a move, no second alert

            Queue<StreamRecord<Alert>> alerts = h.getSideOutput(HullTwinFunction.ALERTS);
            assertThat(alerts).hasSize(1);
            Alert a = alerts.peek().getValue();
            assertThat(a.ruleId()).isEqualTo("illegal-lifecycle-transition");
            assertThat(a.assetId()).isEqualTo(BLOCK.toString());
            assertThat(a.status()).isEqualTo(Alert.OPEN);
            assertThat(a.alertId()).isEqualTo(BLOCK + "/illegal-lifecycle-transition/e2");
            assertThat(a.message()).startsWith("illegal lifecycle transition of " + BLOCK + ": cutting -> erection");
            assertThat(a.openedAtMillis()).isEqualTo(T0 + 120_000);
            // The twin mirrors what the yard reported; the alert flags it.
            assertThat(last(h).stage()).isEqualTo("ERECTION");
            assertThat(last(h).version()).isEqualTo(3);
        }
    }

    @Test
    void accumulatesTheFlowsOfEachEntitySeparately() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, Hulls.manHours(BLOCK, "m1", 1, 8.5));
            send(h, Hulls.manHours(BLOCK, "m2", 2, 4.0));
            send(h, Hulls.manHours(BLOCK_2, "m3", 3, 2.0));
            send(h, Hulls.cost(BLOCK, "c1", 4, 12_345));
            send(h, Hulls.cost(BLOCK, "c2", 5, 55));
            send(h, Hulls.inspection(BLOCK, "i1", 6, true));
            send(h, Hulls.inspection(BLOCK, "i2", 7, false));
            send(h, Hulls.nc(BLOCK, "n1", 8));
            send(h, Hulls.energy(BLOCK, "k1", 9, 10.5));

            HullTwin t = last(h);
            assertThat(t.entityId()).isEqualTo(BLOCK.toString());
            assertThat(t.version()).isEqualTo(8);
            assertThat(t.stage()).isNull();
            assertThat(t.manHours()).isEqualTo(12.5);
            assertThat(t.costMinorUnits()).isEqualTo(12_400);
            assertThat(t.currency()).isEqualTo("CNY");
            assertThat(t.inspectionsPassed()).isEqualTo(1);
            assertThat(t.inspectionsFailed()).isEqualTo(1);
            assertThat(t.nonConformancesOpened()).isEqualTo(1);
            assertThat(t.energyKwh()).isEqualTo(10.5);
            assertThat(h.extractOutputValues()).filteredOn(x -> x.entityId().equals(BLOCK_2.toString()))
                    .singleElement().satisfies(b2 -> assertThat(b2.manHours()).isEqualTo(2.0));
        }
    }

    @Test
    void duplicatesDoNotCountAndLeaveBySideOutput() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, Hulls.manHours(BLOCK, "m1", 1, 8));
            send(h, Hulls.manHours(BLOCK, "m1", 1, 8));
            send(h, Hulls.manHours(BLOCK, "m2", 2, 1));

            assertThat(h.extractOutputValues()).extracting(HullTwin::version).containsExactly(1L, 2L);
            assertThat(last(h).manHours()).isEqualTo(9);
            Queue<StreamRecord<DroppedEvent>> dups = h.getSideOutput(HullTwinFunction.DUPLICATES);
            assertThat(dups).singleElement().satisfies(d -> {
                assertThat(d.getValue().eventId()).isEqualTo("m1");
                assertThat(d.getValue().sourceOffset()).isEqualTo(1);
                assertThat(d.getValue().isDeadLetter()).isFalse();
            });
        }
    }

    @Test
    void restoredStateContinuesVersionFlowsStageAndDedup() throws Exception {
        OperatorSubtaskState snapshot;
        try (var before = newHarness()) {
            before.open();
            send(before, Hulls.started(BLOCK, "e1", 1, SUB_ASSEMBLY));
            send(before, Hulls.manHours(BLOCK, "m1", 2, 3));
            snapshot = before.snapshot(1L, 1L);
        }
        try (var after = newHarness()) {
            after.initializeState(snapshot);
            after.open();
            send(after, Hulls.manHours(BLOCK, "m1", 2, 3)); // replayed after restore: a duplicate
            send(after, Hulls.started(BLOCK, "e2", 3, BLOCK_ASSEMBLY));

            assertThat(after.extractOutputValues()).singleElement().satisfies(t -> {
                assertThat(t.version()).isEqualTo(3);
                assertThat(t.manHours()).isEqualTo(3);
                assertThat(t.stage()).isEqualTo("BLOCK_ASSEMBLY");
                assertThat(t.stageStarted()[SUB_ASSEMBLY.ordinal()]).isEqualTo(T0 + 60_000);
            });
            assertThat(after.getSideOutput(HullTwinFunction.ALERTS)).isNullOrEmpty();
            assertThat(after.getSideOutput(HullTwinFunction.DUPLICATES)).hasSize(1);
        }
    }

    @Test
    void atEqualEventTimesTheLastEventIsTheLargerIdWhicheverArrivesFirst() throws Exception {
        for (boolean crewFirst : new boolean[] {true, false}) {
            try (var h = newHarness()) {
                h.open();
                BusinessEvent stage = Hulls.finished(BLOCK, "run:BLK-H1234-B101:7", 3, CUTTING);
                BusinessEvent hours = Hulls.manHours(BLOCK, "run:CREW-WELD-A:9", 3, 8);
                send(h, crewFirst ? hours : stage);
                send(h, crewFirst ? stage : hours);
                assertThat(last(h).lastEventId()).as("crew first: %s", crewFirst).isEqualTo("run:CREW-WELD-A:9");
            }
        }
    }

    @Test
    void aStageStartThatArrivesAfterALaterOneDatesItsStageButDoesNotMoveTheBlockBack() throws Exception {
        try (var h = newHarness()) {
            h.open();
            send(h, Hulls.started(BLOCK, "e3", 3, FORMING));
            send(h, Hulls.finished(BLOCK, "e2", 2, CUTTING));
            send(h, Hulls.started(BLOCK, "e1", 1, CUTTING));

            HullTwin t = last(h);
            assertThat(t.stage()).isEqualTo("FORMING");
            assertThat(t.stageStarted()[CUTTING.ordinal()]).isEqualTo(T0 + 60_000);
            assertThat(t.stageFinished()[CUTTING.ordinal()]).isEqualTo(T0 + 120_000);
            assertThat(t.stageStarted()[FORMING.ordinal()]).isEqualTo(T0 + 180_000);
            assertThat(h.getSideOutput(HullTwinFunction.ALERTS)).as("no illegal move: the yard never went back").isNullOrEmpty();
        }
    }

    @Test
    void aQuietBlockKeepsItsTwinButForgetsItsSeenIdsOnceTheRetentionHasRunOut() throws Exception {
        long retention = Duration.ofHours(6).toMillis();
        try (var h = newHarness()) {
            h.open();
            h.setProcessingTime(1_000);
            send(h, Hulls.started(BLOCK, "e1", 1, CUTTING));
            send(h, Hulls.started(BLOCK, "e1", 1, CUTTING)); // a duplicate while remembered
            assertThat(h.getSideOutput(HullTwinFunction.DUPLICATES)).hasSize(1);
            assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
            int withIds = h.numKeyedStateEntries();

            h.setProcessingTime(2 * retention - 1);
            assertThat(h.numKeyedStateEntries()).isEqualTo(withIds);

            h.setProcessingTime(2 * retention); // the start of the generation after the next
            assertThat(h.numKeyedStateEntries()).as("the twin stays, its seen ids go").isPositive().isLessThan(withIds);
            assertThat(h.numProcessingTimeTimers()).isZero();
            send(h, Hulls.finished(BLOCK, "e2", 2, CUTTING));
            assertThat(last(h).version()).as("the twin goes on where it was").isEqualTo(2);
        }
    }
}
