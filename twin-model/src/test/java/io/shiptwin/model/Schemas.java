package io.shiptwin.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The published JSON Schemas, loaded from the classpath as a consumer would load them. */
final class Schemas {
    static final String ENVELOPE = "schemas/envelope-v1.schema.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema ENVELOPE_SCHEMA = load(ENVELOPE);
    private static final Map<EventType, Schema> BODIES = new EnumMap<>(EventType.class);

    private Schemas() {
    }

    static synchronized Schema body(EventType type) {
        return BODIES.computeIfAbsent(type, t -> load(t.bodySchemaResource()));
    }

    static JsonNode tree(String resource) {
        try (InputStream in = stream(resource)) {
            return Envelopes.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors of a whole message: the envelope against its schema, then the body against its type's schema. */
    static List<String> errors(JsonNode message) {
        List<String> errors = new ArrayList<>(ENVELOPE_SCHEMA.validate(message).stream().map(Error::toString).toList());
        EventType type = EventType.byWireName(message.path("type").asText());
        if (type == null) {
            errors.add("no body schema for type " + message.path("type"));
        } else {
            body(type).validate(message.path("body")).forEach(e -> errors.add("body: " + e));
        }
        return errors;
    }

    static List<String> errors(byte[] payload) {
        try {
            return errors(Envelopes.MAPPER.readTree(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String resource) {
        try (InputStream in = stream(resource)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing");
        }
        return in;
    }
}
