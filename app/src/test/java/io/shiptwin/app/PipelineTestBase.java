package io.shiptwin.app;

import java.nio.file.Path;
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
}
