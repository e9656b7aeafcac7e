package io.shiptwin.app.cli;

import io.shiptwin.app.embedded.EmbeddedKafka;
import io.shiptwin.streams.kafka.YardTopics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Runs only the embedded single-node Kafka broker (KRaft, child JVM) and creates the yard topics, until Ctrl-C.")
public final class KafkaCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Option(names = "--kafka-port", defaultValue = "9092", description = "Broker port (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--kafka-controller-port", defaultValue = "9093", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort;
    @Option(names = "--kafka-heap", defaultValue = "512m", description = "Broker heap (default: ${DEFAULT-VALUE}).")
    String heap;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafka kafka = new EmbeddedKafka(common.host, port, controllerPort, common.runDir.resolve("kafka"), heap).start();
        YardTopics.ensure(kafka.bootstrap(), 2, (short) 1);
        System.out.println("  Kafka broker on " + kafka.bootstrap());
        CommonOptions.runUntilInterrupted(kafka);
        return 0;
    }
}
