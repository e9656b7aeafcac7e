package io.shiptwin.app.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --checkpoint-interval}, for every command that runs the Flink twin job (demo, jobs, bench pipeline). */
public final class CheckpointOption {
    /** Spelt out because an annotation takes only constants; {@code CheckpointOptionTest} holds it to the job's default. */
    static final String DEFAULT = "10s";

    @Option(names = "--checkpoint-interval", defaultValue = DEFAULT, converter = DurationConverter.class,
            description = {"How often the Flink job checkpoints: what a restore after a failure replays at most; shorter",
                    "costs latency at the checkpoints (docs/performance.md). Default: ${DEFAULT-VALUE}."})
    Duration interval;
}
