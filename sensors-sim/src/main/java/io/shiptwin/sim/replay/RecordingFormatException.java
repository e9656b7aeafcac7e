package io.shiptwin.sim.replay;

import java.io.IOException;

/** A recording that cannot be read: not a recording, an unknown version, or corrupt before its end. */
public final class RecordingFormatException extends IOException {
    public RecordingFormatException(String message) {
        super(message);
    }
}
