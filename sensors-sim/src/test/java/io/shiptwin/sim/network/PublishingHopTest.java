package io.shiptwin.sim.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.sim.pacing.FakeWallClock;
import io.shiptwin.sim.pacing.Pacer;
import io.shiptwin.sim.replay.RecordedMessage;
import io.shiptwin.sim.replay.RecordingHeader;
import io.shiptwin.sim.replay.RecordingReader;
import io.shiptwin.sim.replay.RecordingWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishingHopTest {
    private static final long SIM_T0 = 1_772_409_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final List<String> published = new ArrayList<>();

    private void publish(String topic, byte[] payload) {
        published.add(topic + " " + new String(payload, StandardCharsets.UTF_8));
    }

    @Test
    void withoutANetworkEveryMessageIsPublishedAtOnceInOrder() throws Exception {
        FakeWallClock clock = new FakeWallClock(0);
        PublishingHop hop = new PublishingHop(this::publish, null, null, null, clock);
        for (int i = 0; i < 100; i++) {
            hop.offer(SIM_T0 + i * SECOND, "t", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
            assertThat(hop.delivered()).isEqualTo(i + 1);
        }
        assertThat(published).hasSize(100).first().isEqualTo("t 0");
        assertThat(published).last().isEqualTo("t 99");
        assertThat(hop.networkStats()).isEqualTo(NetworkStats.none());
    }

    @Test
    void aCongestedNetworkPublishesSentMinusLostPlusDuplicatedAndTheRecordingHoldsExactlyThat() throws Exception {
        Path file = dir.resolve("run.rec");
        NetworkStage<PublishingHop.Outgoing> stage = new NetworkStage<>(LinkProfile.CONGESTED, new SplittableRandom(1));
        NetworkStats stats;
        try (RecordingWriter recorder = RecordingWriter.create(file, RecordingHeader.of(0, "test"))) {
            PublishingHop hop = new PublishingHop(this::publish, stage, null, recorder, new FakeWallClock(0));
            for (int i = 0; i < 20_000; i++) {
                hop.offer(SIM_T0 + i * SECOND / 100, "t", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
            }
            hop.drain(true);
            stats = hop.networkStats();
        }

        assertThat(stats.lost()).isPositive();
        assertThat(stats.duplicated()).isPositive();
        assertThat(stats.reordered()).isPositive();
        assertThat(published).hasSize((int) (20_000 - stats.lost() + stats.duplicated()));
        List<RecordedMessage> recorded = RecordingReader.readAll(file);
        assertThat(recorded).extracting(m -> m.topic() + " " + new String(m.payload(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(published);
        assertThat(recorded).extracting(RecordedMessage::simTimeNanos).isSorted();
    }

    @Test
    void withAPacerEachDeliveryWaitsForItsArrivalTimeOnTheWallClock() throws Exception {
        FakeWallClock clock = new FakeWallClock(0);
        LinkProfile fixedLatency = new LinkProfile("fixed", 200, 0, 0, 0, 0);
        NetworkStage<PublishingHop.Outgoing> stage = new NetworkStage<>(fixedLatency, new SplittableRandom(2));
        List<Long> publishedAt = new ArrayList<>();
        PublishingHop hop = new PublishingHop((t, p) -> publishedAt.add(clock.nanoTime()), stage, new Pacer(1, clock), null, clock);

        for (int i = 0; i < 5; i++) {
            hop.offer(SIM_T0 + i * SECOND, "t", new byte[0]);
        }
        hop.drain(true);

        // The pacer anchors at the first arrival (T0 + 200 ms): arrivals are one second apart.
        assertThat(publishedAt).containsExactly(0L, SECOND, 2 * SECOND, 3 * SECOND, 4 * SECOND);
    }

    @Test
    void drainingWhenStoppedPublishesWhatIsInFlightWithoutWaiting() throws Exception {
        FakeWallClock clock = new FakeWallClock(0);
        NetworkStage<PublishingHop.Outgoing> stage = new NetworkStage<>(LinkProfile.WIFI.withLossProbability(0), new SplittableRandom(3));
        PublishingHop hop = new PublishingHop(this::publish, stage, new Pacer(1, clock), null, clock);
        for (int i = 0; i < 10; i++) {
            hop.offer(SIM_T0, "t", new byte[0]);
        }
        hop.drain(false);

        assertThat(published.size()).isGreaterThanOrEqualTo(10);
        assertThat(clock.parks()).isEmpty();
    }
}
