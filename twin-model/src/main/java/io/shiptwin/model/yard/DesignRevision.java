package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import java.util.ArrayList;

/** A released revision of a design (a change order) and the blocks whose BOM or nesting it changes. */
public record DesignRevision(Identifier id, Identifier design, int revision, String changeSummary,
        List<Identifier> blocksTouched) implements YardObject {

    public DesignRevision {
        Require.kind("id", ObjectKind.DESIGN_REVISION, id);
        Require.kind("design", ObjectKind.DESIGN, design);
        Require.atLeast("revision", 1, revision);
        Require.text("changeSummary", changeSummary);
        blocksTouched = Require.kinds("blocksTouched", ObjectKind.BLOCK, blocksTouched);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.DESIGN_REVISION;
    }

    @Override
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        links.add(new Link(Relationship.REVISES, design));
        blocksTouched.forEach(b -> links.add(new Link(Relationship.TOUCHES, b)));
        return List.copyOf(links);
    }
}
