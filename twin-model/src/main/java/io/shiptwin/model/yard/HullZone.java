package io.shiptwin.model.yard;

/** Where in the hull a block sits; zones group blocks for erection and outfitting. */
public enum HullZone {
    FORE_BODY, CARGO_HOLD, DOUBLE_BOTTOM, SIDE_SHELL, DECK, ENGINE_ROOM, AFT_BODY, ACCOMMODATION
}
