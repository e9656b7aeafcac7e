package io.shiptwin.sim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test of the benchmark's plumbing on a small model; the figures themselves are not asserted. */
class DesBenchTest {

    @Test
    void benchRunsAndWritesItsFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        BenchResult r = DesBench.run(file, null, 50_000, "teaching");
        assertThat(r.holdEventsPerSecond()).isPositive();
        assertThat(r.stationEventsPerSecond()).isPositive();
        assertThat(r.shipsDelivered()).isEqualTo(2);
        assertThat(Files.readString(file)).contains("\"holdEventsPerSecond\"", "\"yardYearWallSeconds\"");
        assertThat(r.summary()).contains("events/s");
    }
}
