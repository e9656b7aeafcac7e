package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A gateway's batch of telemetry: several envelopes of the equipment behind one MQTT topic in one message, a JSON
 * array of envelopes in the order they were sampled (schema: {@code schemas/telemetry-batch-v1.schema.json}).
 * Edge gateways batch the way Sparkplug B and OPC UA PubSub do: the cost of a message (a broker round trip, a
 * PUBACK, a Kafka request) is paid once for many readings. Each envelope keeps its own event id, sequence and
 * event time, so de-duplication, ordering and lineage stay per reading.
 *
 * <p>The bridge splits a batch into one Kafka record per envelope ({@link #split}); everything downstream of
 * Kafka sees single envelopes. A payload that is not a well-formed batch is left whole, and validation
 * dead-letters it with the reason.
 */
public final class TelemetryBatch {
    /** At most this many envelopes in one batch. */
    public static final int MAX_ENVELOPES = 1000;
    private static final JsonFactory FACTORY = new JsonFactory();

    private TelemetryBatch() {
    }

    /** True when the payload is a JSON array (a batch) rather than one envelope: its first non-blank byte is '['. */
    public static boolean isBatch(byte[] payload) {
        return payload != null && isBatch(ByteBuffer.wrap(payload));
    }

    /** {@link #isBatch(byte[])} from the buffer's position, which is left unchanged. */
    public static boolean isBatch(ByteBuffer payload) {
        for (int i = payload.position(); i < payload.limit(); i++) {
            byte b = payload.get(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '[';
            }
        }
        return false;
    }

    /**
     * The envelopes of a batch, each as its own bytes, in order. Only the structure is read (an array of 1 to
     * {@link #MAX_ENVELOPES} JSON objects, nothing after it); what is inside each object is validation's business.
     *
     * @throws IllegalArgumentException naming what is wrong and where, when the payload is no such array
     */
    public static List<byte[]> split(byte[] payload) {
        if (!isBatch(payload)) {
            throw new IllegalArgumentException("$: a batch is a JSON array of envelopes");
        }
        try (JsonParser p = FACTORY.createParser(payload)) {
            p.nextToken(); // START_ARRAY
            List<byte[]> envelopes = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("$[" + envelopes.size() + "]: expected an envelope (object), got "
                            + (t == null ? "the end of the payload" : p.getText()));
                }
                if (envelopes.size() == MAX_ENVELOPES) {
                    throw new IllegalArgumentException("$: more than " + MAX_ENVELOPES + " envelopes in one batch");
                }
                int from = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                int to = (int) p.currentLocation().getByteOffset();
                envelopes.add(Arrays.copyOfRange(payload, from, to));
            }
            if (envelopes.isEmpty()) {
                throw new IllegalArgumentException("$: an empty batch");
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("$: data after the batch at byte " + p.currentTokenLocation().getByteOffset());
            }
            return envelopes;
        } catch (IOException e) {
            throw new IllegalArgumentException("$: not a JSON array of envelopes: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /**
     * Collects envelopes into one batch payload, byte for byte as they were encoded: {@code [e1,e2,...]}. Reusable:
     * {@link #take()} returns the payload and starts the next batch. Not thread-safe.
     */
    public static final class Builder {
        private byte[] buffer = new byte[4096];
        private int length;
        private int envelopes;

        public Builder add(byte[] envelope) {
            if (envelopes == MAX_ENVELOPES) {
                throw new IllegalStateException("a batch holds at most " + MAX_ENVELOPES + " envelopes");
            }
            ensure(envelope.length + 2);
            buffer[length++] = (byte) (envelopes == 0 ? '[' : ',');
            System.arraycopy(envelope, 0, buffer, length, envelope.length);
            length += envelope.length;
            envelopes++;
            return this;
        }

        public int size() {
            return envelopes;
        }

        /** The payload's length if {@link #take()} were called now. */
        public int bytes() {
            return envelopes == 0 ? 0 : length + 1;
        }

        /** The batch of everything added since the last take, and an empty builder; fails when nothing was added. */
        public byte[] take() {
            if (envelopes == 0) {
                throw new IllegalStateException("an empty batch");
            }
            byte[] payload = Arrays.copyOf(buffer, length + 1);
            payload[length] = ']';
            length = 0;
            envelopes = 0;
            return payload;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
