package io.shiptwin.sim.replay;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a recording ({@link RecordingFormat}) record by record. An incomplete or torn last record — what
 * a crash mid-write leaves — is ignored with a warning ({@link #warning()}, also logged); a bad record
 * with more data after it is corruption and throws {@link RecordingFormatException}.
 */
public final class RecordingReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingReader.class);

    private final Path file;
    private final long size;
    private final DataInputStream in;
    private final RecordingHeader header;
    private final CRC32 crc = new CRC32();
    private long position;
    private long records;
    private String warning;
    private boolean finished;

    private RecordingReader(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        try {
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static RecordingReader open(Path file) throws IOException {
        return new RecordingReader(file);
    }

    /** Every complete record of {@code file}; a truncated tail is dropped with a warning. */
    public static List<RecordedMessage> readAll(Path file) throws IOException {
        try (RecordingReader reader = open(file)) {
            List<RecordedMessage> all = new ArrayList<>();
            for (RecordedMessage m = reader.next(); m != null; m = reader.next()) {
                all.add(m);
            }
            return all;
        }
    }

    public RecordingHeader header() {
        return header;
    }

    /** The next record, or null at the end (or at a truncated tail, see {@link #warning()}). */
    public RecordedMessage next() throws IOException {
        if (finished) {
            return null;
        }
        long start = position;
        long remaining = size - position;
        if (remaining == 0) {
            finished = true;
            return null;
        }
        if (remaining < 4) {
            return truncated(start, "only " + remaining + " bytes of a record's length");
        }
        int length = readInt();
        if (length < RecordingFormat.BODY_FIXED_BYTES || length > RecordingFormat.MAX_BODY_BYTES) {
            if (length == 0 && restIsZero()) {
                return truncated(start, "zero-filled space where a record should be");
            }
            throw corrupt(start, "record length " + Integer.toUnsignedString(length) + " is impossible");
        }
        if (remaining < 4L + length + 4) {
            return truncated(start, (remaining - 4) + " of " + (length + 4) + " bytes of a record");
        }
        byte[] body = new byte[length];
        in.readFully(body);
        int expected = in.readInt();
        position += length + 4L;
        crc.reset();
        crc.update(body, 0, length);
        if ((int) crc.getValue() != expected) {
            if (position == size) {
                return truncated(start, "a last record whose checksum does not match (torn write)");
            }
            throw corrupt(start, "checksum mismatch with " + (size - position) + " bytes after it");
        }
        int topicLength = ((body[16] & 0xff) << 8) | (body[17] & 0xff);
        if (RecordingFormat.BODY_FIXED_BYTES + topicLength > length) {
            throw corrupt(start, "topic length " + topicLength + " exceeds the record");
        }
        String topic = new String(body, RecordingFormat.BODY_FIXED_BYTES, topicLength, StandardCharsets.UTF_8);
        byte[] payload = Arrays.copyOfRange(body, RecordingFormat.BODY_FIXED_BYTES + topicLength, length);
        records++;
        return new RecordedMessage(topic, payload, getLong(body, 0), getLong(body, 8));
    }

    /** Complete records read so far. */
    public long records() {
        return records;
    }

    /** Why the end of the file was ignored, if it was. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    public boolean truncated() {
        return warning != null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private RecordingHeader readHeader() throws IOException {
        byte[] magic = new byte[RecordingFormat.MAGIC.length];
        try {
            in.readFully(magic);
            if (!Arrays.equals(magic, RecordingFormat.MAGIC)) {
                throw new RecordingFormatException("recording " + file + ": not a ShipTwin recording (no STWINREC header)");
            }
            int version = in.readUnsignedShort();
            if (version != RecordingFormat.VERSION) {
                throw new RecordingFormatException("recording " + file + ": format version " + version
                        + " is not supported (this build reads version " + RecordingFormat.VERSION + ")");
            }
            in.readUnsignedShort();
            long startedAt = in.readLong();
            byte[] metadata = new byte[in.readUnsignedShort()];
            in.readFully(metadata);
            position = RecordingFormat.MAGIC.length + 2 + 2 + 8 + 2 + metadata.length;
            return new RecordingHeader(version, startedAt, new String(metadata, StandardCharsets.UTF_8));
        } catch (EOFException e) {
            throw new RecordingFormatException("recording " + file + ": the header is incomplete (" + size + " bytes in the file)");
        }
    }

    private int readInt() throws IOException {
        position += 4;
        return in.readInt();
    }

    private boolean restIsZero() throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private RecordedMessage truncated(long offset, String what) {
        finished = true;
        warning = "recording " + file + ": ignored an incomplete last record at byte " + offset + " (" + what
                + "); the recording was probably cut short by a crash. " + records + " complete records were read.";
        LOG.warn(warning);
        return null;
    }

    private RecordingFormatException corrupt(long offset, String what) {
        finished = true;
        return new RecordingFormatException("recording " + file + ": corrupt record at byte " + offset + ": " + what);
    }

    private static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }
}
