package io.shiptwin.app.cli;

import io.shiptwin.app.embedded.EmbeddedMqttBroker;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs only the embedded MQTT broker (Moquette, MQTT 3.1.1/5, persistent sessions) until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Option(names = "--mqtt-port", defaultValue = "1883", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(common.host, port, common.runDir.resolve("mqtt")).start();
        System.out.println("  MQTT broker on " + broker.uri());
        CommonOptions.runUntilInterrupted(broker);
        return 0;
    }
}
