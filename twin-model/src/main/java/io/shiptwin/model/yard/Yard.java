package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A shipyard site: the root of the yard's area hierarchy. */
public record Yard(Identifier id, String site, String name) implements YardObject {

    public Yard {
        Require.kind("id", ObjectKind.YARD, id);
        Require.text("site", site);
        Require.text("name", name);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.YARD;
    }

    @Override
    public List<Link> links() {
        return List.of();
    }
}
