package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

    /** Distinct event ids in the equipment history, asserting that no event id has two rows. */
    static long distinctEventIdsInHistory() throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.h2Url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT event_id), COUNT(*) FROM equipment_twin_history")) {
            rs.next();
            assertThat(rs.getLong(2)).as("history rows, one per unique event").isEqualTo(rs.getLong(1));
            return rs.getLong(1);
        }
    }
}
