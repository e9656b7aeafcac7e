package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.dashboards.PipelineSnapshot;
import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import io.shiptwin.sim.network.LinkProfile;
import io.shiptwin.sim.network.NetworkStats;
import io.shiptwin.sim.replay.ReplayResult;
import io.shiptwin.sim.replay.Replayer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lossy, duplicating network between the equipment and the broker, then a replay of exactly what
 * was published: the twin counts each delivered event once, and every replayed message is recognised
 * as a duplicate.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class NetworkAndReplayIT extends PipelineTestBase {
    private static final long EVENTS = 1_500;


    @Test
    void aCongestedNetworkLosesAndDuplicatesBeforeTheBrokerButThePipelineLosesNothingAndAReplayIsAllDuplicates() throws Exception {
        Path recording = tempDir.resolve("congested.rec");
        TelemetrySimulator sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri()).withRunId("net")
                .withRate(1_000).withMaxEvents(EVENTS).withNetwork(LinkProfile.named("congested")).withRecordFile(recording));
        assertThat(sim.awaitDone(Duration.ofSeconds(60))).isTrue();
        pipeline.stopSimulator();
        NetworkStats network = sim.networkStats();
        assertThat(network.lost()).as("the congested profile loses messages").isPositive();
        assertThat(network.duplicated()).as("and duplicates some").isPositive();
        long unique = Reconciliation.uniquePublished(sim.published(), network);
        assertThat(unique).isEqualTo(EVENTS - network.lost());

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            PipelineSnapshot s = pipeline.status().snapshot();
            assertThat(s.twinEvents()).isEqualTo(unique);
            assertThat(s.duplicatesDropped()).isEqualTo(network.duplicated());
        });

        ReplayResult replay = Replayer.replay(recording, pipeline.broker().uri(), 0);
        assertThat(replay.published()).as("the recording holds exactly what was published").isEqualTo(sim.published());
        assertThat(replay.acknowledged()).isEqualTo(replay.published());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            PipelineSnapshot s = pipeline.status().snapshot();
            assertThat(s.duplicatesDropped()).isEqualTo(network.duplicated() + replay.published());
            assertThat(s.twinEvents()).as("a replay changes no twin").isEqualTo(unique);
        });
    }
}
