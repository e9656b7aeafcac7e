package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import io.shiptwin.model.lifecycle.LifecycleStage;

/** Work done to resolve a non-conformance: the stage the block goes back to and the man-hours it costs. */
public record Rework(Identifier id, Identifier nonConformance, LifecycleStage returnTo, double manHours)
        implements YardObject {

    public Rework {
        Require.kind("id", ObjectKind.REWORK, id);
        Require.kind("nonConformance", ObjectKind.NON_CONFORMANCE, nonConformance);
        Require.present("returnTo", returnTo);
        Require.nonNegative("manHours", manHours);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.REWORK;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.RESOLVES, nonConformance));
    }
}
