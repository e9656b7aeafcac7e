package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A supplier of steel, equipment or services. */
public record Supplier(Identifier id, String name, String country) implements YardObject {

    public Supplier {
        Require.kind("id", ObjectKind.SUPPLIER, id);
        Require.text("name", name);
        Require.text("country", country);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SUPPLIER;
    }

    @Override
    public List<Link> links() {
        return List.of();
    }
}
