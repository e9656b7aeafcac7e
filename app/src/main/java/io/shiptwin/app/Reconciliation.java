package io.shiptwin.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shiptwin.dashboards.PipelineSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The end-of-run account of every message, hop by hop. Counts from Kafka and H2 are taken as the
 * difference between the end of the run and its start, so earlier runs in the same run directory
 * do not count. {@code lost} = published − (unique events in the twin + dead letters): on a healthy
 * run it is 0.
 */
public record Reconciliation(long published, long brokerReceived, long bridgeReceived, long bridgedToKafka,
                             long inKafka, long flinkProcessed, long deadLettered, long duplicatesDropped,
                             long twinEntities, long twinUpdates, long lost, boolean drained,
                             long startupMillis, long firstTwinUpdateMillis, long runMillis,
                             long rssMegabytes, long kafkaRssMegabytes) {

    public static Reconciliation of(long published, long brokerReceived, long bridgeReceived, long bridgedToKafka,
                                    PipelineSnapshot start, PipelineSnapshot end, boolean drained,
                                    long startupMillis, long firstTwinUpdateMillis, long runMillis, long rss, long kafkaRss) {
        long inKafka = end.telemetryRawInKafka() - start.telemetryRawInKafka();
        long dead = end.deadLettered() - start.deadLettered();
        long dups = end.duplicatesDropped() - start.duplicatesDropped();
        long twin = end.twinEvents() - start.twinEvents();
        long lost = Math.max(0, published - twin - dead);
        return new Reconciliation(published, brokerReceived, bridgeReceived, bridgedToKafka, inKafka, twin + dups + dead,
                dead, dups, end.twinEntities(), twin, lost, drained, startupMillis, firstTwinUpdateMillis, runMillis, rss, kafkaRss);
    }

    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("\n  ShipTwin reconciliation\n  ----------------------------------------\n");
        row(b, "published (acked by MQTT broker)", published);
        row(b, "received by MQTT broker", brokerReceived);
        row(b, "received by bridge", bridgeReceived);
        row(b, "bridged to Kafka (acks=all)", bridgedToKafka);
        row(b, "in Kafka yard.telemetry.raw", inKafka);
        row(b, "processed by Flink", flinkProcessed);
        row(b, "dead-lettered", deadLettered);
        row(b, "duplicates dropped", duplicatesDropped);
        row(b, "twin updates (unique events)", twinUpdates);
        row(b, "twin entities", twinEntities);
        row(b, "LOST", lost);
        b.append("  ----------------------------------------\n");
        b.append(String.format("  start-up %d ms, first twin update after %d ms, run %d ms%n", startupMillis, firstTwinUpdateMillis, runMillis));
        b.append(String.format("  RSS: ShipTwin %d MB + Kafka broker %d MB = %d MB%n", rssMegabytes, kafkaRssMegabytes,
                rssMegabytes + Math.max(0, kafkaRssMegabytes)));
        if (!drained) {
            b.append("  WARNING: the pipeline did not drain before the deadline; counts may still be in flight\n");
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, long value) {
        b.append(String.format("  %-36s %10d%n", name, value));
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
