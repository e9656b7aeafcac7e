package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** The seen-id sets themselves: hashing, growth, and ids restored from an earlier version's string maps. */
class SeenEventIdsTest {
    private static final Duration RETENTION = Duration.ofMinutes(10);

    @Test
    void aGrowingSetFindsEveryIdItWasGivenAndNoOther() {
        long[] set = null;
        Set<Long> given = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            long hash = SeenEventIds.hashOf("run-1:EQ-GC-01:" + i);
            if (!SeenEventIds.contains(set, hash)) {
                set = SeenEventIds.add(set, hash);
                given.add(hash);
            }
            assertThat(SeenEventIds.contains(set, hash)).isTrue();
        }
        assertThat(set[0]).isEqualTo(given.size()).isEqualTo(40_000);
        // At most three quarters full, a power of two of slots: 40,000 ids fit 2^16 = 65,536 (49,152).
        assertThat(set.length - 1).isEqualTo(65_536);
        for (long hash : given) {
            assertThat(SeenEventIds.contains(set, hash)).isTrue();
        }
        for (int i = 0; i < 10_000; i++) {
            long other = SeenEventIds.hashOf("run-2:EQ-GC-01:" + random.nextInt());
            assertThat(SeenEventIds.contains(set, other)).isEqualTo(given.contains(other));
        }
    }

    @Test
    void addingAnIdThatIsThereChangesNothing() {
        long hash = SeenEventIds.hashOf("evt-1");
        long[] set = SeenEventIds.add(null, hash);
        long[] again = SeenEventIds.add(set, hash);
        assertThat(again[0]).isEqualTo(1);
        assertThat(SeenEventIds.hashOf("")).isNotZero();
    }

    /**
     * An earlier version kept the ids as strings in {@code <name>-even/-odd}: a key restored from its checkpoint
     * still recognises them, and their strings are gone from state once adopted.
     */
    @Test
    void idsRestoredAsStringsFromAnEarlierVersionAreStillDuplicates() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new OldAndNew(), s -> "EQ-GC-01", Types.STRING)) {
            long now = 5 * RETENTION.toMillis() + 1_000; // generation 5, odd
            h.processElement("old:evt-a", 0);   // seen by the earlier version in this generation
            h.processElement("old-prev:evt-b", 0); // and in the one before
            h.processElement("check:evt-a@" + now, 0);
            h.processElement("check:evt-b@" + now, 0);
            h.processElement("check:evt-c@" + now, 0);
            h.processElement("check:evt-c@" + now, 0);
            h.processElement("strings-left", 0);
            assertThat(h.extractOutputValues()).containsExactly(
                    "evt-a duplicate", "evt-b duplicate", "evt-c first", "evt-c duplicate", "strings left 0");
        }
    }

    @Test
    void aRunTakesConsecutiveSequenceNumbersGapsAndLateOnesButNotATakenSlotOrOneFarAway() {
        int[] run = SeenEventIds.runWith(null, 1_000, 11);
        for (long seq = 1_001; seq < 1_100; seq++) {
            run = SeenEventIds.runWith(run, seq, (int) seq);
        }
        run = SeenEventIds.runWith(run, 1_150, 1_150);          // a gap of 50, within MAX_RUN_GAP
        assertThat(SeenEventIds.runHas(run, 1_000, 11)).isTrue();
        assertThat(SeenEventIds.runHas(run, 1_099, 1_099)).isTrue();
        assertThat(SeenEventIds.runHas(run, 1_150, 1_150)).isTrue();
        assertThat(SeenEventIds.runHas(run, 1_099, 1_098)).as("another fingerprint at that sequence").isFalse();
        assertThat(SeenEventIds.runHas(run, 1_120, 7)).as("a slot of the gap is empty").isFalse();
        run = SeenEventIds.runWith(run, 1_120, 7);              // a late one fills the gap
        assertThat(SeenEventIds.runHas(run, 1_120, 7)).isTrue();
        assertThat(SeenEventIds.runWith(run, 1_120, 8)).as("slot taken").isNull();
        assertThat(SeenEventIds.runWith(run, 999, 8)).as("before the run").isNull();
        assertThat(SeenEventIds.runWith(run, 1_151 + SeenEventIds.MAX_RUN_GAP + 1, 8)).as("too far past its end").isNull();
        assertThat(SeenEventIds.runWith(run, 1_151 + SeenEventIds.MAX_RUN_GAP, 8)).isNotNull();
        int[] sparse = SeenEventIds.runWith(null, 1, 1);           // a source that counts in steps of 1,000
        int inRun = 1;
        for (long seq = 1_001; seq <= 100_001; seq += 1_000) {
            int[] next = SeenEventIds.runWith(sparse, seq, 5);
            if (next != null) {
                sparse = next;
                inRun++;
            }
        }
        assertThat(inRun).as("ids the sparse run took before it would hold too many empty slots").isEqualTo(2);
        assertThat(sparse.length).isLessThan(2 * 4 + 2 * SeenEventIds.MAX_RUN_GAP + 16);
        long big = 5_000_000_000L;                                // sequence numbers past 2^32
        int[] high = SeenEventIds.runWith(null, big, 3);
        assertThat(SeenEventIds.runHas(high, big, 3)).isTrue();
        assertThat(SeenEventIds.runHas(high, big - (1L << 32), 3)).isFalse();
        assertThat(SeenEventIds.fingerprintOf(0x0000_0000_1234_5678L)).isNotZero();
    }

    /**
     * One source counting up goes into the run, about 4 bytes an id; a source under the same key that starts again
     * from 1 (new ids, taken slots) goes into the hash set; every id is found again in either, and no new id of the
     * second source is taken for one of the first (same sequence numbers, other ids).
     */
    @Test
    void aSourceThatStartsAgainAndASecondSourceUnderTheKeyAreNeitherLostNorMistaken() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new Probe(), s -> "EQ-GC-01", Types.STRING)) {
            long now = 4 * RETENTION.toMillis() + 1_000;
            for (int seq = 1; seq <= 20_000; seq++) {
                h.processElement("see:run-1:EQ-GC-01:" + seq + "#" + seq + "@" + now, 0);
            }
            h.processElement("sizes", 0);
            for (int seq = 1; seq <= 2_000; seq++) {
                h.processElement("see:run-2:EQ-GC-01:" + seq + "#" + seq + "@" + now, 0);
            }
            h.processElement("sizes", 0);
            for (int seq = 1; seq <= 20_000; seq += 997) {
                h.processElement("see:run-1:EQ-GC-01:" + seq + "#" + seq + "@" + now, 0);
                h.processElement("see:run-2:EQ-GC-01:" + (seq % 2_000 + 1) + "#" + (seq % 2_000 + 1) + "@" + now, 0);
            }
            List<String> out = h.extractOutputValues();
            assertThat(out.subList(0, 20_000)).as("the first source: all new").allMatch(o -> o.endsWith(" first"));
            assertThat(out.get(20_000)).as("run slots used, ids in the hash set").isEqualTo("run 20000 set 0");
            assertThat(out.subList(20_001, 22_001)).as("the second source: all new").allMatch(o -> o.endsWith(" first"));
            assertThat(out.get(22_001)).isEqualTo("run 20000 set 2000");
            assertThat(out.subList(22_002, out.size())).as("each sent again").hasSize(2 * 21).allMatch(o -> o.endsWith(" duplicate"));
        }
    }

    /** A checkpoint of the version before the runs holds hash sets only: the ids in them are still duplicates. */
    @Test
    void idsRestoredInHashSetsWithoutRunsAreStillDuplicates() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new Probe(), s -> "EQ-GC-01", Types.STRING)) {
            long now = 5 * RETENTION.toMillis() + 1_000; // generation 5, odd
            h.processElement("hashes-only:evt-1", 0);
            h.processElement("see:evt-1#1@" + now, 0);
            h.processElement("see:evt-2#2@" + now, 0);
            h.processElement("see:evt-2#2@" + now, 0);
            assertThat(h.extractOutputValues()).containsExactly("evt-1#1 duplicate", "evt-2#2 first", "evt-2#2 duplicate");
        }
    }

    /**
     * The version before wrote its runs with Flink's own {@code int[]} serializer: a checkpoint of it restores into
     * this one (the snapshot declares the two compatible, the bytes are the same), and the ids in its runs are
     * still duplicates.
     */
    @Test
    void runsCheckpointedWithFlinksIntArraySerializerRestoreAndStillFindTheirIds() throws Exception {
        long now = 4 * RETENTION.toMillis() + 1_000; // generation 4, even
        OperatorSubtaskState checkpoint;
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> before = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new RunsAsFlinkWroteThem()), s -> "EQ-GC-01", Types.STRING)) {
            before.open();
            before.processElement("write", 0);
            checkpoint = before.snapshot(1, 0);
        }
        try (KeyedOneInputStreamOperatorTestHarness<String, String, String> after = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new Probe()), s -> "EQ-GC-01", Types.STRING)) {
            after.initializeState(checkpoint);
            after.open();
            for (int seq = 1; seq <= RunsAsFlinkWroteThem.IDS + 1; seq++) {
                after.processElement("see:evt-" + seq + "#" + seq + "@" + now, 0);
            }
            after.processElement("sizes", 0);
            List<String> out = after.extractOutputValues();
            assertThat(out.subList(0, RunsAsFlinkWroteThem.IDS)).as("restored from the run").allMatch(o -> o.endsWith(" duplicate"));
            assertThat(out.get(RunsAsFlinkWroteThem.IDS)).isEqualTo("evt-" + (RunsAsFlinkWroteThem.IDS + 1) + "#"
                    + (RunsAsFlinkWroteThem.IDS + 1) + " first");
            assertThat(out.get(RunsAsFlinkWroteThem.IDS + 1)).as("the new id went into the restored run")
                    .isEqualTo("run " + (RunsAsFlinkWroteThem.IDS + 1) + " set 0");
        }
    }

    /** Generation 4's state as the version before wrote it: a run of {@link #IDS} ids, with Flink's int[] serializer. */
    private static final class RunsAsFlinkWroteThem extends KeyedProcessFunction<String, String, String> {
        static final int IDS = 5_000; // more than one block of the bulk serializer
        private transient ValueState<int[]> evenRun;
        private transient ValueState<long[]> evenSet;
        private transient ValueState<Long> generation;

        @Override
        public void open(OpenContext context) {
            evenRun = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-even-run", PrimitiveArrayTypeInfo.INT_PRIMITIVE_ARRAY_TYPE_INFO));
            evenSet = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-even-hashes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
            generation = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-generation", Long.class));
        }

        @Override
        public void processElement(String command, Context ctx, Collector<String> out) throws Exception {
            int[] run = null;
            for (int seq = 1; seq <= IDS; seq++) {
                run = SeenEventIds.runWith(run, seq, SeenEventIds.fingerprintOf(SeenEventIds.hashOf("evt-" + seq)));
            }
            evenRun.update(run);
            evenSet.update(SeenEventIds.newSet(SeenEventIds.INITIAL_SLOTS));
            generation.update(4L);
        }
    }

    /** Sees ids ("see:ID#SEQ@NOW"), reports the odd/even state's sizes, writes state as the version before the runs. */
    private static final class Probe extends KeyedProcessFunction<String, String, String> {
        private transient SeenEventIds seen;
        private transient ValueState<long[]> oddSet;
        private transient ValueState<long[]> evenSet;
        private transient ValueState<int[]> evenRun;
        private transient ValueState<Long> generation;

        @Override
        public void open(OpenContext context) {
            seen = SeenEventIds.open(getRuntimeContext(), "ids", RETENTION);
            oddSet = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-odd-hashes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
            evenSet = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-even-hashes", PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
            evenRun = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-even-run", BulkIntArraySerializer.INSTANCE));
            generation = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-generation", Long.class));
        }

        @Override
        public void processElement(String command, Context ctx, Collector<String> out) throws Exception {
            if (command.startsWith("see:")) {
                String[] idAndRest = command.substring(4).split("#");
                String[] seqAndTime = idAndRest[1].split("@");
                boolean first = seen.firstSighting(idAndRest[0], Long.parseLong(seqAndTime[0]), Long.parseLong(seqAndTime[1]));
                out.collect(command.substring(4, command.indexOf('@')) + (first ? " first" : " duplicate"));
            } else if (command.startsWith("hashes-only:")) {
                generation.update(5L);
                oddSet.update(SeenEventIds.add(SeenEventIds.newSet(SeenEventIds.INITIAL_SLOTS), SeenEventIds.hashOf(command.substring(12))));
            } else {
                int[] run = evenRun.value();
                out.collect("run " + (run == null ? 0 : run[2]) + " set " + evenSet.value()[0]);
            }
        }
    }

    /** Writes state the way the earlier version did, then asks the current one. */
    private static final class OldAndNew extends KeyedProcessFunction<String, String, String> {
        private transient SeenEventIds seen;
        private transient MapState<String, Boolean> oldEven;
        private transient MapState<String, Boolean> oldOdd;
        private transient ValueState<Long> generation;

        @Override
        public void open(OpenContext context) {
            seen = SeenEventIds.open(getRuntimeContext(), "ids", RETENTION);
            oldEven = getRuntimeContext().getMapState(new MapStateDescriptor<>("ids-even", String.class, Boolean.class));
            oldOdd = getRuntimeContext().getMapState(new MapStateDescriptor<>("ids-odd", String.class, Boolean.class));
            generation = getRuntimeContext().getState(new ValueStateDescriptor<>("ids-generation", Long.class));
        }

        @Override
        public void processElement(String command, Context ctx, Collector<String> out) throws Exception {
            if (command.startsWith("old:")) {
                generation.update(5L);
                oldOdd.put(command.substring(4), Boolean.TRUE);
            } else if (command.startsWith("old-prev:")) {
                oldEven.put(command.substring(9), Boolean.TRUE);
            } else if (command.startsWith("check:")) {
                String[] idAndTime = command.substring(6).split("@");
                boolean first = seen.firstSighting(idAndTime[0], idAndTime[0].charAt(4), Long.parseLong(idAndTime[1]));
                out.collect(idAndTime[0] + (first ? " first" : " duplicate"));
            } else {
                int left = 0;
                for (String ignored : oldEven.keys()) {
                    left++;
                }
                for (String ignored : oldOdd.keys()) {
                    left++;
                }
                out.collect("strings left " + left);
            }
        }
    }
}
