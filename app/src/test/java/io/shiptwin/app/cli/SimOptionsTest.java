package io.shiptwin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.sim.pacing.Pacing;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimOptionsTest {

    private static SimOptions parse(String... args) {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs(args);
        return demo.simOptions;
    }

    @Test
    void speedIsAnotherNameForPacing() {
        assertThat(parse("--speed", "max").pacing()).isEqualTo(Pacing.AS_FAST_AS_POSSIBLE);
        assertThat(parse("--speed", "60x").pacing()).isEqualTo(Pacing.speed(60));
        assertThat(parse("--speed", "60").pacing()).isEqualTo(Pacing.speed(60));
        assertThat(parse("--pacing", "realtime").pacing()).isEqualTo(Pacing.REAL_TIME);
        assertThat(parse().pacing()).as("default").isEqualTo(Pacing.RATE);
        assertThat(parse("--speed", "max", "--pacing", "max").pacing()).as("both, agreeing").isEqualTo(Pacing.AS_FAST_AS_POSSIBLE);
    }

    @Test
    void speedAndPacingThatDisagreeAreRejected() {
        assertThatThrownBy(() -> parse("--speed", "max", "--pacing", "60x").pacing())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--speed max and --pacing 60x disagree: --speed is another name for --pacing, give one of them");
    }

    @Test
    void theCliSaysSoInOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = ShipTwinCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("sim", "--speed", "max", "--pacing", "realtime", "--events", "1");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--speed max and --pacing realtime disagree");
    }
}
