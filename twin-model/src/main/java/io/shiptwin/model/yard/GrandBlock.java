package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** Blocks joined near the dock before erection; erected as one lift in its erection sequence. */
public record GrandBlock(Identifier id, Identifier ship, int erectionSequence) implements YardObject {

    public GrandBlock {
        Require.kind("id", ObjectKind.GRAND_BLOCK, id);
        Require.kind("ship", ObjectKind.SHIP, ship);
        Require.atLeast("erectionSequence", 1, erectionSequence);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.GRAND_BLOCK;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.GRAND_BLOCK_OF, ship));
    }
}
