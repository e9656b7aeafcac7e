package io.shiptwin.streams.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class WatermarkProbeTest {

    @Test
    void reportsTheWatermarkAndTheLatestEventTimeAtMostOnceASecond() throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new WatermarkProbe<String>("yard.telemetry.raw",
                "telemetry watermarks")))) {
            h.open();
            h.setProcessingTime(10_000);
            h.processElement("a", 5_000);
            h.processWatermark(new Watermark(4_000));
            h.processElement("b", 9_000);
            h.processElement("c", 7_000);
            h.setProcessingTime(11_000);
            h.processElement("d", 8_000);

            List<WatermarkSample> samples = h.extractOutputValues();
            assertThat(samples).hasSize(2);
            assertThat(samples.get(0).watermarkMillis()).as("none yet at the first event").isEqualTo(Long.MIN_VALUE);
            WatermarkSample second = samples.get(1);
            assertThat(second.source()).isEqualTo("yard.telemetry.raw");
            assertThat(second.watermarkMillis()).isEqualTo(4_000);
            assertThat(second.maxEventMillis()).as("the simulated clock: latest event time, not the last").isEqualTo(9_000);
            assertThat(second.events()).isEqualTo(4);
            assertThat(second.sampledAtMillis()).isEqualTo(11_000);
        }
    }
}
