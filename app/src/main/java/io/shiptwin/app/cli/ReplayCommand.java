package io.shiptwin.app.cli;

import io.shiptwin.sim.replay.ReplayResult;
import io.shiptwin.sim.replay.Replayer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publishes a recording (made with `sim --record FILE`) again, message for message,",
                "with the original spacing or --speed times faster (0 = as fast as possible)."})
public final class ReplayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;
    @Option(names = "--mqtt", defaultValue = "${env:SHIPTWIN_MQTT:-tcp://127.0.0.1:1883}", description = "MQTT broker URI (default: ${DEFAULT-VALUE}; env SHIPTWIN_MQTT).")
    String mqtt;
    @Option(names = "--speed", defaultValue = "1", description = "1 = original spacing, 10 = ten times faster, 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override
    public Integer call() throws Exception {
        ReplayResult r = Replayer.replay(file, mqtt, speed);
        System.out.printf("  replayed %d messages (%d acknowledged by the broker) in %s%n", r.published(), r.acknowledged(), r.wallTime());
        r.warning().ifPresent(w -> System.out.println("  warning: " + w));
        return r.acknowledged() == r.published() ? 0 : 1;
    }
}
