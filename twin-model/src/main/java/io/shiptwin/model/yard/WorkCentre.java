package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import io.shiptwin.model.lifecycle.LifecycleStage;

/** A place where one stage of work is done, e.g. the FCAW station of the panel line. */
public record WorkCentre(Identifier id, Identifier area, String name, LifecycleStage stage) implements YardObject {

    public WorkCentre {
        Require.kind("id", ObjectKind.WORK_CENTRE, id);
        Require.kind("area", ObjectKind.YARD_AREA, area);
        Require.text("name", name);
        Require.present("stage", stage);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.WORK_CENTRE;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.CENTRE_IN, area));
    }
}
