package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.TelemetryReading;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class IngestedReadingSerializerTest {
    private static final IngestedReadingSerializer SERIALIZER = IngestedReadingSerializer.INSTANCE;

    /** Readings as they come: a traced one, an untraced one, one with odd text and doubles at their extremes. */
    private static List<IngestedReading> readings() {
        TelemetryReading odd = new TelemetryReading("ev-\u00e9\u4e2d\"\\", "88.118.8001/EQ-WLD-07", Long.MAX_VALUE, -1L,
                "", "b\u00fchne", "welder", new String[] {"current_a", "voltage_v", "tiny", "neg_zero"},
                new double[] {Double.MAX_VALUE, -Double.MIN_VALUE, 1e-300, -0.0});
        return List.of(
                new IngestedReading(Readings.crane(Readings.CRANE, "e1", 1, Readings.T0, 120.5, 6.1), "yard.telemetry.raw", 3, 42,
                        new EventTrace("yard.telemetry.raw", 3, 42, Readings.T0 + 5, Readings.T0 + 6)),
                Readings.ingested(Readings.crane(Readings.CRANE_2, "e2", 2, Readings.T0 + 1, 0.1 + 0.2, 7), 43),
                new IngestedReading(odd, "yard.telemetry.raw", 0, Long.MIN_VALUE, null),
                new IngestedReading(odd, null, -1, -1, EventTrace.NONE));
    }

    private static IngestedReading roundTrip(IngestedReading r) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SERIALIZER.serialize(r, out);
        return SERIALIZER.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    /** Records compare arrays by identity: compare what they hold. */
    private static void assertSame(IngestedReading back, IngestedReading r) {
        assertThat(back.reading()).usingRecursiveComparison().isEqualTo(r.reading());
        assertThat(back.reading().values()).containsExactly(r.reading().values());
        for (int i = 0; i < r.reading().values().length; i++) {
            assertThat(Double.doubleToRawLongBits(back.reading().values()[i]))
                    .isEqualTo(Double.doubleToRawLongBits(r.reading().values()[i]));
        }
        assertThat(back.sourceTopic()).isEqualTo(r.sourceTopic());
        assertThat(back.sourcePartition()).isEqualTo(r.sourcePartition());
        assertThat(back.sourceOffset()).isEqualTo(r.sourceOffset());
        assertThat(back.trace()).isEqualTo(r.trace());
    }

    @Test
    void everyFieldComesBackExactlyTheBitsOfEveryValueToo() throws IOException {
        for (IngestedReading r : readings()) {
            assertSame(roundTrip(r), r);
        }
    }

    @Test
    void recordsFollowOneAnotherInAStreamAndCopyThroughAsTheyAre() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        for (IngestedReading r : readings()) {
            SERIALIZER.serialize(r, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        for (int i = 0; i < readings().size(); i++) {
            SERIALIZER.copy(in, copied);
        }
        assertThat(in.available()).isZero();

        DataInputDeserializer back = new DataInputDeserializer(copied.getCopyOfBuffer());
        for (IngestedReading r : readings()) {
            assertSame(SERIALIZER.deserialize(back), r);
        }
        assertThat(back.available()).isZero();
    }

    @Test
    void flinkFindsItForTheRecordAndTheJobsEdgesUseIt() {
        TypeInformation<IngestedReading> info = TypeInformation.of(IngestedReading.class);
        TypeSerializer<IngestedReading> serializer = info.createSerializer(new SerializerConfigImpl());
        assertThat(serializer).isSameAs(SERIALIZER);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        EquipmentTwinJob.build(env, EquipmentTwinJob.Config.defaults("127.0.0.1:9", "jdbc:h2:mem:serializer-test"));
        StreamGraph g = env.getStreamGraph(false);
        StreamNode dedup = g.getStreamNodes().stream().filter(n -> n.getOperatorName().equals("drop duplicates")).findFirst().orElseThrow();
        assertThat(dedup.getTypeSerializersIn()).singleElement().isSameAs(SERIALIZER);
        assertThat(dedup.getTypeSerializerOut()).isSameAs(SERIALIZER);
    }

    @Test
    void textOfAnyLengthComesBackAndAnUnknownTagSaysSo() throws IOException {
        String longest = "\u4e2d".repeat(70_000); // three bytes a char in UTF-8: past what writeUTF takes
        for (String text : new String[] {null, "", "load_t", "\u4e2d".repeat(65_535 / 3), longest}) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            IngestedReadingSerializer.writeText(text, out);
            out.writeInt(7); // what follows is still in place
            DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
            assertThat(IngestedReadingSerializer.readText(in)).isEqualTo(text);
            assertThat(in.readInt()).isEqualTo(7);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestedReadingSerializer.readText(new DataInputDeserializer(new byte[] {9})))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown string tag 9");
    }

    @Test
    void itsSnapshotRestoresItAndIsCompatibleWithItself() {
        var snapshot = SERIALIZER.snapshotConfiguration();

        assertThat(snapshot.restoreSerializer()).isSameAs(SERIALIZER);
        assertThat(SERIALIZER.snapshotConfiguration().resolveSchemaCompatibility(snapshot).isCompatibleAsIs()).isTrue();
        assertThat(SERIALIZER.isImmutableType()).isTrue();
        assertThat(SERIALIZER.createInstance().reading().channels()).hasSize(1);
    }
}
