package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A ship design (basic, functional and production design share the identifier). */
public record Design(Identifier id, String name, ShipType shipType) implements YardObject {

    public Design {
        Require.kind("id", ObjectKind.DESIGN, id);
        Require.text("name", name);
        Require.present("shipType", shipType);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.DESIGN;
    }

    @Override
    public List<Link> links() {
        return List.of();
    }
}
