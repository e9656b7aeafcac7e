package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A defect found by an inspection; the twin follows it through rework to closure. */
public record NonConformance(Identifier id, Identifier block, Identifier inspection, Severity severity,
        String description) implements YardObject {

    public NonConformance {
        Require.kind("id", ObjectKind.NON_CONFORMANCE, id);
        Require.kind("block", ObjectKind.BLOCK, block);
        Require.kind("inspection", ObjectKind.INSPECTION, inspection);
        Require.present("severity", severity);
        Require.text("description", description);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.NON_CONFORMANCE;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.RAISED_ON, block), new Link(Relationship.FOUND_BY, inspection));
    }
}
