package io.shiptwin.model;

import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.SurveyKind;

/**
 * A class survey of a ship was completed.
 *
 * <p>Subject ({@code assetId}): the ship.
 */
public record SurveyCompleted(EventHeader header, Identifier survey, SurveyKind surveyKind, ClassSociety society,
        boolean passed) implements BusinessEvent {

    public SurveyCompleted {
        Require.present("header", header);
        Require.present("survey", survey);
        Require.present("surveyKind", surveyKind);
        Require.present("society", society);
    }
}
