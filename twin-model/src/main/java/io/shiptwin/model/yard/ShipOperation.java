package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** The service life of a delivered ship: who operates it under which flag. At most one per ship. */
public record ShipOperation(Identifier id, Identifier ship, String operator, String flag) implements YardObject {

    public ShipOperation {
        Require.kind("id", ObjectKind.SHIP_OPERATION, id);
        Require.kind("ship", ObjectKind.SHIP, ship);
        Require.text("operator", operator);
        Require.text("flag", flag);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SHIP_OPERATION;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.OPERATES, ship));
    }
}
