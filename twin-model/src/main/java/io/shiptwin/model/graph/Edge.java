package io.shiptwin.model.graph;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.yard.Relationship;
import java.util.Objects;

/** One edge of the twin graph, seen from either end. */
public record Edge(Identifier source, Relationship relationship, Identifier target) {
    public Edge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(target, "target");
    }
}
