package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A crew of one trade at a work centre. Aggregated on purpose: the twin never holds named persons. */
public record Crew(Identifier id, String trade, int headcount, Identifier workCentre) implements YardObject {

    public Crew {
        Require.kind("id", ObjectKind.CREW, id);
        Require.text("trade", trade);
        Require.atLeast("headcount", 1, headcount);
        Require.kind("workCentre", ObjectKind.WORK_CENTRE, workCentre);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.CREW;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.CREW_AT, workCentre));
    }
}
