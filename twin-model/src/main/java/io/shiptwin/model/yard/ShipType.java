package io.shiptwin.model.yard;

/** Types of ship the yard builds. */
public enum ShipType {
    BULK_CARRIER, TANKER, CONTAINER_SHIP, LNG_CARRIER, RO_RO, GENERAL_CARGO, OFFSHORE
}
