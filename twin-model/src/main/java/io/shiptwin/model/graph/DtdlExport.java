package io.shiptwin.model.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.yard.Relationship;
import io.shiptwin.model.yard.YardObject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;

/**
 * Exports the model's object types to DTDL v3 (Digital Twins Definition Language), so the yard's
 * vocabulary can be carried to Azure Digital Twins or any DTDL tool: one Interface per {@link ObjectKind},
 * its record components as Properties, its {@link Relationship}s with their target and maximum multiplicity.
 *
 * <p>DTDL v3 fixes {@code minMultiplicity} at 0, so lower bounds ("a block belongs to exactly one ship")
 * travel in the relationship's description; the twin graph enforces them.
 */
public final class DtdlExport {
    public static final String CONTEXT = "dtmi:dtdl:context;3";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DtdlExport() {
    }

    /** The DTMI of an object kind: {@code dtmi:io:shiptwin:yard:Block;1}. */
    public static String dtmi(ObjectKind kind) {
        return "dtmi:io:shiptwin:yard:" + typeName(kind) + ";1";
    }

    /** A JSON array holding one DTDL Interface per object kind. */
    public static ArrayNode interfaces() {
        ArrayNode all = JSON.arrayNode();
        for (ObjectKind kind : ObjectKind.values()) {
            all.add(interfaceOf(kind));
        }
        return all;
    }

    /** The record class of an object kind: {@code YARD_AREA -> YardArea}. */
    public static Class<?> recordOf(ObjectKind kind) {
        String name = typeName(kind);
        return Arrays.stream(YardObject.class.getPermittedSubclasses())
                .filter(c -> c.getSimpleName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no YardObject record named " + name + " for " + kind));
    }

    static ObjectNode interfaceOf(ObjectKind kind) {
        ObjectNode i = JSON.objectNode();
        i.put("@context", CONTEXT);
        i.put("@id", dtmi(kind));
        i.put("@type", "Interface");
        i.put("displayName", typeName(kind));
        i.put("description", "Identifier suffix " + kind.template());
        ArrayNode contents = i.putArray("contents");
        contents.add(property("identifier", DtdlSchemas.STRING));
        for (RecordComponent c : recordOf(kind).getRecordComponents()) {
            if (!DtdlSchemas.isReference(c)) {
                contents.add(property(c.getName(), DtdlSchemas.of(c.getGenericType())));
            }
        }
        for (Relationship r : Relationship.values()) {
            if (r.source() == kind) {
                contents.add(relationship(r));
            }
        }
        return i;
    }

    private static ObjectNode property(String name, Object schema) {
        ObjectNode p = JSON.objectNode();
        p.put("@type", "Property");
        p.put("name", name);
        if (schema instanceof String s) {
            p.put("schema", s);
        } else {
            p.set("schema", (ObjectNode) schema);
        }
        return p;
    }

    private static ObjectNode relationship(Relationship r) {
        ObjectNode n = JSON.objectNode();
        n.put("@type", "Relationship");
        n.put("name", r.relationshipName());
        n.put("target", dtmi(r.target()));
        if (r.targetsPerSource().max() != Integer.MAX_VALUE) {
            n.put("maxMultiplicity", r.targetsPerSource().max());
        }
        n.put("description", "each " + typeName(r.source()) + " has " + r.targetsPerSource().notation() + " "
                + typeName(r.target()) + "; each " + typeName(r.target()) + " has " + r.sourcesPerTarget().notation()
                + " " + typeName(r.source()));
        return n;
    }

    static String typeName(ObjectKind kind) {
        StringBuilder b = new StringBuilder();
        for (String word : kind.name().split("_")) {
            b.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
