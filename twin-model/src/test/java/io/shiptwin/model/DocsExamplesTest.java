package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example payloads in docs/model.md are real: the docs cannot drift from the schemas and the codec. */
class DocsExamplesTest {
    private static final Path MODEL_DOC = Path.of("..", "docs", "model.md");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    static Stream<String> examples() throws IOException {
        Matcher m = JSON_BLOCK.matcher(Files.readString(MODEL_DOC));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks.stream();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("examples")
    void exampleValidatesAgainstEnvelopeAndBodySchema(String example) throws IOException {
        assertThat(Schemas.errors(Envelopes.MAPPER.readTree(example))).as(example).isEmpty();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("examples")
    void exampleDecodesAndEncodesBackToTheSameJson(String example) throws IOException {
        DecodeResult<YardEvent> result = EnvelopeCodec.decode(example.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(result).as(example).isInstanceOf(DecodeResult.Decoded.class);
        YardEvent event = ((DecodeResult.Decoded<YardEvent>) result).value();
        JsonNode reencoded = Envelopes.MAPPER.readTree(EnvelopeCodec.encode(event));
        assertThat(reencoded).isEqualTo(Envelopes.MAPPER.readTree(example));
    }

    @Test
    void everyEventTypeHasExactlyOneExample() throws IOException {
        List<String> types = new ArrayList<>();
        for (String example : examples().toList()) {
            types.add(Envelopes.MAPPER.readTree(example).get("type").asText());
        }

        assertThat(types).containsExactlyInAnyOrderElementsOf(EventType.wireNames());
    }
}
