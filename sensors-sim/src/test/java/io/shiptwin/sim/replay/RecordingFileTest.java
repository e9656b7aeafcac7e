package io.shiptwin.sim.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFileTest {
    private static final long SIM_T0 = 1_772_409_600_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void roundTripGivesBackEveryMessageByteForByte() throws IOException {
        List<RecordedMessage> messages = messages(2_000, 1);
        Path file = write(dir.resolve("a.rec"), messages);

        RecordingReader reader = RecordingReader.open(file);
        List<RecordedMessage> read = new ArrayList<>();
        for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
            read.add(m);
        }
        reader.close();

        assertThat(read).containsExactlyElementsOf(messages);
        assertThat(reader.truncated()).isFalse();
        assertThat(reader.warning()).isEmpty();
    }

    @Test
    void rewritingWhatWasReadGivesAnIdenticalFile() throws IOException {
        Path first = write(dir.resolve("a.rec"), messages(500, 2));
        Path second = write(dir.resolve("b.rec"), RecordingReader.readAll(first));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void headerCarriesTheFormatVersionAndTheRunsMetadata() throws IOException {
        Path file = dir.resolve("h.rec");
        try (RecordingWriter w = RecordingWriter.create(file, RecordingHeader.of(1234L, "runId=r1; seed=42; network=wifi"))) {
            w.append("t", new byte[] {1}, 1, 2);
        }
        try (RecordingReader r = RecordingReader.open(file)) {
            assertThat(r.header()).isEqualTo(new RecordingHeader(1, 1234L, "runId=r1; seed=42; network=wifi"));
        }
        assertThat(Arrays.copyOf(Files.readAllBytes(file), 8)).isEqualTo("STWINREC".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aFileCutAnywhereInsideItsLastRecordGivesEveryEarlierRecordAndAWarning() throws IOException {
        List<RecordedMessage> messages = messages(20, 3);
        Path full = write(dir.resolve("full.rec"), messages);
        byte[] bytes = Files.readAllBytes(full);
        int lastRecordLength = 4 + RecordingFormat.BODY_FIXED_BYTES + messages.get(19).topic().length()
                + messages.get(19).payload().length + 4;
        int lastRecordStart = bytes.length - lastRecordLength;

        for (int cut = lastRecordStart + 1; cut < bytes.length; cut++) {
            Path file = dir.resolve("cut-" + cut + ".rec");
            Files.write(file, Arrays.copyOf(bytes, cut));
            try (RecordingReader reader = RecordingReader.open(file)) {
                List<RecordedMessage> read = new ArrayList<>();
                for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
                    read.add(m);
                }
                assertThat(read).as("cut at %d", cut).containsExactlyElementsOf(messages.subList(0, 19));
                assertThat(reader.warning()).as("cut at %d", cut).hasValueSatisfying(w -> assertThat(w)
                        .contains("ignored an incomplete last record at byte " + lastRecordStart)
                        .contains("cut short by a crash")
                        .contains("19 complete records"));
            }
        }
    }

    @Test
    void aRecordingCutOffMidWriteByACrashReadsAsAValidPrefix() throws IOException {
        List<RecordedMessage> messages = messages(2_000, 8);
        Path file = dir.resolve("crash.rec");
        RecordingWriter writer = RecordingWriter.create(file, RecordingHeader.of(0, "test"));
        for (RecordedMessage m : messages) {
            writer.append(m);
        }
        // No flush, no close: what reached the file is whatever full buffers were written, cut anywhere.

        List<RecordedMessage> read = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(file)) {
            for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
                read.add(m);
            }
            assertThat(read).isNotEmpty().hasSizeLessThan(2_000);
            assertThat(read).containsExactlyElementsOf(messages.subList(0, read.size()));
            assertThat(reader.warning()).isPresent();
        }
        writer.close();
    }

    @Test
    void aWriterOnAnInterruptedThreadStillCompletesTheFile() throws IOException {
        List<RecordedMessage> messages = messages(300, 9);
        Path file = dir.resolve("interrupted.rec");
        Thread.currentThread().interrupt();
        try {
            write(file, messages);
        } finally {
            Thread.interrupted();
        }

        assertThat(RecordingReader.readAll(file)).containsExactlyElementsOf(messages);
    }

    @Test
    void aTornLastRecordWithABadChecksumIsIgnoredWithAWarning() throws IOException {
        List<RecordedMessage> messages = messages(5, 4);
        byte[] bytes = Files.readAllBytes(write(dir.resolve("a.rec"), messages));
        bytes[bytes.length - 6] ^= 0x5a; // inside the last payload
        Path torn = Files.write(dir.resolve("torn.rec"), bytes);

        try (RecordingReader reader = RecordingReader.open(torn)) {
            assertThat(readRest(reader)).containsExactlyElementsOf(messages.subList(0, 4));
            assertThat(reader.warning()).hasValueSatisfying(w -> assertThat(w).contains("checksum does not match (torn write)"));
        }
    }

    @Test
    void aZeroFilledTailIsIgnoredWithAWarning() throws IOException {
        List<RecordedMessage> messages = messages(5, 5);
        byte[] bytes = Files.readAllBytes(write(dir.resolve("a.rec"), messages));
        Path padded = Files.write(dir.resolve("zeros.rec"), Arrays.copyOf(bytes, bytes.length + 4096));

        try (RecordingReader reader = RecordingReader.open(padded)) {
            assertThat(readRest(reader)).containsExactlyElementsOf(messages);
            assertThat(reader.warning()).hasValueSatisfying(w -> assertThat(w).contains("zero-filled"));
        }
    }

    @Test
    void aBadRecordWithMoreDataAfterItIsCorruptionNotTruncation() throws IOException {
        List<RecordedMessage> messages = messages(5, 6);
        Path file = write(dir.resolve("a.rec"), messages);
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = 8 + 2 + 2 + 8 + 2 + "test".length();
        bytes[headerLength + 4 + 20] ^= 0x01; // inside the first record's topic
        Path corrupt = Files.write(dir.resolve("corrupt.rec"), bytes);

        assertThatThrownBy(() -> RecordingReader.readAll(corrupt)).isInstanceOf(RecordingFormatException.class)
                .hasMessageContaining("corrupt record at byte " + headerLength + ": checksum mismatch");
    }

    @Test
    void aFileThatIsNotARecordingIsRejectedWithAClearMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello, this is not a recording");

        assertThatThrownBy(() -> RecordingReader.open(file)).isInstanceOf(RecordingFormatException.class)
                .hasMessageEndingWith("not a ShipTwin recording (no STWINREC header)");
    }

    @Test
    void aNewerFormatVersionIsRejectedNamingBothVersions() throws IOException {
        byte[] bytes = Files.readAllBytes(write(dir.resolve("a.rec"), messages(1, 7)));
        bytes[9] = 2;
        Path file = Files.write(dir.resolve("v2.rec"), bytes);

        assertThatThrownBy(() -> RecordingReader.open(file)).isInstanceOf(RecordingFormatException.class)
                .hasMessageEndingWith("format version 2 is not supported (this build reads version 1)");
    }

    @Test
    void anEmptyRecordingHasNoMessagesAndNoWarning() throws IOException {
        Path file = write(dir.resolve("empty.rec"), List.of());
        try (RecordingReader reader = RecordingReader.open(file)) {
            assertThat(reader.next()).isNull();
            assertThat(reader.truncated()).isFalse();
        }
    }

    static List<RecordedMessage> messages(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RecordedMessage> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] payload = new byte[random.nextInt(0, 600)];
            random.nextBytes(payload);
            list.add(new RecordedMessage("shipyard/wenchong/dock-1/crane/GC-0" + (i % 3) + "/telemetry", payload,
                    SIM_T0 + i * 1_000_000_000L, i * 16_666_667L));
        }
        return list;
    }

    static Path write(Path file, List<RecordedMessage> messages) throws IOException {
        try (RecordingWriter w = RecordingWriter.create(file, RecordingHeader.of(0, "test"))) {
            for (RecordedMessage m : messages) {
                w.append(m);
            }
        }
        return file;
    }

    private static List<RecordedMessage> readRest(RecordingReader reader) throws IOException {
        List<RecordedMessage> read = new ArrayList<>();
        for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
            read.add(m);
        }
        return read;
    }
}
