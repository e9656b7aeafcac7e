package io.shiptwin.sim.replay;

import java.time.Duration;
import java.util.Optional;

/**
 * What a replay did.
 *
 * @param published    messages handed to the publisher
 * @param acknowledged messages the broker acknowledged, or -1 when the publisher does not say
 * @param warning      why the end of the recording was ignored, if it was
 * @param wallTime     how long the replay took
 */
public record ReplayResult(long published, long acknowledged, Optional<String> warning, Duration wallTime) {

    public boolean truncated() {
        return warning.isPresent();
    }
}
