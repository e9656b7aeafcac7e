package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/**
 * A ship on order or in service, by hull number. Main particulars are those of the contract.
 *
 * @param design the design this hull is built to
 */
public record Ship(Identifier id, String hullNumber, ShipType type, MainParticulars particulars, Identifier design)
        implements YardObject {

    public Ship {
        Require.kind("id", ObjectKind.SHIP, id);
        Require.text("hullNumber", hullNumber);
        Require.present("type", type);
        Require.present("particulars", particulars);
        Require.kind("design", ObjectKind.DESIGN, design);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SHIP;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.BUILT_TO, design));
    }
}
