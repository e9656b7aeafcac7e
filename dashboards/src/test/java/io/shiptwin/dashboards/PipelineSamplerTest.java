package io.shiptwin.dashboards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineSamplerTest {

    @Test
    void rateIsTheCountDeltaOverTheWallTimeBetweenSamples(@TempDir Path dir) throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        AtomicLong published = new AtomicLong(100);
        PipelineProbe probe = new PipelineProbe() {
            @Override
            public Map<String, Long> inProcessCounts() {
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("sim.published", published.get());
                return counts;
            }

            @Override
            public Map<String, Boolean> componentHealth() {
                return Map.of();
            }
        };
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url, Duration.ofMillis(100))) {
            PipelineSampler sampler = new PipelineSampler(status, probe);
            sampler.sample();
            assertThat(hop(sampler.report(), "sim.published").ratePerSec()).isNull();

            published.addAndGet(50);
            sampler.sample();
            PipelineReport report = sampler.report();

            // Each sample waits out the 100 ms Kafka timeout, so 50 more in at least 0.1 s is at most 500/s.
            assertThat(hop(report, "sim.published").count()).isEqualTo(150);
            assertThat(hop(report, "sim.published").ratePerSec()).isPositive().isLessThanOrEqualTo(500.0);
            assertThat(hop(report, "twin.entities").ratePerSec()).isZero();
            assertThat(hop(report, "kafka.telemetry.raw").ratePerSec()).as("unreachable: unknown").isNull();
            assertThat(hop(report, "flink.consumer.lag").ratePerSec()).isNull();
        }
    }

    @Test
    void historyKeepsTheReportOfEverySampleOldestFirstUpToItsSize(@TempDir Path dir) throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        AtomicLong published = new AtomicLong();
        PipelineProbe probe = new PipelineProbe() {
            @Override
            public Map<String, Long> inProcessCounts() {
                return Map.of("sim.published", published.get());
            }

            @Override
            public Map<String, Boolean> componentHealth() {
                return Map.of();
            }
        };
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url, Duration.ofMillis(1))) {
            PipelineSampler sampler = new PipelineSampler(status, probe, 3);
            for (int i = 1; i <= 5; i++) {
                published.set(i);
                sampler.sample();
            }

            assertThat(sampler.history()).hasSize(3);
            assertThat(sampler.history()).extracting(r -> hop(r, "sim.published").count()).containsExactly(3L, 4L, 5L);
            assertThat(sampler.history().get(2)).isEqualTo(sampler.report());
        }
    }

    private static PipelineReport.Hop hop(PipelineReport report, String name) {
        return report.hops().stream().filter(h -> h.hop().equals(name)).findFirst().orElseThrow();
    }
}
