package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryBatchTest {
    private static byte[] envelope(int sequence) {
        return EnvelopeCodec.encode(new TelemetryReading("run-1/EQ-WR-01/" + sequence, "88.118.8001/EQ-WR-01", sequence,
                1_772_438_400_000L + sequence * 1000L, "wenchong", "panel-line", "welding-robot",
                new String[] {"current_a", "voltage_v"}, new double[] {250.5 + sequence, 28.25}));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBatchSplitsBackIntoTheEnvelopesItWasBuiltFromByteForByte() {
        TelemetryBatch.Builder builder = new TelemetryBatch.Builder();
        List<byte[]> envelopes = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            envelopes.add(envelope(i));
            builder.add(envelopes.get(i - 1));
        }
        assertThat(builder.size()).isEqualTo(40);
        int expectedBytes = builder.bytes();
        byte[] batch = builder.take();
        assertThat(batch).hasSize(expectedBytes);
        assertThat(builder.bytes()).isZero();
        assertThat(builder.size()).as("take starts the next batch").isZero();

        assertThat(TelemetryBatch.isBatch(batch)).isTrue();
        assertThat(TelemetryBatch.isBatch(envelopes.get(0))).isFalse();
        List<byte[]> split = TelemetryBatch.split(batch);
        assertThat(split).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(split.get(i)).isEqualTo(envelopes.get(i));
            DecodeResult<TelemetryReading> decoded = EnvelopeCodec.decodeTelemetry(split.get(i));
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            assertThat(((DecodeResult.Decoded<TelemetryReading>) decoded).value().sequence()).isEqualTo(i + 1);
        }

        byte[] next = builder.add(envelopes.get(5)).take();
        assertThat(TelemetryBatch.split(next)).singleElement().isEqualTo(envelopes.get(5));
    }

    @Test
    void whitespaceBetweenEnvelopesIsNotPartOfThem() {
        byte[] a = envelope(1);
        byte[] b = envelope(2);
        String batch = "  [\n " + new String(a, StandardCharsets.UTF_8) + " ,\n\t" + new String(b, StandardCharsets.UTF_8) + " ]\n";
        List<byte[]> split = TelemetryBatch.split(bytes(batch));
        assertThat(split).hasSize(2);
        assertThat(split.get(0)).isEqualTo(a);
        assertThat(split.get(1)).isEqualTo(b);
    }

    @Test
    void aPayloadThatIsNoBatchIsRefusedWithWhatAndWhere() {
        assertThatThrownBy(() -> TelemetryBatch.split(envelope(1))).hasMessageContaining("a batch is a JSON array");
        assertThatThrownBy(() -> TelemetryBatch.split(bytes("[]"))).hasMessageContaining("an empty batch");
        assertThatThrownBy(() -> TelemetryBatch.split(bytes("[{\"a\":1}, 7]"))).hasMessageStartingWith("$[1]: expected an envelope");
        assertThatThrownBy(() -> TelemetryBatch.split(bytes("[{\"a\":1}"))).hasMessageStartingWith("$");
        assertThatThrownBy(() -> TelemetryBatch.split(bytes("[{\"a\":1}] {}"))).hasMessageContaining("data after the batch");
        assertThatThrownBy(() -> TelemetryBatch.split(bytes("[{\"a\":}]"))).hasMessageContaining("not a JSON array of envelopes");
        TelemetryBatch.Builder big = new TelemetryBatch.Builder();
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i <= TelemetryBatch.MAX_ENVELOPES; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{}");
            if (i < TelemetryBatch.MAX_ENVELOPES) {
                big.add(bytes("{}"));
            }
        }
        assertThatThrownBy(() -> TelemetryBatch.split(bytes(tooMany + "]"))).hasMessageContaining("more than 1000 envelopes");
        assertThatThrownBy(() -> big.add(bytes("{}"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TelemetryBatch.Builder().take()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePublishedBatchSchemaIsAnArrayOfEnvelopesWithTheCodecsLimit() {
        JsonNode schema = Schemas.tree("schemas/telemetry-batch-v1.schema.json");
        assertThat(schema.path("type").asText()).isEqualTo("array");
        assertThat(schema.path("minItems").asInt()).isEqualTo(1);
        assertThat(schema.path("maxItems").asInt()).isEqualTo(TelemetryBatch.MAX_ENVELOPES);
        assertThat(schema.path("items").path("$ref").asText())
                .isEqualTo(Schemas.tree(Schemas.ENVELOPE).path("$id").asText());
    }

    @Test
    void theBatchExampleInTheContractsPageSplitsIntoValidEnvelopes() throws Exception {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "contracts.md"));
        String section = page.substring(page.indexOf("## Gateway batches of telemetry"));
        java.util.regex.Matcher json = java.util.regex.Pattern.compile("```json\\n(.*?)\\n```", java.util.regex.Pattern.DOTALL)
                .matcher(section);
        assertThat(json.find()).as("a json example in the section").isTrue();
        List<byte[]> envelopes = TelemetryBatch.split(bytes(json.group(1)));
        assertThat(envelopes).hasSize(2);
        for (byte[] e : envelopes) {
            assertThat(EnvelopeCodec.decodeTelemetry(e)).as(new String(e, StandardCharsets.UTF_8)).isInstanceOf(DecodeResult.Decoded.class);
        }
    }
}
