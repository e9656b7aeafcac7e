package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import java.util.Objects;

/** One outgoing edge of an object: the relationship and the object it points to. */
public record Link(Relationship relationship, Identifier target) {
    public Link {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(target, "target");
    }
}
