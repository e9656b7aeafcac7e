package io.shiptwin.model.yard;

/** How a non-conformance was closed. */
public enum Disposition {
    REWORKED, REPAIRED, ACCEPTED_AS_IS, SCRAPPED
}
