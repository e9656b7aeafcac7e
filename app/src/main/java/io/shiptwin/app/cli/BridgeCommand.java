package io.shiptwin.app.cli;

import io.shiptwin.streams.bridge.BridgeConfig;
import io.shiptwin.streams.bridge.MqttKafkaBridge;
import io.shiptwin.streams.kafka.YardTopics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bridge", mixinStandardHelpOptions = true,
        description = "Runs only the MQTT -> Kafka bridge (persistent session, QoS 1, ack after Kafka ack) until Ctrl-C.")
public final class BridgeCommand implements Callable<Integer> {
    @Option(names = "--mqtt", defaultValue = "${env:SHIPTWIN_MQTT:-tcp://127.0.0.1:1883}", description = "MQTT broker URI (default: ${DEFAULT-VALUE}; env SHIPTWIN_MQTT).")
    String mqtt;
    @Option(names = "--kafka", defaultValue = "${env:SHIPTWIN_KAFKA:-127.0.0.1:9092}", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env SHIPTWIN_KAFKA).")
    String kafka;

    @Override
    public Integer call() throws Exception {
        YardTopics.ensure(kafka, 2, (short) 1);
        MqttKafkaBridge bridge = new MqttKafkaBridge(BridgeConfig.defaults(mqtt, kafka)).start();
        CommonOptions.runUntilInterrupted(bridge);
        return 0;
    }
}
