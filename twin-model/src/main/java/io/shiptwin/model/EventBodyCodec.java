package io.shiptwin.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.shiptwin.model.JsonFields.Invalid;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the body of a {@link BusinessEvent}: every record component after the header becomes
 * a JSON field of the same name (a field marked {@link OptionalField} only when not null). One rule for all types keeps the wire, the record and the body schema
 * in step (a test checks the schemas against the records). Supported component types: String, int,
 * long, double, boolean, enums (by name), {@link Identifier} (as text) and lists of identifiers.
 */
final class EventBodyCodec {
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private EventBodyCodec() {
    }

    /** The body fields of a business event type, in wire order. */
    static List<RecordComponent> bodyComponents(Class<?> type) {
        return shape(type).body;
    }

    static void writeBody(JsonGenerator g, BusinessEvent event) throws IOException {
        Shape shape = shape(event.getClass());
        for (RecordComponent c : shape.body) {
            Object value;
            try {
                value = c.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + event.getClass().getSimpleName(), e);
            }
            if (value == null && optional(c)) {
                continue; // an optional field that is absent is left out
            }
            g.writeFieldName(c.getName());
            writeValue(g, value);
        }
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Identifier id) {
            g.writeString(id.toString());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("unsupported body value " + value);
        }
    }

    static BusinessEvent readBody(EventType type, EventHeader header, JsonNode body) {
        Shape shape = shape(type.javaType());
        Object[] args = new Object[shape.body.size() + 1];
        args[0] = header;
        for (int i = 0; i < shape.body.size(); i++) {
            RecordComponent c = shape.body.get(i);
            String path = "$.body." + c.getName();
            JsonNode n = body.get(c.getName());
            args[i + 1] = optional(c) && (n == null || n.isNull()) ? null
                    : readValue(JsonFields.required(body, c.getName(), path), c.getGenericType(), path);
        }
        try {
            return (BusinessEvent) shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            // Compact constructors name the field first: "quantityTonnes: must be ...".
            String message = e.getCause().getMessage();
            throw new Invalid(message == null ? "$.body: " + e.getCause() : "$.body." + message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    /** True for a body field marked {@link OptionalField}: it may be absent. */
    static boolean optional(RecordComponent c) {
        return c.isAnnotationPresent(OptionalField.class);
    }

    private static Object readValue(JsonNode n, Type type, String path) {
        if (type == String.class) {
            if (!n.isTextual()) {
                throw new Invalid(path + ": expected string, got " + JsonFields.kind(n));
            }
            return n.asText();
        } else if (type == double.class) {
            if (!n.isNumber()) {
                throw new Invalid(path + ": expected number, got " + JsonFields.kind(n));
            }
            return n.doubleValue();
        } else if (type == int.class || type == long.class) {
            boolean fits = type == int.class ? n.canConvertToInt() : n.canConvertToLong();
            if (!n.isIntegralNumber() || !fits) {
                throw new Invalid(path + ": expected integer, got " + JsonFields.kind(n));
            }
            return type == int.class ? (Object) n.intValue() : (Object) n.longValue();
        } else if (type == boolean.class) {
            if (!n.isBoolean()) {
                throw new Invalid(path + ": expected boolean, got " + JsonFields.kind(n));
            }
            return n.booleanValue();
        } else if (type == Identifier.class) {
            if (!n.isTextual()) {
                throw new Invalid(path + ": expected identifier string, got " + JsonFields.kind(n));
            }
            try {
                return Identifier.parse(n.asText());
            } catch (IllegalArgumentException e) {
                throw new Invalid(path + ": " + e.getMessage());
            }
        } else if (type instanceof Class<?> c && c.isEnum()) {
            return readEnum(n, c, path);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!n.isArray()) {
                throw new Invalid(path + ": expected array, got " + JsonFields.kind(n));
            }
            List<Object> items = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                items.add(readValue(n.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]"));
            }
            return items;
        }
        throw new IllegalStateException("unsupported body type " + type + " at " + path);
    }

    private static Object readEnum(JsonNode n, Class<?> type, String path) {
        Object[] constants = type.getEnumConstants();
        if (n.isTextual()) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(n.asText())) {
                    return constant;
                }
            }
        }
        throw new Invalid(path + ": expected one of " + Arrays.toString(constants) + ", got " + JsonFields.kind(n));
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    private record Shape(List<RecordComponent> body, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            if (all == null || all.length == 0 || all[0].getType() != EventHeader.class) {
                throw new IllegalStateException(type + " must be a record whose first component is the EventHeader");
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Shape(List.of(all).subList(1, all.length), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
        }
    }
}
