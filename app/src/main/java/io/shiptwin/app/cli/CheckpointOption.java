package io.shiptwin.app.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --checkpoint-interval}, for every command that runs the Flink twin job (demo, jobs, bench pipeline). */
public final class CheckpointOption {
    @Option(names = "--checkpoint-interval", defaultValue = "2s", converter = DurationConverter.class,
            description = {"How often the Flink job checkpoints: what a restore replays at most, and how often the lag",
                    "reading moves (docs/performance.md). Default: ${DEFAULT-VALUE}."})
    Duration interval;
}
