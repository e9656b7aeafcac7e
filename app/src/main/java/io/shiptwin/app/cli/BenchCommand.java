package io.shiptwin.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shiptwin.app.bench.BenchEntry;
import io.shiptwin.app.bench.LatencySeconds;
import io.shiptwin.app.bench.PipelineBench;
import io.shiptwin.sim.GatewayBatching;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures and save them to a file.",
        subcommands = {BenchCommand.Des.class, BenchCommand.Pipeline.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "des", mixinStandardHelpOptions = true,
            description = {"The discrete-event engine: events/s single-threaded on synthetic models, and the wall time",
                    "and events of one simulated year of a yard scenario."})
    static final class Des implements Callable<Integer> {
        @Option(names = "--events", defaultValue = "5000000", description = "Events per measured round (default: ${DEFAULT-VALUE}).")
        long events;
        @Option(names = "--scenario", defaultValue = "baseline", description = "Yard scenario for the yard-year figure (default: ${DEFAULT-VALUE}).")
        String scenario;
        @Option(names = "--out", defaultValue = "bench-results/des.json", description = "Where to save the figures (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            io.shiptwin.sim.bench.DesBench.run(out, System.out, events, scenario);
            return 0;
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = {"The whole data path on the embedded components: events/s from MQTT publish to twin update",
                    "with none lost, then publish-to-twin latency (p50/p99) at a steady rate."})
    static final class Pipeline implements Callable<Integer> {
        @Option(names = "--events", defaultValue = "3000000",
                description = {"Events in the throughput phase (default: ${DEFAULT-VALUE}). A fresh JVM compiles for about two minutes:",
                        "with fewer, the sustained rate measures mostly that warm-up."})
        long events;
        @Option(names = "--rate", defaultValue = "5000", description = "Events/s in the latency phase (default: ${DEFAULT-VALUE}).")
        double rate;
        @Option(names = "--duration", defaultValue = "60s",
                description = {"Measured length of the latency phase (default: ${DEFAULT-VALUE}: six checkpoints at the default",
                        "interval, where 20 s held two and one bad checkpoint second could decide the p99)."})
        Duration duration;
        @Option(names = "--warmup", defaultValue = "20s",
                description = "Latency phase: how long to publish at the rate before measuring (default: ${DEFAULT-VALUE}).")
        Duration warmup;
        @Option(names = "--out", defaultValue = "bench-results/pipeline.json", description = "Where to save the figures (default: ${DEFAULT-VALUE}).")
        Path out;
        @Option(names = "--entry", defaultValue = "mqtt", converter = EntryConverter.class,
                description = {"Where events go in: mqtt (the whole path, as the sensors publish) or kafka (straight into",
                        "yard.telemetry.raw as the bridge writes them: the Kafka-to-twin part alone). Default: ${DEFAULT-VALUE}."})
        BenchEntry.Point entry;
        @Option(names = "--gateway-batch", defaultValue = "1",
                description = {"With --entry mqtt: the sensors' gateways send up to N readings of a topic in one MQTT message",
                        "(1..1000); 1 = one reading per message. Default: ${DEFAULT-VALUE}."})
        int gatewayBatch;
        @Option(names = "--gateway-linger", defaultValue = "5ms", converter = DurationConverter.class,
                description = "With --gateway-batch > 1: the longest a reading waits for its batch (default: ${DEFAULT-VALUE}).")
        Duration gatewayLinger;
        @Mixin
        CheckpointOption checkpoint;
        @Option(names = "--gateway-scope", defaultValue = "machine",
                description = "With --gateway-batch > 1: machine = a gateway per sensor's topic, area = a gateway per area "
                        + "batching all its sensors (default: ${DEFAULT-VALUE}).")
        String gatewayScope;

        @Override
        public Integer call() throws Exception {
            GatewayBatching gateway = GatewayBatching.of(gatewayBatch, gatewayLinger.toMillis())
                    .withScope(GatewayBatching.Scope.parse(gatewayScope));
            if (entry == BenchEntry.Point.KAFKA && gateway.batches()) {
                throw new IllegalArgumentException("--gateway-batch " + gatewayBatch
                        + " needs --entry mqtt: gateways batch before the bridge, the kafka entry starts behind it");
            }
            Path runDir = Files.createTempDirectory("shiptwin-bench");
            PipelineBench.Result r = PipelineBench.run(runDir, entry, gateway, checkpoint.interval, events, rate, warmup, duration);
            System.out.printf("%n  ShipTwin pipeline bench (%d cores), events in at %s, gateway batching: %s, checkpoints every %s%n",
                    r.cores(), r.entry(), gateway, checkpoint.interval);
            System.out.printf("  throughput   %,d events in %.1f s = %,.0f events/s end to end, lost %d%n",
                    r.throughputEvents(), r.throughputSeconds(), r.eventsPerSecond(), r.lost());
            System.out.printf("  sustained    %,.0f events/s into the twin over the second half of the publishing (published at %,.0f events/s)%n",
                    r.twinEventsPerSecondWhilePublishing(), r.publishedEventsPerSecond());
            System.out.printf("  cpu          %.0f microseconds per event over the throughput phase (ShipTwin %.0f, Kafka %.0f): %.2f of %d cores busy%n",
                    r.cpuMicrosPerEvent(), r.shiptwinCpuMicrosPerEvent(), r.kafkaCpuMicrosPerEvent(), r.coresBusy(), r.cores());
            System.out.printf("  latency      at %,.0f events/s over %,d events after %.0f s of warm-up: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    r.latencyRate(), r.latencyEvents(), r.latencyWarmupSeconds(), r.latencyP50Ms(), r.latencyP99Ms(), r.latencyMaxMs());
            System.out.printf("  hops         %s%n", r.latencyHops().describe());
            System.out.printf("  by second    %s%n", LatencySeconds.describe(r.latencyHops().bySecond()));
            System.out.printf("  heap         ShipTwin allocated %.1f KB per event in the throughput phase, %.1f KB in the measured latency phase,"
                    + " with %d young collections (%.1f ms each on average) and %d full ones (%d ms)%n",
                    r.allocatedKilobytesPerEvent(), r.latencyAllocatedKilobytesPerEvent(), r.latencyYoungCollections(),
                    r.latencyYoungPauseMeanMs(), r.latencyFullCollections(), r.latencyFullPauseMs());
            System.out.printf("  memory       ShipTwin %d MB + Kafka %d MB%n", r.rssMegabytes(), r.kafkaRssMegabytes());
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), r);
            System.out.println("  saved to " + out.toAbsolutePath());
            DemoCommand.deleteRecursively(runDir);
            return r.lost() == 0 ? 0 : 1;
        }
    }

    /** {@code mqtt} or {@code kafka}, any case; anything else names the choices. */
    static final class EntryConverter implements CommandLine.ITypeConverter<BenchEntry.Point> {
        @Override
        public BenchEntry.Point convert(String value) {
            try {
                return BenchEntry.Point.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': expected mqtt or kafka");
            }
        }
    }
}
