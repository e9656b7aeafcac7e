package io.shiptwin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShipTwinCliTest {
    @TempDir
    Path runDir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "broker", "kafka", "sim", "bridge", "jobs", "dashboard", "scenario", "scenario run",
            "scenario compare", "scenario validate", "scenario list", "replay", "bench", "bench pipeline", "bench des"})
    void everyCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setOut(new PrintWriter(out));
        String[] args = (command + " --help").split(" ");
        int code = cli.execute(args);
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: shiptwin " + command).contains("--help");
    }

    @Test
    void benchPipelineNamesTheEntryPointsWhenGivenAnother() {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("bench", "pipeline", "--entry", "opc-ua");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--entry").contains("'opc-ua': expected mqtt or kafka");
    }

    @Test
    void aCheckpointIntervalBelowFlinksMinimumIsRefusedBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("demo", "--checkpoint-interval", "5ms", "--run-dir", runDir.toString())).isNotZero();
        assertThat(err.toString()).contains("--checkpoint-interval: must be at least 10ms, got PT0.005S");

        StringWriter err2 = new StringWriter();
        cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err2));
        assertThat(cli.execute("jobs", "--checkpoint-interval", "soon")).isNotZero();
        assertThat(err2.toString()).contains("'soon' is not a duration");
    }

    @Test
    void gatewayBatchingIsRefusedWhereItCannotApplyOrIsOutOfRange() {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("bench", "pipeline", "--entry", "kafka", "--gateway-batch", "20")).isNotZero();
        assertThat(err.toString()).contains("--gateway-batch 20 needs --entry mqtt");

        StringWriter err2 = new StringWriter();
        cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err2));
        assertThat(cli.execute("demo", "--gateway-batch", "0", "--run-dir", runDir.toString())).isNotZero();
        assertThat(err2.toString()).contains("gateway batch: readings per message must be 1..1000, got 0");

        StringWriter err3 = new StringWriter();
        cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err3));
        assertThat(cli.execute("demo", "--gateway-batch", "20", "--gateway-scope", "yard", "--run-dir", runDir.toString()))
                .isNotZero();
        assertThat(err3.toString()).contains("gateway scope: must be machine or area, got 'yard'");
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("demo", "broker", "kafka", "sim", "bridge", "jobs", "dashboard", "scenario", "replay", "bench");
    }

    @Test
    void aPortInUseIsOneLineNamingThePortAndTheFlag() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            StringWriter err = new StringWriter();
            CommandLine cli = ShipTwinCli.commandLine();
            cli.setErr(new PrintWriter(err));
            int code = cli.execute("demo", "--mqtt-port", Integer.toString(port), "--run-dir", runDir.toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip())
                    .isEqualTo("shiptwin: port " + port + " is already in use (MQTT broker); choose another with --mqtt-port");
        }
    }

    @Test
    void aBadDurationIsRejectedWithAnExample() {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("demo", "--duration", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration; write e.g. 60s, 5m, 2h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"60s", "PT1M", "1m"})
    void durationsAreReadTheWayPeopleWriteThem(String text) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void millisecondsHoursAndDaysToo() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(c.convert("3d")).isEqualTo(Duration.ofDays(3));
    }
}
