package io.shiptwin.sim.replay;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Writes a recording ({@link RecordingFormat}). Records are buffered and reach the file on
 * {@link #flush()}, when the buffer fills, and on {@link #close()}; whatever a crash cuts off, the file
 * stays readable up to its last complete record. Creates the file or replaces an existing one.
 * Not thread-safe: the publishing thread owns it.
 */
public final class RecordingWriter implements AutoCloseable {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path file;
    private final DataOutputStream out;
    private final CRC32 crc = new CRC32();
    private byte[] body = new byte[1024];
    private long records;

    private RecordingWriter(Path file, OutputStream stream) {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(stream, BUFFER_BYTES));
    }

    /** Creates {@code file} (replacing it) and writes the header. */
    public static RecordingWriter create(Path file, RecordingHeader header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // A FileOutputStream, not a FileChannel stream: an interrupt (Ctrl-C, stop) must not close the
        // file under the writer and lose the buffered tail of the recording.
        RecordingWriter writer = new RecordingWriter(file, new FileOutputStream(file.toFile(), false));
        writer.writeHeader(header);
        return writer;
    }

    private void writeHeader(RecordingHeader header) throws IOException {
        byte[] metadata = header.metadata().getBytes(StandardCharsets.UTF_8);
        out.write(RecordingFormat.MAGIC);
        out.writeShort(header.version());
        out.writeShort(0);
        out.writeLong(header.startedAtEpochMs());
        out.writeShort(metadata.length);
        out.write(metadata);
        out.flush();
    }

    /** Appends one published message. */
    public void append(String topic, byte[] payload, long simTimeNanos, long wallOffsetNanos) throws IOException {
        byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
        if (topicBytes.length > 0xFFFF) {
            throw new IllegalArgumentException("topic: at most 65535 UTF-8 bytes, got " + topicBytes.length);
        }
        int length = RecordingFormat.BODY_FIXED_BYTES + topicBytes.length + payload.length;
        if (length > RecordingFormat.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("payload: a record holds at most " + RecordingFormat.MAX_BODY_BYTES + " bytes, got " + length);
        }
        if (body.length < length) {
            body = new byte[Math.max(length, body.length * 2)];
        }
        putLong(body, 0, simTimeNanos);
        putLong(body, 8, wallOffsetNanos);
        body[16] = (byte) (topicBytes.length >>> 8);
        body[17] = (byte) topicBytes.length;
        System.arraycopy(topicBytes, 0, body, RecordingFormat.BODY_FIXED_BYTES, topicBytes.length);
        System.arraycopy(payload, 0, body, RecordingFormat.BODY_FIXED_BYTES + topicBytes.length, payload.length);
        crc.reset();
        crc.update(body, 0, length);
        out.writeInt(length);
        out.write(body, 0, length);
        out.writeInt((int) crc.getValue());
        records++;
    }

    public void append(RecordedMessage message) throws IOException {
        append(message.topic(), message.payload(), message.simTimeNanos(), message.wallOffsetNanos());
    }

    /** Hands everything buffered to the operating system. */
    public void flush() throws IOException {
        out.flush();
    }

    public long records() {
        return records;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }
}
