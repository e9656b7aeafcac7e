package io.shiptwin.model.graph;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.yard.Multiplicity;
import io.shiptwin.model.yard.Relationship;
import io.shiptwin.model.yard.YardObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks the declared multiplicities of every relationship, at both ends, for every object of the graph. */
final class Multiplicities {
    private Multiplicities() {
    }

    static void check(Collection<YardObject> objects, Map<Identifier, List<Edge>> out, Map<Identifier, List<Edge>> in,
            List<String> violations) {
        for (YardObject o : objects) {
            for (Relationship r : Relationship.values()) {
                if (r.source() == o.kind()) {
                    int count = count(out.get(o.id()), r);
                    require(o, r.targetsPerSource(), count, r.relationshipName() + " (" + r.target() + ")", violations);
                }
                if (r.target() == o.kind()) {
                    int count = count(in.get(o.id()), r);
                    require(o, r.sourcesPerTarget(), count, r.source() + " by " + r.relationshipName(), violations);
                }
            }
        }
    }

    private static void require(YardObject o, Multiplicity m, int count, String what, List<String> violations) {
        if (!m.allows(count)) {
            violations.add(o.id() + ": needs " + m.notation() + " " + what + ", has " + count);
        }
    }

    private static int count(List<Edge> edges, Relationship r) {
        if (edges == null) {
            return 0;
        }
        int n = 0;
        for (Edge e : edges) {
            if (e.relationship() == r) {
                n++;
            }
        }
        return n;
    }
}
