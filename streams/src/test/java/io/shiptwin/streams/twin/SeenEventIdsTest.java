package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
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
                boolean first = seen.firstSighting(idAndTime[0], Long.parseLong(idAndTime[1]));
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
