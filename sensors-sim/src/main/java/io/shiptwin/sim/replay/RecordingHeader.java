package io.shiptwin.sim.replay;

import java.nio.charset.StandardCharsets;

/**
 * The header of a recording.
 *
 * @param version          format version ({@link RecordingFormat#VERSION})
 * @param startedAtEpochMs wall-clock start of the recording, for people reading it
 * @param metadata         free text about the run (run id, seed, network profile, pacing)
 */
public record RecordingHeader(int version, long startedAtEpochMs, String metadata) {

    public RecordingHeader {
        if (metadata == null) {
            metadata = "";
        }
        if (metadata.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new IllegalArgumentException("recording.metadata: at most 65535 UTF-8 bytes");
        }
    }

    public static RecordingHeader of(long startedAtEpochMs, String metadata) {
        return new RecordingHeader(RecordingFormat.VERSION, startedAtEpochMs, metadata);
    }
}
