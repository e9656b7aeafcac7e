package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static String object(JsonText text, String field, long value) throws IOException {
        JsonGenerator g = text.begin();
        g.writeStartObject();
        g.writeNumberField(field, value);
        g.writeEndObject();
        return text.end();
    }

    @Test
    void eachValueIsItsOwnStringWithoutTheRootSeparatorOrWhatCameBefore() throws IOException {
        JsonText text = new JsonText(new JsonFactory());

        assertThat(object(text, "a", 1)).isEqualTo("{\"a\":1}");
        assertThat(object(text, "b", 22)).isEqualTo("{\"b\":22}");
        assertThat(object(text, "c", 333)).isEqualTo("{\"c\":333}");
    }

    @Test
    void theFactorysFeaturesApply() throws IOException {
        JsonText text = new JsonText(JsonFactory.builder().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build());

        assertThat(object(text, "a", 1)).isEqualTo("{\"a\":\"1\"}");
        assertThat(object(text, "a", 2)).isEqualTo("{\"a\":\"2\"}");
    }

    @Test
    void aValueWhoseWritingFailedLeavesNothingOfItInTheNext() throws IOException {
        JsonText text = new JsonText(new JsonFactory());
        JsonGenerator g = text.begin();
        g.writeStartObject();
        g.writeNumberField("half", 1);
        // An array's end inside an object: the generator refuses and is left inside the object, half of it buffered.
        assertThatThrownBy(g::writeEndArray).isInstanceOf(IOException.class);

        assertThat(object(text, "whole", 2)).isEqualTo("{\"whole\":2}");
    }

    @Test
    void theGeneratorIsKeptBetweenValues() {
        JsonText text = new JsonText(new JsonFactory());
        JsonGenerator first = text.begin();
        text.end();

        assertThat(text.begin()).isSameAs(first);
    }
}
