package io.shiptwin.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker + controller), run as a child JVM from the
 * {@code kafka_2.13} artifact on our classpath. A child JVM keeps Kafka's heap and GC apart from
 * Flink's and lets tests stop and restart the broker like a real outage. Storage is formatted on
 * first start under {@code dataDir}; restarts reuse it.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /** Extra JVM options for the child broker, after ShipTwin's own (so they win): e.g. {@code -Xlog:gc:file=kafka-gc.log}. */
    public static final String JAVA_OPTS_ENV = "SHIPTWIN_KAFKA_JAVA_OPTS";

    private final String host;
    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final String heap;
    private Process process;

    public EmbeddedKafka(String host, int port, int controllerPort, Path dir, String heap) {
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir.toAbsolutePath();
        this.heap = heap;
    }

    public String bootstrap() {
        return host + ":" + port;
    }

    public EmbeddedKafka start() {
        Ports.requireFree(host, port, "Kafka broker", "--kafka-port");
        Ports.requireFree(host, controllerPort, "Kafka controller", "--kafka-controller-port");
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Path config = writeConfig();
            if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
                format(config);
            }
            process = launch(List.of(KafkaChildMain.class.getName(), config.toString()), dir.resolve("kafka.log"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dir, e);
        }
        awaitReady();
        LOG.info("Kafka broker (KRaft) ready on {} in {} ms, pid {}", bootstrap(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), process.pid());
        return this;
    }

    private Path writeConfig() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", host + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve("data").toString());
        p.setProperty("num.partitions", "2");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        Path file = dir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "written by ShipTwin's embedded Kafka; edits are overwritten at start");
        }
        Path log4j = dir.resolve("log4j2.properties");
        Files.writeString(log4j, """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{ISO8601} %-5p [kafka] %c{1}: %m%n
                rootLogger.level = warn
                rootLogger.appenderRef.console.ref = console
                logger.server.name = kafka.server.KafkaRaftServer
                logger.server.level = info
                """);
        return file;
    }

    private void format(Path config) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        Process f = launch(List.of("kafka.tools.StorageTool", "format", "--config", config.toString(),
                "--cluster-id", clusterId, "--standalone"), dir.resolve("format.log"), false);
        try {
            if (!f.waitFor(60, TimeUnit.SECONDS) || f.exitValue() != 0) {
                f.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed; see " + dir.resolve("format.log") + ":\n"
                        + tail(dir.resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
        LOG.info("formatted Kafka storage in {} (cluster id {})", dir.resolve("data"), clusterId);
    }

    /**
     * {@code setsid}, where there is one (util-linux): Ctrl-C in a terminal sends SIGINT to the whole foreground
     * process group, and a broker in ShipTwin's group would stop at once while ShipTwin still drains the pipeline
     * through it (the last records then never reach the twin). In its own session only ShipTwin stops it, after the
     * drain ({@link #close()}), or its parent watch does if ShipTwin dies.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private Process launch(List<String> mainAndArgs, Path log, boolean broker) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (broker && Files.isExecutable(SETSID)) {
            cmd.add(SETSID.toString()); // execs java in place (the child is no group leader): same pid
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(memoryOptions(heap, System.getenv(JAVA_OPTS_ENV)));
        cmd.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"));
        cmd.add("-Dkafka.logs.dir=" + dir.resolve("logs"));
        cmd.add("-Dshiptwin.parent.pid=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        LOG.debug("launching {}", broker ? "Kafka broker" : "Kafka storage tool");
        return pb.start();
    }

    /**
     * The broker JVM's heap and collector, then the operator's {@code extra} options (blank: none), which win. The heap
     * is reserved at its size with a small fixed young generation: started at 64 MB, the old generation filled once
     * at about 180 MB (mostly live) and grew in a full collection of 85-157 ms, which stalled the MQTT hop through
     * the bridge's acknowledgements (docs/performance.md, ninth round). Pages never touched are not resident.
     */
    static List<String> memoryOptions(String heap, String extra) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-Xms" + heap, "-Xmn24m", "-XX:+UseSerialGC"));
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    private void awaitReady() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(p)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with code " + process.exitValue() + "; last lines of "
                            + dir.resolve("kafka.log") + ":\n" + tail(dir.resolve("kafka.log")));
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new IllegalStateException("Kafka broker not ready on " + bootstrap() + " after " + READY_TIMEOUT.toSeconds()
                                + " s; see " + dir.resolve("kafka.log"));
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Process id of the broker's JVM, or -1. */
    public long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Stops the broker the way an operator would (SIGTERM, controlled shutdown); forcibly after 30 s. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("Kafka broker did not stop within 30 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
        LOG.info("Kafka broker on {} stopped", bootstrap());
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
