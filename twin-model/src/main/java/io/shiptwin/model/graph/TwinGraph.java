package io.shiptwin.model.graph;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.yard.Link;
import io.shiptwin.model.yard.Relationship;
import io.shiptwin.model.yard.YardObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The twin graph: every yard object and the typed relationships between them, navigable both ways.
 * Immutable, and valid by construction: {@link Builder#build()} refuses a graph whose references dangle
 * or whose multiplicities are broken (a block without its ship, a grand block without blocks, a ship
 * with two operation records).
 */
public final class TwinGraph {
    private final Map<Identifier, YardObject> objects;
    private final Map<Identifier, List<Edge>> outgoing;
    private final Map<Identifier, List<Edge>> incoming;

    private TwinGraph(Map<Identifier, YardObject> objects, Map<Identifier, List<Edge>> outgoing,
            Map<Identifier, List<Edge>> incoming) {
        this.objects = objects;
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this graph's objects, to add more and build a new graph. */
    public Builder toBuilder() {
        Builder b = new Builder();
        objects.values().forEach(b::add);
        return b;
    }

    public Optional<YardObject> find(Identifier id) {
        return Optional.ofNullable(objects.get(id));
    }

    /** The object, of the expected record type; throws naming the identifier when absent or of another kind. */
    public <T extends YardObject> T get(Identifier id, Class<T> type) {
        YardObject o = objects.get(id);
        if (o == null) {
            throw new IllegalArgumentException(id + " is not in the twin graph");
        }
        if (!type.isInstance(o)) {
            throw new IllegalArgumentException(id + " is a " + o.kind() + ", not a " + type.getSimpleName());
        }
        return type.cast(o);
    }

    public Collection<YardObject> objects() {
        return objects.values();
    }

    public List<YardObject> objectsOf(ObjectKind kind) {
        return objects.values().stream().filter(o -> o.kind() == kind).toList();
    }

    public List<Edge> outgoing(Identifier id) {
        return outgoing.getOrDefault(id, List.of());
    }

    public List<Edge> incoming(Identifier id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Forward navigation: the ship of a block is {@code targets(block, BLOCK_OF)}. */
    public List<Identifier> targets(Identifier source, Relationship relationship) {
        return outgoing(source).stream().filter(e -> e.relationship() == relationship).map(Edge::target).toList();
    }

    /** Backward navigation: the blocks of a ship are {@code sources(ship, BLOCK_OF)}. */
    public List<Identifier> sources(Identifier target, Relationship relationship) {
        return incoming(target).stream().filter(e -> e.relationship() == relationship).map(Edge::source).toList();
    }

    /** The one target of a relationship whose multiplicity is exactly one, e.g. the ship of a block. */
    public Identifier the(Identifier source, Relationship relationship) {
        List<Identifier> t = targets(source, relationship);
        if (t.size() != 1) {
            throw new IllegalArgumentException(source + " has " + t.size() + " " + relationship.relationshipName()
                    + ", not exactly one");
        }
        return t.get(0);
    }

    public int size() {
        return objects.size();
    }

    /** Collects objects, then checks the whole graph at once. Not thread-safe. */
    public static final class Builder {
        private final Map<Identifier, YardObject> objects = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds an object; an object with the same identifier is replaced (a newer version of it). */
        public Builder add(YardObject object) {
            objects.put(object.id(), object);
            return this;
        }

        public Builder addAll(Collection<? extends YardObject> more) {
            more.forEach(this::add);
            return this;
        }

        public TwinGraph build() {
            List<String> violations = new ArrayList<>();
            Map<Identifier, List<Edge>> out = new HashMap<>();
            Map<Identifier, List<Edge>> in = new HashMap<>();
            for (YardObject o : objects.values()) {
                for (Link link : o.links()) {
                    Edge edge = new Edge(o.id(), link.relationship(), link.target());
                    if (checkEdge(o, edge, violations)) {
                        out.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(edge);
                        in.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge);
                    }
                }
            }
            Multiplicities.check(objects.values(), out, in, violations);
            if (!violations.isEmpty()) {
                throw new GraphViolationException(violations);
            }
            return new TwinGraph(Map.copyOf(objects), freeze(out), freeze(in));
        }

        private boolean checkEdge(YardObject o, Edge edge, List<String> violations) {
            Relationship r = edge.relationship();
            if (r.source() != o.kind()) {
                violations.add(o.id() + ": relationship " + r + " starts at a " + r.source() + ", not a " + o.kind());
                return false;
            }
            YardObject target = objects.get(edge.target());
            if (target == null) {
                violations.add(o.id() + ": " + r.relationshipName() + " refers to " + edge.target() + ", which is not in the graph");
                return false;
            }
            if (target.kind() != r.target()) {
                violations.add(o.id() + ": " + r.relationshipName() + " must refer to a " + r.target() + ", got "
                        + target.kind() + " " + edge.target());
                return false;
            }
            return true;
        }

        private static Map<Identifier, List<Edge>> freeze(Map<Identifier, List<Edge>> m) {
            Map<Identifier, List<Edge>> frozen = new HashMap<>();
            m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return Map.copyOf(frozen);
        }
    }
}
