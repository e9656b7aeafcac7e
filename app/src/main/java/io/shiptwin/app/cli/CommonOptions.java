package io.shiptwin.app.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/** Options every service command shares, and the wait for Ctrl-C. */
public final class CommonOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address services bind to (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--api-token", defaultValue = "${env:SHIPTWIN_API_TOKEN:-}",
            description = "Token the dashboard asks for (Authorization: Bearer) on requests that change something when --host is not "
                    + "loopback; at least 16 characters (env SHIPTWIN_API_TOKEN).")
    String apiToken;

    @Option(names = "--run-dir", defaultValue = "run", description = "Directory for broker, Kafka, checkpoint and H2 data (default: ${DEFAULT-VALUE}).")
    Path runDir;

    /** Blocks until Ctrl-C, then runs {@code stop} before the JVM exits. */
    static void runUntilInterrupted(AutoCloseable stop) throws InterruptedException {
        CountDownLatch signal = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signal.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shiptwin-shutdown"));
        System.out.println("  Press Ctrl-C to stop.");
        signal.await();
        try {
            stop.close();
        } catch (Exception e) {
            System.err.println("shiptwin: while stopping: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
