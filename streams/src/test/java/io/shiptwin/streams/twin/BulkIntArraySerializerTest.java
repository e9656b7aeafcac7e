package io.shiptwin.streams.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.flink.api.common.typeutils.base.array.IntPrimitiveArraySerializer;
import org.apache.flink.api.common.typeutils.base.array.LongPrimitiveArraySerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class BulkIntArraySerializerTest {
    private static final int[] LENGTHS = {0, 1, 4095, 4096, 4097, 10_000};

    @Test
    void writesTheBytesOfFlinksIntArraySerializerAndReadsThemBothWays() throws IOException {
        Random random = new Random(42);
        for (int length : LENGTHS) {
            int[] values = random.ints(length).toArray();
            byte[] flinks = write(values, true);
            byte[] bulk = write(values, false);

            assertThat(bulk).as("length %d", length).isEqualTo(flinks);
            assertThat(BulkIntArraySerializer.INSTANCE.deserialize(new DataInputDeserializer(flinks))).isEqualTo(values);
            assertThat(IntPrimitiveArraySerializer.INSTANCE.deserialize(new DataInputDeserializer(bulk))).isEqualTo(values);
        }
    }

    @Test
    void copiesSerializedValuesStraightThroughAndLeavesTheNextRecordInPlace() throws IOException {
        int[] first = new Random(7).ints(5_000).toArray();
        DataOutputSerializer two = new DataOutputSerializer(64);
        BulkIntArraySerializer.INSTANCE.serialize(first, two);
        BulkIntArraySerializer.INSTANCE.serialize(new int[] {1, 2, 3}, two);
        DataInputDeserializer in = new DataInputDeserializer(two.getCopyOfBuffer());
        // DataOutputSerializer.write(DataInputView, n) does not grow its buffer (nor for Flink's own serializers).
        DataOutputSerializer copied = new DataOutputSerializer(32_768);

        BulkIntArraySerializer.INSTANCE.copy(in, copied);

        assertThat(BulkIntArraySerializer.INSTANCE.deserialize(new DataInputDeserializer(copied.getCopyOfBuffer()))).isEqualTo(first);
        assertThat(BulkIntArraySerializer.INSTANCE.deserialize(in)).containsExactly(1, 2, 3);
    }

    @Test
    void stateOfFlinksIntArraySerializerIsCompatibleAsItIsAndOtherStateIsNot() {
        var snapshot = BulkIntArraySerializer.INSTANCE.snapshotConfiguration();

        assertThat(snapshot.resolveSchemaCompatibility(IntPrimitiveArraySerializer.INSTANCE.snapshotConfiguration()).isCompatibleAsIs()).isTrue();
        assertThat(snapshot.resolveSchemaCompatibility(BulkIntArraySerializer.INSTANCE.snapshotConfiguration()).isCompatibleAsIs()).isTrue();
        @SuppressWarnings({"unchecked", "rawtypes"})
        var longs = (org.apache.flink.api.common.typeutils.TypeSerializerSnapshot) LongPrimitiveArraySerializer.INSTANCE.snapshotConfiguration();
        @SuppressWarnings("unchecked")
        boolean incompatible = snapshot.resolveSchemaCompatibility(longs).isIncompatible();
        assertThat(incompatible).isTrue();
    }

    @Test
    void aCopyIsAnotherArrayWithTheSameValues() {
        int[] values = {3, 1, 4};
        int[] copy = BulkIntArraySerializer.INSTANCE.copy(values);
        values[0] = 9;
        assertThat(copy).containsExactly(3, 1, 4);
    }

    private static byte[] write(int[] values, boolean withFlinks) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        if (withFlinks) {
            IntPrimitiveArraySerializer.INSTANCE.serialize(values, out);
        } else {
            BulkIntArraySerializer.INSTANCE.serialize(values, out);
        }
        return out.getCopyOfBuffer();
    }
}
