package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.model.EquipmentHistoryChunks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One embedded pipeline per test class: every service real, on free loopback ports, with its data
 * under a temporary directory. Tests isolate themselves by asset, run id and topic key, not by
 * restarting the expensive parts.
 */
abstract class PipelineTestBase {
    @TempDir
    static Path tempDir;
    static EmbeddedPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = new EmbeddedPipeline(TestPipelines.onFreePorts(tempDir.resolve("run"))).start();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }

    /**
     * After an outage: all {@code events} reach the twin (within 2 min), each event id has exactly one history row,
     * nothing was dead-lettered, and the bridge received at least every event (redeliveries come on top).
     */
    static void assertEveryEventInTheTwinOnce(long events) throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(pipeline.status().snapshot().twinEvents()).isEqualTo(events));
        assertThat(distinctEventIdsInHistory()).as("every event id exactly once in the twin's history").isEqualTo(events);
        assertThat(pipeline.status().snapshot().deadLettered()).isZero();
        assertThat(pipeline.bridge().received()).as("received, redeliveries included").isGreaterThanOrEqualTo(events);
    }

    /** Distinct event ids in the equipment history, asserting that no event id has two rows. */
    static long distinctEventIdsInHistory() throws Exception {
        return distinctEventIdsInHistory(pipeline.h2Url());
    }

    static long distinctEventIdsInHistory(String h2Url) throws Exception {
        Set<String> ids = new HashSet<>();
        long[] versions = {0};
        try (Connection c = DriverManager.getConnection(h2Url)) {
            EquipmentHistoryChunks.forEachSince(c, null, v -> {
                ids.add(v.eventId());
                versions[0]++;
            });
        }
        assertThat(versions[0]).as("history versions, one per unique event").isEqualTo(ids.size());
        return ids.size();
    }
}
