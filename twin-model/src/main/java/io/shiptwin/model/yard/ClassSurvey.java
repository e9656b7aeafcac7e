package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/** A survey of a ship by its classification society. */
public record ClassSurvey(Identifier id, Identifier ship, SurveyKind surveyKind, ClassSociety society)
        implements YardObject {

    public ClassSurvey {
        Require.kind("id", ObjectKind.CLASS_SURVEY, id);
        Require.kind("ship", ObjectKind.SHIP, ship);
        Require.present("surveyKind", surveyKind);
        Require.present("society", society);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.CLASS_SURVEY;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.SURVEYS, ship));
    }
}
