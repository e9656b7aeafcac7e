package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;
import java.io.IOException;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * An {@link IngestedReading} between tasks, field by field. Every reading crosses the network twice (to the
 * de-duplicating twin task and to equipment care), a welder's or paint booth's three times (the weld quality join too);
 * with Flink's serializer for records, which reads each field by reflection, boxes every {@code long} and writes a null
 * flag per field and nested record, serialising and deserialising records was a tenth of ShipTwin's CPU at 5,000
 * events/s (docs/performance.md, fourteenth round).
 *
 * <p>Strings are written as modified UTF-8 behind a tag byte (null allowed; {@link #writeText}), the values as their
 * raw bits, so every double comes back exactly. Readings are in no state of the job, only on the network, so the
 * format may change with the code; the snapshot is there for Flink's contract.
 */
public final class IngestedReadingSerializer extends TypeSerializerSingleton<IngestedReading> {
    public static final IngestedReadingSerializer INSTANCE = new IngestedReadingSerializer();

    private static final IngestedReading EMPTY = new IngestedReading(new TelemetryReading("-", "-", 1, 0, "", "", "",
            new String[] {"-"}, new double[] {0}), "", -1, -1, EventTrace.NONE);

    private IngestedReadingSerializer() {
    }

    @Override
    public boolean isImmutableType() {
        return true; // a record of records whose arrays nobody writes once it is built (IngestedReading)
    }

    @Override
    public IngestedReading createInstance() {
        return EMPTY;
    }

    @Override
    public IngestedReading copy(IngestedReading from) {
        return from;
    }

    @Override
    public IngestedReading copy(IngestedReading from, IngestedReading reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(IngestedReading record, DataOutputView out) throws IOException {
        TelemetryReading r = record.reading();
        writeText(r.eventId(), out);
        writeText(r.assetId(), out);
        out.writeLong(r.sequence());
        out.writeLong(r.eventTimeMillis());
        writeText(r.site(), out);
        writeText(r.area(), out);
        writeText(r.assetType(), out);
        String[] channels = r.channels();
        double[] values = r.values();
        out.writeInt(channels.length);
        for (int i = 0; i < channels.length; i++) {
            writeText(channels[i], out);
            out.writeLong(Double.doubleToRawLongBits(values[i]));
        }
        writeText(record.sourceTopic(), out);
        out.writeInt(record.sourcePartition());
        out.writeLong(record.sourceOffset());
        EventTrace trace = record.trace();
        out.writeBoolean(trace != null);
        if (trace != null) {
            writeText(trace.sourceTopic(), out);
            out.writeInt(trace.sourcePartition());
            out.writeLong(trace.sourceOffset());
            out.writeLong(trace.bridgeReceivedMillis());
            out.writeLong(trace.kafkaTimestampMillis());
        }
    }

    @Override
    public IngestedReading deserialize(DataInputView in) throws IOException {
        String eventId = readText(in);
        String assetId = readText(in);
        long sequence = in.readLong();
        long eventTime = in.readLong();
        String site = readText(in);
        String area = readText(in);
        String assetType = readText(in);
        int n = in.readInt();
        String[] channels = new String[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            channels[i] = readText(in);
            values[i] = Double.longBitsToDouble(in.readLong());
        }
        TelemetryReading reading = new TelemetryReading(eventId, assetId, sequence, eventTime, site, area, assetType, channels, values);
        String sourceTopic = readText(in);
        int sourcePartition = in.readInt();
        long sourceOffset = in.readLong();
        EventTrace trace = in.readBoolean()
                ? new EventTrace(readText(in), in.readInt(), in.readLong(), in.readLong(), in.readLong())
                : null;
        return new IngestedReading(reading, sourceTopic, sourcePartition, sourceOffset, trace);
    }

    /** Strings at most this long go as modified UTF-8 ({@code writeUTF}, at most 65,535 bytes); longer ones as Flink writes them. */
    private static final int UTF_MAX_CHARS = 65_535 / 3;
    private static final byte NULL = 0;
    private static final byte UTF = 1;
    private static final byte LONG = 2;

    /**
     * A string, or null, behind a tag byte. {@code writeUTF}, not Flink's {@link StringValue}: that one writes a string a
     * byte at a time through an interface call and reads it through a {@code ThreadLocal} buffer, which made strings most
     * of this serializer's time; Flink's network buffers write and read modified UTF-8 in bulk.
     */
    static void writeText(String s, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeByte(NULL);
        } else if (s.length() <= UTF_MAX_CHARS) {
            out.writeByte(UTF);
            out.writeUTF(s);
        } else {
            out.writeByte(LONG);
            StringValue.writeString(s, out);
        }
    }

    static String readText(DataInputView in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case UTF -> in.readUTF();
            case LONG -> StringValue.readString(in);
            default -> throw new IOException("IngestedReading: unknown string tag " + tag + " (a reading serialized by another version?)");
        };
    }

    @Override
    public IngestedReading deserialize(IngestedReading reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<IngestedReading> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Restores {@link #INSTANCE}; public with a no-argument constructor, as Flink reads snapshots by reflection. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<IngestedReading> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }

    /** The type information of {@link IngestedReading}, which names this serializer ({@code @TypeInfo} on the record). */
    public static final class ReadingTypeInfo extends TypeInformation<IngestedReading> {
        @Override
        public boolean isBasicType() {
            return false;
        }

        @Override
        public boolean isTupleType() {
            return false;
        }

        @Override
        public int getArity() {
            return 1;
        }

        @Override
        public int getTotalFields() {
            return 1;
        }

        @Override
        public Class<IngestedReading> getTypeClass() {
            return IngestedReading.class;
        }

        @Override
        public boolean isKeyType() {
            return false;
        }

        @Override
        public TypeSerializer<IngestedReading> createSerializer(SerializerConfig config) {
            return INSTANCE;
        }

        @Override
        public String toString() {
            return "IngestedReading";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReadingTypeInfo;
        }

        @Override
        public int hashCode() {
            return ReadingTypeInfo.class.hashCode();
        }

        @Override
        public boolean canEqual(Object o) {
            return o instanceof ReadingTypeInfo;
        }
    }

    /** What {@code @TypeInfo} on {@link IngestedReading} names. */
    public static final class Factory extends TypeInfoFactory<IngestedReading> {
        @Override
        public TypeInformation<IngestedReading> createTypeInfo(java.lang.reflect.Type type, Map<String, TypeInformation<?>> parameters) {
            return new ReadingTypeInfo();
        }
    }
}
