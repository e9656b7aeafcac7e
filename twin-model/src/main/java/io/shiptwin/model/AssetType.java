package io.shiptwin.model;

import java.util.Arrays;

/** Kinds of yard equipment (DOMAIN.md, "Equipment and its telemetry"), each with the segment it uses in the MQTT namespace. */
public enum AssetType {
    GANTRY_CRANE("crane"),
    WELDING_ROBOT("welding-robot"),
    PAINT_BOOTH("paint-booth"),
    CNC_CUTTER("cutter"),
    BENDING_PRESS("press"),
    BLOCK_TRANSPORTER("transporter"),
    DOCK_PUMP("pump"),
    COMPRESSOR("compressor"),
    ENERGY_METER("energy-meter"),
    /** Reads worker positioning tags (RFID/UWB) and reports crews per zone, never named persons. */
    POSITIONING_READER("positioning"),
    NETWORK_GATEWAY("gateway");

    private final String topicSegment;

    AssetType(String topicSegment) {
        this.topicSegment = topicSegment;
    }

    public String topicSegment() {
        return topicSegment;
    }

    public static AssetType fromTopicSegment(String segment) {
        return Arrays.stream(values())
                .filter(t -> t.topicSegment.equals(segment))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown asset type '" + segment + "', expected one of "
                        + Arrays.stream(values()).map(AssetType::topicSegment).toList()));
    }
}
