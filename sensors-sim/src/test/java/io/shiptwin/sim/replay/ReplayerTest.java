package io.shiptwin.sim.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shiptwin.sim.pacing.FakeWallClock;
import io.shiptwin.sim.pacing.Pacer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayerTest {
    private static final long WALL_T0 = 1_000_000_000L;

    @TempDir
    Path dir;

    /** A publisher that remembers what it was given and when. */
    static final class FakePublisher implements Publisher {
        final List<RecordedMessage> published = new ArrayList<>();
        final FakeWallClock clock;

        FakePublisher(FakeWallClock clock) {
            this.clock = clock;
        }

        @Override
        public void publish(String topic, byte[] payload) {
            published.add(new RecordedMessage(topic, payload.clone(), 0, clock.nanoTime() - WALL_T0));
        }
    }

    @Test
    void republishesEveryMessageInOrderWithItsExactBytes() throws Exception {
        List<RecordedMessage> recorded = RecordingFileTest.messages(300, 1);
        Path file = RecordingFileTest.write(dir.resolve("a.rec"), recorded);
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        FakePublisher publisher = new FakePublisher(clock);

        ReplayResult result = new Replayer(publisher, Pacer.asFastAsPossible()).replay(file);

        assertThat(result.published()).isEqualTo(300);
        assertThat(result.truncated()).isFalse();
        assertThat(publisher.published).extracting(RecordedMessage::topic)
                .containsExactlyElementsOf(recorded.stream().map(RecordedMessage::topic).toList());
        for (int i = 0; i < recorded.size(); i++) {
            assertThat(publisher.published.get(i).payload()).as("payload %d", i).isEqualTo(recorded.get(i).payload());
        }
    }

    @Test
    void keepsTheOriginalWallClockSpacing() throws Exception {
        Path file = RecordingFileTest.write(dir.resolve("a.rec"), RecordingFileTest.messages(50, 2));
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        FakePublisher publisher = new FakePublisher(clock);

        new Replayer(publisher, new Pacer(1, clock)).replay(file);

        // The recording's messages are 16,666,667 ns apart (a 60 Hz run).
        assertThat(publisher.published).extracting(RecordedMessage::wallOffsetNanos)
                .containsExactlyElementsOf(offsets(50, 16_666_667L));
    }

    @Test
    void speedTenReplaysTenTimesFaster() throws Exception {
        Path file = RecordingFileTest.write(dir.resolve("a.rec"), RecordingFileTest.messages(50, 3));
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        FakePublisher publisher = new FakePublisher(clock);

        new Replayer(publisher, Replayer.pacerForSpeed(10, clock)).replay(file);

        assertThat(publisher.published.get(49).wallOffsetNanos()).isEqualTo(Math.round(49 * 16_666_667L / 10.0));
    }

    @Test
    void speedZeroReplaysAsFastAsPossible() throws Exception {
        Path file = RecordingFileTest.write(dir.resolve("a.rec"), RecordingFileTest.messages(50, 4));
        FakeWallClock clock = new FakeWallClock(WALL_T0);

        new Replayer(new FakePublisher(clock), Replayer.pacerForSpeed(0, clock)).replay(file);

        assertThat(clock.parks()).isEmpty();
    }

    @Test
    void simulatedTimingSpacesMessagesByTheirSimulatedTime() throws Exception {
        Path file = RecordingFileTest.write(dir.resolve("a.rec"), RecordingFileTest.messages(10, 5));
        FakeWallClock clock = new FakeWallClock(WALL_T0);
        FakePublisher publisher = new FakePublisher(clock);

        // The recording's messages are one simulated second apart; at 100x that is 10 ms.
        new Replayer(publisher, new Pacer(100, clock), Replayer.Timing.SIMULATED).replay(file);

        assertThat(publisher.published).extracting(RecordedMessage::wallOffsetNanos).containsExactlyElementsOf(offsets(10, 10_000_000L));
    }

    @Test
    void aTruncatedRecordingIsReplayedUpToItsLastCompleteRecordWithTheWarning() throws Exception {
        Path full = RecordingFileTest.write(dir.resolve("a.rec"), RecordingFileTest.messages(10, 6));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.rec"), Arrays.copyOf(bytes, bytes.length - 3));
        FakePublisher publisher = new FakePublisher(new FakeWallClock(WALL_T0));

        ReplayResult result = new Replayer(publisher, Pacer.asFastAsPossible()).replay(cut);

        assertThat(result.published()).isEqualTo(9);
        assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w).contains("ignored an incomplete last record"));
    }

    @Test
    void rejectsANegativeSpeedNamingTheOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> Replayer.pacerForSpeed(-1, new FakeWallClock(0)))
                .withMessage("replay.speed: must be >= 0 (0 = as fast as possible), got -1.0");
    }

    private static List<Long> offsets(int n, long step) {
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i * step);
        }
        return list;
    }
}
