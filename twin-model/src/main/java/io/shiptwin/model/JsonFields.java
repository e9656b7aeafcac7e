package io.shiptwin.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

/** Reading required fields from a JSON tree with errors that name the path, the expectation and what was found. */
final class JsonFields {
    private JsonFields() {
    }

    static String text(JsonNode parent, String field, String path, int maxLength) {
        JsonNode n = required(parent, field, path);
        if (!n.isTextual()) {
            throw new Invalid(path + ": expected string, got " + kind(n));
        }
        if (n.asText().isEmpty()) {
            throw new Invalid(path + ": must not be empty");
        }
        if (n.asText().length() > maxLength) {
            throw new Invalid(path + ": at most " + maxLength + " characters, got " + n.asText().length());
        }
        return n.asText();
    }

    static long integer(JsonNode parent, String field, String path) {
        JsonNode n = required(parent, field, path);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new Invalid(path + ": expected integer, got " + kind(n));
        }
        return n.asLong();
    }

    static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode n = required(parent, field, path);
        if (!n.isObject()) {
            throw new Invalid(path + ": expected object, got " + kind(n));
        }
        return n;
    }

    static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new Invalid(path + ": required, missing");
        }
        return n;
    }

    /** What a node is, for "got ..." in messages: {@code string 'x'}, {@code number 5}, {@code array}. */
    static String kind(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        JsonNodeType t = n.getNodeType();
        return switch (t) {
            case STRING -> "string '" + n.asText() + "'";
            case NUMBER -> "number " + n.asText();
            case BOOLEAN -> "boolean " + n.asText();
            default -> t.name().toLowerCase();
        };
    }

    /** Internal control flow of the decoder; never escapes it. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
