package io.shiptwin.model.graph;

import io.shiptwin.model.yard.YardObject;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of a yard object as flat name/text pairs, for identifier records and tables: nested
 * records and maps are flattened with dots ({@code particulars.beamMetres}); references are left out
 * (they are relationships).
 */
public final class Attributes {
    private Attributes() {
    }

    public static Map<String, String> of(YardObject object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (RecordComponent c : object.getClass().getRecordComponents()) {
            if (!DtdlSchemas.isReference(c)) {
                flatten(c.getName(), read(c, object), attributes);
            }
        }
        return attributes;
    }

    private static void flatten(String name, Object value, Map<String, String> into) {
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                flatten(name + "." + c.getName(), read(c, r), into);
            }
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(name + "." + k, v, into));
        } else if (value instanceof List<?> l) {
            into.put(name, String.join(",", l.stream().map(String::valueOf).toList()));
        } else if (value instanceof Enum<?> e) {
            into.put(name, e.name());
        } else {
            into.put(name, String.valueOf(value));
        }
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + owner.getClass().getSimpleName(), e);
        }
    }
}
