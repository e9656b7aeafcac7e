package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which a Flink task failed. A task that fails restores from its last checkpoint and replays, and
 * the idempotent sinks then make every table right again: without this check a test of a run with no injected fault
 * passes while its job failed and restored over and over (an H2 sink that deadlocked against itself did exactly that
 * in every {@code .ci/run} for a day, unnoticed). For tests that inject no fault into Kafka or Flink; the outage and
 * restore tests expect failures.
 *
 * <p>It listens to Flink's {@code Task} logger, which reports every task that switches from RUNNING to FAILED at WARN,
 * and checks after each test, before the class's {@code @AfterAll} stops the pipeline (a shutdown is not a failure).
 */
public final class NoFlinkTaskFailures implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    static final String TASK_LOGGER = "org.apache.flink.runtime.taskmanager.Task";
    private static final String FAILED = "switched from RUNNING to FAILED";

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private Appender appender;
    private LoggerConfig listened;
    private LoggerConfig added;

    @Override
    public void beforeAll(ExtensionContext context) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        var config = logging.getConfiguration();
        LoggerConfig nearest = config.getLoggerConfig(TASK_LOGGER);
        if (nearest.getName().equals(TASK_LOGGER)) {
            listened = nearest;
        } else {
            // A logger of its own, so that the appender hears the task logger only, at WARN and above as configured.
            added = new LoggerConfig(TASK_LOGGER, Level.WARN, true);
            added.setParent(nearest);
            config.addLogger(TASK_LOGGER, added);
            listened = added;
        }
        appender = new Appender(failures);
        appender.start();
        listened.addAppender(appender, Level.WARN, null);
        logging.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertNoneDuring(context.getDisplayName());
    }

    /** Fails if a task failed since {@link #beforeAll} or the last check, naming them; forgets them either way. */
    void assertNoneDuring(String test) {
        List<String> seen = List.copyOf(failures);
        failures.clear();
        assertThat(seen).as("Flink tasks that failed during %s (a run without injected faults must not fail a task; "
                + "the replay after a restore hides it from every other assertion)", test).isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        if (listened != null) {
            listened.removeAppender(appender.getName());
        }
        if (added != null) {
            logging.getConfiguration().removeLogger(TASK_LOGGER);
        }
        appender.stop();
        logging.updateLoggers();
    }

    /** Keeps the first line of every task failure Flink reports. */
    private static final class Appender extends AbstractAppender {
        private final List<String> failures;

        Appender(List<String> failures) {
            super("flink-task-failures", null, null, true, Property.EMPTY_ARRAY);
            this.failures = failures;
        }

        @Override
        public void append(LogEvent event) {
            String message = event.getMessage().getFormattedMessage();
            if (message.contains(FAILED)) {
                Throwable cause = event.getThrown();
                failures.add(message.lines().findFirst().orElse(message) + (cause == null ? "" : " — " + cause));
            }
        }
    }
}
