package io.shiptwin.sim.replay;

import java.nio.charset.StandardCharsets;

/**
 * The recording file format, version 1: append-only, big-endian, length-prefixed, one CRC per record.
 *
 * <pre>
 * file    = header record*
 * header  = magic "STWINREC" (8 bytes ASCII)
 *           version            u16   (1)
 *           flags              u16   (0, reserved)
 *           startedAtEpochMs   i64   wall-clock start of the recording (information only)
 *           metadataLength     u16
 *           metadata           UTF-8 (free text, e.g. "runId=...; seed=42; network=wifi")
 * record  = bodyLength         u32   (18 + topicLength + payload length)
 *           body:
 *             simTimeNanos     i64   simulated time of publication, ns since the epoch
 *             wallOffsetNanos  i64   wall-clock time since the recording started, ns
 *             topicLength      u16
 *             topic            UTF-8
 *             payload          the bytes published, as they were
 *           crc32              u32   CRC-32 of the body
 * </pre>
 *
 * A crash mid-write leaves a valid prefix plus at most one incomplete (or zero-filled) record at the
 * end; readers drop that tail with a warning. A bad record followed by more data is corruption, an error.
 */
public final class RecordingFormat {
    public static final byte[] MAGIC = "STWINREC".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 1;
    /** Fixed part of a body: two i64 and the u16 topic length. */
    public static final int BODY_FIXED_BYTES = 8 + 8 + 2;
    /** Largest body accepted (a sanity limit against a garbage length). */
    public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private RecordingFormat() {
    }
}
