package io.shiptwin.streams.twin;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.api.common.typeutils.base.array.IntPrimitiveArraySerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An {@code int[]} in the bytes Flink's own {@link IntPrimitiveArraySerializer} writes (the length, then each value
 * big-endian), but written and read a block at a time instead of one {@code writeInt} per value.
 *
 * <p>For {@link SeenEventIds}' sequence runs: a checkpoint writes every run in full, about four million values after
 * the pipeline bench, and one call per value made that asynchronous write the costliest part of each checkpoint
 * (107–356 ms on the bench machine, docs/performance.md). Because the bytes are the same, state written by Flink's
 * serializer restores with this one and the other way round: the snapshot declares the two compatible as they are.
 */
public final class BulkIntArraySerializer extends TypeSerializerSingleton<int[]> {
    public static final BulkIntArraySerializer INSTANCE = new BulkIntArraySerializer();

    /** Values per block: a 16 KB buffer, allocated per call (serializers are shared between threads). */
    private static final int BLOCK = 4096;
    private static final int[] EMPTY = new int[0];

    private BulkIntArraySerializer() {
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public int[] createInstance() {
        return EMPTY;
    }

    @Override
    public int[] copy(int[] from) {
        return Arrays.copyOf(from, from.length);
    }

    @Override
    public int[] copy(int[] from, int[] reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(int[] record, DataOutputView target) throws IOException {
        if (record == null) {
            throw new IllegalArgumentException("The record must not be null.");
        }
        target.writeInt(record.length);
        byte[] block = new byte[Math.min(record.length, BLOCK) * Integer.BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(block); // big-endian, as DataOutput.writeInt
        for (int from = 0; from < record.length; from += BLOCK) {
            int n = Math.min(BLOCK, record.length - from);
            buffer.clear();
            buffer.asIntBuffer().put(record, from, n);
            target.write(block, 0, n * Integer.BYTES);
        }
    }

    @Override
    public int[] deserialize(DataInputView source) throws IOException {
        int length = source.readInt();
        int[] values = new int[length];
        byte[] block = new byte[Math.min(length, BLOCK) * Integer.BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(block);
        for (int from = 0; from < length; from += BLOCK) {
            int n = Math.min(BLOCK, length - from);
            source.readFully(block, 0, n * Integer.BYTES);
            buffer.clear();
            buffer.asIntBuffer().get(values, from, n);
        }
        return values;
    }

    @Override
    public int[] deserialize(int[] reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length * Integer.BYTES);
    }

    @Override
    public TypeSerializerSnapshot<int[]> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Compatible as is with its own snapshot and with that of Flink's {@link IntPrimitiveArraySerializer}. */
    public static final class Snapshot implements TypeSerializerSnapshot<int[]> {
        private static final int VERSION = 1;

        @Override
        public int getCurrentVersion() {
            return VERSION;
        }

        @Override
        public void writeSnapshot(DataOutputView out) {
        }

        @Override
        public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader) {
        }

        @Override
        public TypeSerializer<int[]> restoreSerializer() {
            return INSTANCE;
        }

        @Override
        public TypeSerializerSchemaCompatibility<int[]> resolveSchemaCompatibility(TypeSerializerSnapshot<int[]> previous) {
            return previous instanceof Snapshot
                    || previous instanceof IntPrimitiveArraySerializer.IntPrimitiveArraySerializerSnapshot
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.incompatible();
        }
    }
}
