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

    /** One command line run as the launcher runs it: its exit code and what it wrote to standard error. */
    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, err.toString());
    }

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
        Run r = run("bench", "pipeline", "--entry", "opc-ua");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--entry").contains("'opc-ua': expected mqtt or kafka");
    }

    @Test
    void aCheckpointIntervalBelowFlinksMinimumIsRefusedBeforeAnythingStarts() {
        Run tooShort = run("demo", "--checkpoint-interval", "5ms", "--run-dir", runDir.toString());
        assertThat(tooShort.code()).isNotZero();
        assertThat(tooShort.err()).contains("--checkpoint-interval: must be at least 10ms, got PT0.005S");

        Run notADuration = run("jobs", "--checkpoint-interval", "soon");
        assertThat(notADuration.code()).isNotZero();
        assertThat(notADuration.err()).contains("'soon' is not a duration");
    }

    @Test
    void gatewayBatchingIsRefusedWhereItCannotApplyOrIsOutOfRange() {
        Run kafkaEntry = run("bench", "pipeline", "--entry", "kafka", "--gateway-batch", "20");
        assertThat(kafkaEntry.code()).isNotZero();
        assertThat(kafkaEntry.err()).contains("--gateway-batch 20 needs --entry mqtt");

        Run zero = run("demo", "--gateway-batch", "0", "--run-dir", runDir.toString());
        assertThat(zero.code()).isNotZero();
        assertThat(zero.err()).contains("gateway batch: readings per message must be 1..1000, got 0");

        Run yardScope = run("demo", "--gateway-batch", "20", "--gateway-scope", "yard", "--run-dir", runDir.toString());
        assertThat(yardScope.code()).isNotZero();
        assertThat(yardScope.err()).contains("gateway scope: must be machine or area, got 'yard'");
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
            Run r = run("demo", "--mqtt-port", Integer.toString(port), "--run-dir", runDir.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip())
                    .isEqualTo("shiptwin: port " + port + " is already in use (MQTT broker); choose another with --mqtt-port");
        }
    }

    @Test
    void aBadDurationIsRejectedWithAnExample() {
        Run r = run("demo", "--duration", "soon");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'soon' is not a duration; write e.g. 60s, 5m, 2h");
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
