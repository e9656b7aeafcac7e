package io.shiptwin.model.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiptwin.model.Identifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the Java types of record components to DTDL v3 schemas. */
final class DtdlSchemas {
    static final String STRING = "string";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DtdlSchemas() {
    }

    /** References to other objects (identifiers, optional or listed) are exported as relationships, not properties. */
    static boolean isReference(RecordComponent c) {
        Type t = c.getGenericType();
        if (t == Identifier.class) {
            return true;
        }
        return t instanceof ParameterizedType p
                && (p.getRawType() == Optional.class || p.getRawType() == List.class)
                && p.getActualTypeArguments()[0] == Identifier.class;
    }

    /** A primitive schema name, or an Object/Enum/Map/Array schema node. */
    static Object of(Type type) {
        if (type == String.class) {
            return STRING;
        } else if (type == double.class) {
            return "double";
        } else if (type == int.class) {
            return "integer";
        } else if (type == long.class) {
            return "long";
        } else if (type == boolean.class) {
            return "boolean";
        } else if (type instanceof Class<?> c && c.isEnum()) {
            return enumSchema(c);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            ObjectNode o = JSON.objectNode();
            o.put("@type", "Object");
            ArrayNode fields = o.putArray("fields");
            for (RecordComponent rc : c.getRecordComponents()) {
                ObjectNode f = fields.addObject();
                f.put("name", rc.getName());
                put(f, "schema", of(rc.getGenericType()));
            }
            return o;
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            ObjectNode m = JSON.objectNode();
            m.put("@type", "Map");
            m.putObject("mapKey").put("name", "name").put("schema", STRING);
            ObjectNode value = m.putObject("mapValue").put("name", "value");
            put(value, "schema", of(p.getActualTypeArguments()[1]));
            return m;
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode a = JSON.objectNode();
            a.put("@type", "Array");
            put(a, "elementSchema", of(p.getActualTypeArguments()[0]));
            return a;
        } else if (type == Double.class) {
            return "double";
        }
        throw new IllegalStateException("no DTDL schema for " + type);
    }

    private static ObjectNode enumSchema(Class<?> type) {
        ObjectNode e = JSON.objectNode();
        e.put("@type", "Enum");
        e.put("valueSchema", STRING);
        ArrayNode values = e.putArray("enumValues");
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            values.addObject().put("name", name).put("enumValue", name);
        }
        return e;
    }

    private static void put(ObjectNode node, String field, Object schema) {
        if (schema instanceof String s) {
            node.put(field, s);
        } else {
            node.set(field, (ObjectNode) schema);
        }
    }
}
