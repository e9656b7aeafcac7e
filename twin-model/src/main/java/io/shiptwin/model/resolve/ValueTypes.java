package io.shiptwin.model.resolve;

/** The value types of a ShipTwin identifier record. Types are dotted: a query for a type matches its sub-types. */
public final class ValueTypes {
    /** The object kind, e.g. {@code BLOCK}. */
    public static final String KIND = "KIND";
    /** One attribute per value: {@code ATTR.weightTonnes} = {@code 210.5}. */
    public static final String ATTRIBUTE = "ATTR";
    /** The object this one is part of: a block's ship and grand block. */
    public static final String PARENT = "PARENT";
    /** The objects that are part of this one: a ship's blocks. */
    public static final String CHILD = "CHILD";
    /** A reference that is not part-of: {@code LINK.builtTo} of a ship. */
    public static final String LINK = "LINK";
    /** The other end of a reference: {@code LINKED_BY.INSPECTS} lists a block's inspections. */
    public static final String LINKED_BY = "LINKED_BY";
    /** Where the current twin state can be read: a URL. */
    public static final String TWIN_STATE = "TWIN_STATE";
    /** Where the object's data came from: {@code DATA_SOURCE.mqtt}, {@code DATA_SOURCE.kafka}, {@code DATA_SOURCE.h2}. */
    public static final String DATA_SOURCE = "DATA_SOURCE";

    private ValueTypes() {
    }

    public static String sub(String type, String name) {
        return type + "." + name;
    }
}
