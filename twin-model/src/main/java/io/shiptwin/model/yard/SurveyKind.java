package io.shiptwin.model.yard;

/** Class surveys of a ship in service (annual, intermediate at 2.5 years, special at 5 years, bottom in dry dock). */
public enum SurveyKind {
    ANNUAL, INTERMEDIATE, SPECIAL, BOTTOM, DELIVERY
}
