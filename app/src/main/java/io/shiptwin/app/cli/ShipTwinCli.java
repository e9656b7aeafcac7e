package io.shiptwin.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./shiptwin}: one command per part of the data path, and {@code demo} for all of them. */
@Command(name = "shiptwin", mixinStandardHelpOptions = true, version = "ShipTwin 0.1.0",
        description = "Event-driven digital twin of a shipyard: simulator -> MQTT -> Kafka -> Flink -> twin -> dashboard.",
        subcommands = {DemoCommand.class, BrokerCommand.class, KafkaCommand.class, SimCommand.class, BridgeCommand.class,
                JobsCommand.class, DashboardCommand.class, ScenarioCommand.class, ReplayCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class ShipTwinCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ShipTwinCli());
        cli.registerConverter(java.time.Duration.class, new DurationConverter());
        // Operator errors (a port in use, a bad flag value) are one line, not a stack trace.
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("shiptwin: " + rootMessage(e));
            return 2;
        });
        return cli;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
