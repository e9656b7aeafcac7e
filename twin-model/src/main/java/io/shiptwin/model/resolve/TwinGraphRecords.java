package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.graph.Attributes;
import io.shiptwin.model.graph.Edge;
import io.shiptwin.model.graph.TwinGraph;
import io.shiptwin.model.yard.YardObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of an enterprise node, read from the twin graph: an object's kind, its attributes, its
 * parents and children (part-of), and its other links in both directions.
 */
public final class TwinGraphRecords implements RecordSource {
    private final TwinGraph graph;
    private final long asOfMillis;

    /** @param asOfMillis when this graph was taken; the timestamp of every value */
    public TwinGraphRecords(TwinGraph graph, long asOfMillis) {
        this.graph = graph;
        this.asOfMillis = asOfMillis;
    }

    @Override
    public List<HandleValue> valuesFor(Identifier id) {
        Optional<YardObject> found = graph.find(id);
        if (found.isEmpty()) {
            return List.of();
        }
        List<HandleValue> values = new ArrayList<>();
        values.add(value(ValueTypes.KIND, found.get().kind().name()));
        Attributes.of(found.get()).forEach((name, text) -> values.add(value(ValueTypes.sub(ValueTypes.ATTRIBUTE, name), text)));
        for (Edge e : graph.outgoing(id)) {
            values.add(e.relationship().isPartOf() ? value(ValueTypes.PARENT, e.target().toString())
                    : value(ValueTypes.sub(ValueTypes.LINK, e.relationship().relationshipName()), e.target().toString()));
        }
        for (Edge e : graph.incoming(id)) {
            values.add(e.relationship().isPartOf() ? value(ValueTypes.CHILD, e.source().toString())
                    : value(ValueTypes.sub(ValueTypes.LINKED_BY, e.relationship().name()), e.source().toString()));
        }
        return values;
    }

    private HandleValue value(String type, String data) {
        return HandleValue.of(type, data, asOfMillis);
    }
}
