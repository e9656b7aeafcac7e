package io.shiptwin.app.embedded;

/**
 * Entry point of the embedded Kafka broker's own JVM: runs {@code kafka.Kafka} and exits when the
 * ShipTwin process that started it is gone, so no orphan broker keeps the port after a crash.
 */
public final class KafkaChildMain {
    private KafkaChildMain() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(System.getProperty("shiptwin.parent.pid", "-1"));
        if (parentPid > 0) {
            ProcessHandle.of(parentPid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)),
                    () -> System.exit(0));
        }
        kafka.Kafka.main(args);
    }
}
