package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PipelineBenchTest {

    private static byte[] twin(String lastEventId, String lastEventTime, String updatedAt) {
        // Field order as TwinJson writes it, with the channels object between the fields the bench needs.
        return ("{\"assetId\":\"88.118.8002/CR-01\",\"version\":7,\"lastEventId\":\"" + lastEventId + "\",\"lastSequence\":3,"
                + "\"lastEventTime\":\"" + lastEventTime + "\",\"channels\":{\"load_t\":{\"last\":1.5,\"min\":0.0,"
                + "\"max\":2.0,\"mean\":1.2,\"samples\":7},\"updatedAt\":{\"last\":9.0}},"
                + "\"updatedAt\":\"" + updatedAt + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMeasuredEventsLatencyIsItsTwinUpdateMinusItsPublish() throws Exception {
        byte[] record = twin(PipelineBench.MEASURED + "CR-01:3", "2026-11-26T10:00:00.000Z", "2026-11-26T10:00:00.012Z");
        assertThat(PipelineBench.measuredLatencyMicros(record)).isEqualTo(12_000);
    }

    @Test
    void aChannelNamedLikeATopLevelFieldDoesNotCount() throws Exception {
        // The channels object holds a channel called "updatedAt"; only the top-level field is the twin's update time.
        byte[] record = twin(PipelineBench.MEASURED + "CR-01:3", "2026-11-26T10:00:00.000Z", "2026-11-26T10:00:01.000Z");
        assertThat(PipelineBench.measuredLatencyMicros(record)).isEqualTo(1_000_000);
    }

    @Test
    void warmUpAndOtherEventsAreNotMeasured() throws Exception {
        assertThat(PipelineBench.measuredLatencyMicros(twin("bench-warm:CR-01:3", "2026-11-26T10:00:00.000Z",
                "2026-11-26T10:00:00.012Z"))).isEqualTo(-1);
        assertThat(PipelineBench.measuredLatencyMicros("[]".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }
}
