package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check hears a real task failure of a real (MiniCluster) job, and stays quiet for a job that runs clean. */
class NoFlinkTaskFailuresTest {
    private final NoFlinkTaskFailures check = new NoFlinkTaskFailures();

    @BeforeEach
    void listen() {
        check.beforeAll(null);
    }

    @AfterEach
    void stop() {
        check.afterAll(null);
    }

    @Test
    void aTaskThatFailsAndRestoresIsReported() throws Exception {
        run(true);
        assertThatThrownBy(() -> check.assertNoneDuring("a job whose first attempt fails"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a job whose first attempt fails")
                .hasMessageContaining("failing on its first attempt")
                .hasMessageContaining("RUNNING to FAILED");
        // Reported once: the next check starts afresh.
        check.assertNoneDuring("the next test");
    }

    @Test
    void aJobThatRunsCleanIsNotReported() throws Exception {
        run(false);
        check.assertNoneDuring("a clean job");
    }

    private static void run(boolean failFirstAttempt) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(10));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, conf);
        env.fromData(1, 2, 3).map(new FailOnFirstAttempt(failFirstAttempt)).sinkTo(new DiscardingSink<>());
        env.execute("task failure check");
    }

    private static final class FailOnFirstAttempt extends RichMapFunction<Integer, Integer> {
        private final boolean fail;

        FailOnFirstAttempt(boolean fail) {
            this.fail = fail;
        }

        @Override
        public Integer map(Integer value) {
            if (fail && getRuntimeContext().getTaskInfo().getAttemptNumber() == 0) {
                throw new IllegalStateException("failing on its first attempt");
            }
            return value;
        }
    }
}
