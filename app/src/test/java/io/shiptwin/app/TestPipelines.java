package io.shiptwin.app;

import io.shiptwin.app.embedded.Ports;
import java.nio.file.Path;
import java.time.Duration;

/** Embedded pipelines for tests: every service on a free loopback port, data under a temp dir. */
final class TestPipelines {
    private TestPipelines() {
    }

    /**
     * Checkpoints every 2 s rather than the default 10 s: the restore and outage tests cancel or fail the job once a
     * checkpoint holds part of a run that lasts about ten seconds.
     */
    static PipelineSettings onFreePorts(Path runDir) {
        return new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), Ports.free(), 0, -1, -1,
                runDir, 1, "384m").withCheckpointInterval(Duration.ofSeconds(2));
    }
}
