package io.shiptwin.sim.des;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    private final List<String> fired = new ArrayList<>();

    private Action log(String name) {
        return () -> fired.add(name);
    }

    private void drain(EventQueue q) {
        while (!q.isEmpty()) {
            q.pop().fire();
        }
    }

    @Test
    void eventsPopInTimeOrder() {
        EventQueue q = new EventQueue(4);
        q.push(30, 0, log("c"));
        q.push(10, 0, log("a"));
        q.push(20, 0, log("b"));
        drain(q);
        assertThat(fired).containsExactly("a", "b", "c");
    }

    @Test
    void tiesAreBrokenByPriorityThenInsertionOrder() {
        EventQueue q = new EventQueue(4);
        q.push(10, 0, log("first-normal"));
        q.push(10, 5, log("late-priority"));
        q.push(10, -5, log("urgent"));
        q.push(10, 0, log("second-normal"));
        drain(q);
        assertThat(fired).containsExactly("urgent", "first-normal", "second-normal", "late-priority");
    }

    @Test
    void cancelledEventNeverFires() {
        EventQueue q = new EventQueue(4);
        q.push(10, 0, log("a"));
        long b = q.push(20, 0, log("b"));
        q.push(30, 0, log("c"));
        assertThat(q.cancel(b)).isTrue();
        drain(q);
        assertThat(fired).containsExactly("a", "c");
    }

    @Test
    void cancellingTwiceOrAfterFiringIsANoOp() {
        EventQueue q = new EventQueue(4);
        long a = q.push(10, 0, log("a"));
        drain(q);
        long reused = q.push(20, 0, log("b"));
        assertThat(q.cancel(a)).as("stale handle of a reused slot").isFalse();
        assertThat(q.cancel(reused)).isTrue();
        assertThat(q.cancel(reused)).isFalse();
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void randomPushesAndCancelsStayOrdered() {
        EventQueue q = new EventQueue(2);
        SplittableRandom r = new SplittableRandom(7);
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            handles.add(q.push(r.nextLong(1_000), r.nextInt(3), () -> { }));
            if (r.nextInt(4) == 0) {
                q.cancel(handles.get(r.nextInt(handles.size())));
            }
        }
        long lastTime = Long.MIN_VALUE;
        long lastKey = Long.MIN_VALUE;
        while (!q.isEmpty()) {
            q.pop();
            long t = q.poppedTime();
            long k = q.poppedKey();
            assertThat(t > lastTime || (t == lastTime && k > lastKey)).isTrue();
            lastTime = t;
            lastKey = k;
        }
    }
}
