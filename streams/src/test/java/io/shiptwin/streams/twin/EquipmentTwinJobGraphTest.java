package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/** The job's wiring as Flink sees it, without running it: nothing connects to Kafka or H2 until the job runs. */
class EquipmentTwinJobGraphTest {

    private static StreamGraph graph() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        EquipmentTwinJob.build(env, EquipmentTwinJob.Config.defaults("127.0.0.1:9", "jdbc:h2:mem:graph-test"));
        return env.getStreamGraph(false);
    }

    private static List<StreamNode> nodes() {
        return List.copyOf(graph().getStreamNodes());
    }

    @Test
    void chainedOperatorsShareTheRecordsTheyPassOn() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        assertThat(env.getConfig().isObjectReuseEnabled()).as("Flink's default").isFalse();

        EquipmentTwinJob.build(env, EquipmentTwinJob.Config.defaults("127.0.0.1:9", "jdbc:h2:mem:graph-test"));

        assertThat(env.getConfig().isObjectReuseEnabled()).isTrue();
    }

    @Test
    void onlyTheTelemetryEdgeToTheTwinFlushesEveryMillisecond() {
        List<StreamNode> nodes = nodes();

        assertThat(nodes).filteredOn(n -> n.getOperatorName().equals("event-time watermarks"))
                .singleElement().extracting(StreamNode::getBufferTimeout)
                .isEqualTo(EquipmentTwinJob.BUFFER_TIMEOUT.toMillis());
        // Every other task's flusher thread wakes every 10 ms, not every millisecond.
        assertThat(nodes).filteredOn(n -> !n.getOperatorName().equals("event-time watermarks")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.getBufferTimeout()).as(n.getOperatorName())
                        .isEqualTo(EquipmentTwinJob.OTHER_BUFFER_TIMEOUT.toMillis()));
    }

    @Test
    void theTwinFollowsTheWatermarksThroughAKeyByFromTheSourceTask() {
        StreamGraph g = graph();
        StreamNode watermarks = g.getStreamNodes().stream().filter(n -> n.getOperatorName().equals("event-time watermarks"))
                .findFirst().orElseThrow();

        assertThat(watermarks.getOutEdges()).filteredOn(e -> g.getStreamNode(e.getTargetId()).getOperatorName().equals("drop duplicates"))
                .singleElement().extracting(e -> e.getPartitioner().toString()).isEqualTo("HASH");
    }

    @Test
    void twinEquipmentRecordsPassThroughTheIntervalWhileH2TakesEveryVersion() {
        StreamGraph g = graph();
        StreamNode twin = g.getStreamNodes().stream().filter(n -> n.getOperatorName().equals("equipment twin"))
                .findFirst().orElseThrow();

        List<String> after = twin.getOutEdges().stream().map(e -> g.getStreamNode(e.getTargetId()).getOperatorName()).toList();
        assertThat(after).contains("newest twin per interval").noneMatch(name -> name.contains("twin.equipment"));
        assertThat(after).anyMatch(name -> name.startsWith("H2 equipment twin"));
        StreamNode interval = g.getStreamNodes().stream().filter(n -> n.getOperatorName().equals("newest twin per interval"))
                .findFirst().orElseThrow();
        assertThat(interval.getOutEdges()).singleElement()
                .satisfies(e -> assertThat(g.getStreamNode(e.getTargetId()).getOperatorName()).contains("twin.equipment"))
                .extracting(e -> e.getPartitioner().toString()).isEqualTo("FORWARD");
    }
}
