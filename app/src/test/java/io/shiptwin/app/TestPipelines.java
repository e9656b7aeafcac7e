package io.shiptwin.app;

import io.shiptwin.app.embedded.Ports;
import java.nio.file.Path;

/** Embedded pipelines for tests: every service on a free loopback port, data under a temp dir. */
final class TestPipelines {
    private TestPipelines() {
    }

    static PipelineSettings onFreePorts(Path runDir) {
        return new PipelineSettings(PipelineSettings.LOOPBACK, Ports.free(), Ports.free(), Ports.free(), 0, -1, -1,
                runDir, 1, "384m");
    }
}
