package io.shiptwin.model.yard;

import static io.shiptwin.model.ObjectKind.*;
import static io.shiptwin.model.yard.Multiplicity.*;

import io.shiptwin.model.ObjectKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The typed relationships of the twin graph. Each is held by its source object (a block names its ship)
 * and declares two multiplicities: how many targets one source has, and how many sources one target has.
 * The graph enforces both and navigates both ways.
 */
public enum Relationship {
    BUILT_TO("builtTo", SHIP, DESIGN, EXACTLY_ONE, ANY),
    REVISES("revises", DESIGN_REVISION, DESIGN, EXACTLY_ONE, ANY),
    TOUCHES("touches", DESIGN_REVISION, BLOCK, ANY, ANY),
    GRAND_BLOCK_OF("ship", GRAND_BLOCK, SHIP, EXACTLY_ONE, ANY),
    BLOCK_OF("ship", BLOCK, SHIP, EXACTLY_ONE, ANY),
    JOINED_INTO("grandBlock", BLOCK, GRAND_BLOCK, AT_MOST_ONE, AT_LEAST_ONE),
    CUT_FOR("block", PART_LOT, BLOCK, EXACTLY_ONE, ANY),
    AREA_OF("yard", YARD_AREA, YARD, EXACTLY_ONE, ANY),
    CENTRE_IN("area", WORK_CENTRE, YARD_AREA, EXACTLY_ONE, ANY),
    INSTALLED_AT("workCentre", EQUIPMENT, WORK_CENTRE, EXACTLY_ONE, ANY),
    CREW_AT("workCentre", CREW, WORK_CENTRE, EXACTLY_ONE, ANY),
    SUPPLIED_BY("supplier", MATERIAL_DELIVERY, SUPPLIER, EXACTLY_ONE, ANY),
    DELIVERED_FOR("blocks", MATERIAL_DELIVERY, BLOCK, ANY, ANY),
    INSPECTS("block", INSPECTION, BLOCK, EXACTLY_ONE, ANY),
    RAISED_ON("block", NON_CONFORMANCE, BLOCK, EXACTLY_ONE, ANY),
    FOUND_BY("inspection", NON_CONFORMANCE, INSPECTION, EXACTLY_ONE, ANY),
    RESOLVES("nonConformance", REWORK, NON_CONFORMANCE, EXACTLY_ONE, ANY),
    ORDERED_FOR("block", WORK_ORDER, BLOCK, AT_MOST_ONE, ANY),
    MAINTAINS("equipment", WORK_ORDER, EQUIPMENT, AT_MOST_ONE, ANY),
    SURVEYS("ship", CLASS_SURVEY, SHIP, EXACTLY_ONE, ANY),
    OPERATES("ship", SHIP_OPERATION, SHIP, EXACTLY_ONE, AT_MOST_ONE);

    /** Part-of relationships: the target is the source's parent in the yard's breakdown structure. */
    private static final Set<Relationship> PART_OF = EnumSet.of(GRAND_BLOCK_OF, BLOCK_OF, JOINED_INTO, CUT_FOR, AREA_OF,
            CENTRE_IN, INSTALLED_AT, CREW_AT);

    private final String name;
    private final ObjectKind source;
    private final ObjectKind target;
    private final Multiplicity targetsPerSource;
    private final Multiplicity sourcesPerTarget;

    Relationship(String name, ObjectKind source, ObjectKind target, Multiplicity targetsPerSource, Multiplicity sourcesPerTarget) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.targetsPerSource = targetsPerSource;
        this.sourcesPerTarget = sourcesPerTarget;
    }

    /** The name on the source side, as exported to DTDL: a block's {@code ship}. */
    public String relationshipName() {
        return name;
    }

    public ObjectKind source() {
        return source;
    }

    public ObjectKind target() {
        return target;
    }

    public Multiplicity targetsPerSource() {
        return targetsPerSource;
    }

    public Multiplicity sourcesPerTarget() {
        return sourcesPerTarget;
    }

    /** True when the target is the source's parent (a block is part of its ship), not a mere reference. */
    public boolean isPartOf() {
        return PART_OF.contains(this);
    }
}
