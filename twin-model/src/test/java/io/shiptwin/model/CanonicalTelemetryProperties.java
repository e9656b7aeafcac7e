package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The telemetry fast path ({@link CanonicalTelemetry}) against the general decoder: for every payload, valid or
 * damaged, {@link EnvelopeCodec#decodeTelemetry} must answer exactly what the tree-based decoder answers.
 */
class CanonicalTelemetryProperties {
    /** Bytes that change JSON's structure or a value's meaning, and a few that do not. */
    private static final byte[] DAMAGE = "{}[]\",:0123456789.-+eE tnulfa\\xZ\u0001".getBytes(StandardCharsets.UTF_8);

    private static DecodeResult<YardEvent> byTree(byte[] payload) {
        return EnvelopeCodec.decode(payload, true);
    }

    @Property(tries = 3000)
    void whatTheEncoderWritesTakesTheFastPathAndDecodesAsTheTreeDoes(@ForAll("readings") TelemetryReading r) {
        byte[] payload = EnvelopeCodec.encode(r);

        assertThat(CanonicalTelemetry.read(EnvelopeCodec.FACTORY, payload)).as("fast path taken").isEqualTo(r);
        assertThat(EnvelopeCodec.decodeTelemetry(payload)).isEqualTo(byTree(payload)).isEqualTo(new DecodeResult.Decoded<>(r));
    }

    @Property(tries = 5000)
    void aDamagedEnvelopeDecodesOrIsRefusedAsTheTreeDecidesIt(@ForAll("readings") TelemetryReading r,
                                                              @ForAll("damage") List<int[]> edits) {
        byte[] payload = EnvelopeCodec.encode(r);
        for (int[] edit : edits) {
            payload = apply(payload, edit);
        }
        String shown = new String(payload, StandardCharsets.UTF_8);

        assertThat(EnvelopeCodec.decodeTelemetry(payload)).as(shown).isEqualTo(byTree(payload));
    }

    @Example
    void envelopesInAnotherShapeAreLeftToTheTreeAndDecodeAlike() {
        String canonical = new String(EnvelopeCodec.encode(reading()), StandardCharsets.UTF_8);
        List<String> variants = List.of(
                canonical.replace(",\"", " ,\n \""),                                     // whitespace
                canonical.replace("\"eventId\":\"e-1\"", "\"eventId\":\"\\u0065-1\""),    // an escaped id
                canonical.replace("\"load_t\":12.5", "\"load_t\":125E-1"),              // exponent
                canonical.replace("\"load_t\":12.5", "\"load_t\":12"),                  // integer value
                canonical.replace("\"load_t\":12.5", "\"load_t\":123456789012345678901234567890"),
                canonical.replace("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
                canonical.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                canonical.replace("\"sequence\":7", "\"sequence\":0"),
                canonical.replace("\"sequence\":7", "\"sequence\":99999999999999999999"),
                canonical.replace("\"site\":\"wenchong\"", "\"site\":null"),
                canonical.replace("\"type\":\"telemetry\"", "\"type\":\"block-started\""),
                canonical.replace("{\"schemaVersion\":1,", "{\"extra\":true,\"schemaVersion\":1,"),
                canonical.replace("\"wind_ms\":5.0", "\"wind_ms\":5.0,\"load_t\":13.5"),       // a repeated channel
                canonical.replace("\"wind_ms\":5.0", "\"wind_ms\":\"5.0\""),
                canonical.replace("\"readings\":{\"load_t\":12.5,\"wind_ms\":5.0}", "\"readings\":{}"),
                moveSequenceToTheEnd(canonical),
                canonical + " ",
                canonical + "{}",
                "[" + canonical + "]");
        for (String v : variants) {
            byte[] payload = v.getBytes(StandardCharsets.UTF_8);
            assertThat(EnvelopeCodec.decodeTelemetry(payload)).as(v).isEqualTo(byTree(payload));
        }
        assertThat(EnvelopeCodec.decodeTelemetry(variants.get(0).getBytes(StandardCharsets.UTF_8)))
                .as("valid in another shape").isEqualTo(new DecodeResult.Decoded<>(reading()));
        assertThat(EnvelopeCodec.decodeTelemetry(moveSequenceToTheEnd(canonical).getBytes(StandardCharsets.UTF_8)))
                .as("valid in another order").isEqualTo(new DecodeResult.Decoded<>(reading()));
        assertThat(EnvelopeCodec.decodeTelemetry(variants.get(7).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new DecodeResult.Rejected<>("$.sequence: must be >= 1, got 0"));
    }

    private static TelemetryReading reading() {
        return new TelemetryReading("e-1", "88.118.8001/EQ-GC-01", 7, 1_772_438_400_000L, "wenchong", "dock-1", "crane",
                new String[] {"load_t", "wind_ms"}, new double[] {12.5, 5.0});
    }

    private static String moveSequenceToTheEnd(String canonical) {
        return canonical.replace("\"sequence\":7,", "").replaceFirst("}$", ",\"sequence\":7}");
    }

    /** edit = {kind, position (scaled to the payload), byte index}: 0 replace, 1 delete, 2 insert, 3 cut the rest. */
    private static byte[] apply(byte[] payload, int[] edit) {
        if (payload.length == 0) {
            return payload;
        }
        int at = (int) ((long) edit[1] * payload.length / 10_000);
        byte b = DAMAGE[edit[2] % DAMAGE.length];
        return switch (edit[0]) {
            case 0 -> {
                byte[] copy = payload.clone();
                copy[at] = b;
                yield copy;
            }
            case 1 -> {
                byte[] shorter = new byte[payload.length - 1];
                System.arraycopy(payload, 0, shorter, 0, at);
                System.arraycopy(payload, at + 1, shorter, at, payload.length - at - 1);
                yield shorter;
            }
            case 2 -> {
                byte[] longer = new byte[payload.length + 1];
                System.arraycopy(payload, 0, longer, 0, at);
                longer[at] = b;
                System.arraycopy(payload, at, longer, at + 1, payload.length - at);
                yield longer;
            }
            default -> Arrays.copyOf(payload, at);
        };
    }

    @Provide
    Arbitrary<TelemetryReading> readings() {
        return Arbitraries.longs().map(seed -> new Envelopes.Generator(seed).next());
    }

    @Provide
    Arbitrary<List<int[]>> damage() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9_999),
                Arbitraries.integers().between(0, DAMAGE.length - 1)).as((kind, at, b) -> new int[] {kind, at, b});
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }
}
