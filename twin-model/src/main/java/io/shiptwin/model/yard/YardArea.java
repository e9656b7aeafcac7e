package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** An area of the yard (dock, panel line, paint shop); {@code name} is the MQTT namespace level. */
public record YardArea(Identifier id, Identifier yard, String name, AreaKind areaKind) implements YardObject {

    public YardArea {
        Require.kind("id", ObjectKind.YARD_AREA, id);
        Require.kind("yard", ObjectKind.YARD, yard);
        Require.text("name", name);
        Require.present("areaKind", areaKind);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.YARD_AREA;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.AREA_OF, yard));
    }
}
