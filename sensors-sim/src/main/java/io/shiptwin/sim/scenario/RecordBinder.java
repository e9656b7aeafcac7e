package io.shiptwin.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiptwin.sim.des.Distribution;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Binds a YAML tree onto the scenario records by their component names, filling each record's
 * missing fields from its defaults (keyed by the record's simple name) and collecting every
 * problem with its path instead of stopping at the first.
 */
final class RecordBinder {
    private final JsonNode defaults;
    private final List<String> problems;

    RecordBinder(JsonNode defaults, List<String> problems) {
        this.defaults = defaults;
        this.problems = problems;
    }

    /** Returns the bound value, or null when a problem was recorded. */
    Object bind(JsonNode node, Type type, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(path + ": is required");
            return null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return list(node, p.getActualTypeArguments()[0], path);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return record(node, c, path);
        }
        if (c == String.class) {
            return node.isValueNode() ? node.asText() : fail(path, "must be text", node);
        }
        if (c == int.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : fail(path, "must be an integer", node);
        }
        if (c == long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : fail(path, "must be an integer", node);
        }
        if (c == double.class) {
            return node.isNumber() ? node.doubleValue() : fail(path, "must be a number", node);
        }
        if (c == boolean.class) {
            return node.isBoolean() ? node.booleanValue() : fail(path, "must be true or false", node);
        }
        if (c == Distribution.class) {
            return distribution(node, path);
        }
        throw new IllegalStateException("no binding for " + type + " at " + path);
    }

    private Object fail(String path, String rule, JsonNode got) {
        problems.add(path + ": " + rule + ", got " + got);
        return null;
    }

    private Object distribution(JsonNode node, String path) {
        if (node.isNumber()) {
            return new Distribution.Constant(node.doubleValue());
        }
        if (!node.isTextual()) {
            return fail(path, "must be a number or a distribution like triangular(1, 2, 4)", node);
        }
        try {
            return DistributionSyntax.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
            return null;
        }
    }

    private Object list(JsonNode node, Type element, String path) {
        if (!node.isArray()) {
            return fail(path, "must be a list", node);
        }
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            Object v = bind(node.get(i), element, path + "[" + i + "]");
            ok &= v != null;
            out.add(v);
        }
        return ok ? out : null;
    }

    private Object record(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            return fail(path, "must be a mapping", node);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        ObjectNode merged = defaults.has(type.getSimpleName())
                ? ((ObjectNode) defaults.get(type.getSimpleName())).deepCopy() : ((ObjectNode) node).objectNode();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!names.contains(key)) {
                String hint = DidYouMean.suggest(key, names);
                problems.add(prefix(path) + key + ": unknown key" + (hint.isEmpty() ? " (known: " + String.join(", ", names) + ")" : hint));
                continue;
            }
            merged.set(key, node.get(key));
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            args[i] = bind(merged.get(rc.getName()), rc.getGenericType(), prefix(path) + rc.getName());
            ok &= args[i] != null;
        }
        if (!ok) {
            return null;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            problems.add(path + ": " + e.getCause().getMessage());
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }
}
