package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.shiptwin.sim.SimConfig;
import io.shiptwin.sim.TelemetrySimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bridge must not lose what it accepted when Kafka goes away: the broker is stopped for a few
 * seconds while the simulator keeps publishing, then restarted; every published event must end up
 * in the twin exactly once.
 */
class KafkaOutageIT extends PipelineTestBase {
    private static final long EVENTS = 4_000;


    @Test
    void nothingAcceptedByTheBridgeIsMissingFromTheTwinAfterAKafkaOutage() throws Exception {
        TelemetrySimulator sim = pipeline.startSimulator(SimConfig.defaults(pipeline.broker().uri())
                .withRunId("outage").withRate(400).withMaxEvents(EVENTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.bridge().sentToKafka() >= 800);

        pipeline.kafka().close();
        long bridgedAtOutage = pipeline.bridge().sentToKafka();
        long publishedAtOutage = sim.published();
        Thread.sleep(4_000); // the outage itself: the simulator keeps publishing meanwhile
        assertThat(sim.published()).as("the simulator kept publishing during the outage").isGreaterThan(publishedAtOutage + 500);
        assertThat(pipeline.bridge().sentToKafka()).as("nothing reached Kafka while it was down").isLessThanOrEqualTo(bridgedAtOutage + 5);
        pipeline.kafka().start();

        assertThat(sim.awaitDone(Duration.ofSeconds(60))).isTrue();
        assertThat(sim.published()).isEqualTo(EVENTS);
        assertEveryEventInTheTwinOnce(EVENTS);
    }

    @Test
    void theBrokerRunsInItsOwnSessionSoATerminalsCtrlCReachesShipTwinOnly() throws Exception {
        // Ctrl-C signals the terminal's whole foreground process group; the broker must not be in it, or it stops
        // while ShipTwin still drains through it. /proc/{pid}/stat: "pid (comm) state ppid pgrp session ...".
        long[] ours = groupAndSession(ProcessHandle.current().pid());
        long[] broker = groupAndSession(pipeline.kafka().pid());

        assertThat(broker[1]).as("the broker's session").isNotEqualTo(ours[1]).isEqualTo(pipeline.kafka().pid());
        assertThat(broker[0]).as("the broker's process group").isNotEqualTo(ours[0]);
        assertThat(ProcessHandle.of(pipeline.kafka().pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                .as("still ShipTwin's child, which stops it after the drain").contains(ProcessHandle.current().pid());
    }

    private static long[] groupAndSession(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[2]), Long.parseLong(fields[3])};
    }
}
