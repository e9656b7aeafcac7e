package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A quality-control inspection of a block. */
public record Inspection(Identifier id, Identifier block, InspectionMethod method, boolean passed) implements YardObject {

    public Inspection {
        Require.kind("id", ObjectKind.INSPECTION, id);
        Require.kind("block", ObjectKind.BLOCK, block);
        Require.present("method", method);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.INSPECTION;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.INSPECTS, block));
    }
}
