package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON values as strings through one generator and one buffer, kept from one value to the next, for code that
 * writes a small JSON value for every event: a new writer, generator and their buffers for each value were garbage the
 * collector had to clear for every event (docs/performance.md, fourteenth round). Write a value between {@link #begin}
 * and {@link #end}:
 *
 * <pre>{@code
 * JsonGenerator g = text.begin();
 * g.writeStartObject();
 * ...
 * g.writeEndObject();
 * return text.end();
 * }</pre>
 *
 * <p>Not thread-safe: one per writer thread (an operator instance, a sink writer). A value whose writing failed is
 * dropped with its generator, whose state it may have left half-written; the next {@link #begin} starts afresh.
 */
public final class JsonText {
    private final JsonFactory factory;
    private final StringWriter out = new StringWriter(512);
    private JsonGenerator generator;
    /** Whether a value was begun and not ended: then the generator may hold half of it. */
    private boolean open;

    /** Values written with generators of {@code factory} (its features apply), without its root value separator. */
    public JsonText(JsonFactory factory) {
        this.factory = factory;
    }

    /** The generator to write one value with, on an empty buffer. */
    public JsonGenerator begin() {
        if (open || generator == null) {
            generator = create();
        }
        out.getBuffer().setLength(0);
        open = true;
        return generator;
    }

    /** The value written since {@link #begin}. */
    public String end() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw; kept for the generator's contract
        }
        open = false;
        return out.toString();
    }

    private JsonGenerator create() {
        try {
            JsonGenerator g = factory.createGenerator(out);
            g.setRootValueSeparator(null); // each value is a string of its own: nothing between one and the next
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
