package io.shiptwin.model.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages a hull (ship and its blocks) passes through, from design to operation, in shipyard order.
 * Which moves between them are legal is decided by {@link LifecycleTransitions}.
 */
public enum LifecycleStage {
    DESIGN("design"),
    MATERIAL("material"),
    CUTTING("cutting"),
    FORMING("forming"),
    SUB_ASSEMBLY("sub-assembly"),
    BLOCK_ASSEMBLY("block assembly"),
    PRE_OUTFITTING("pre-outfitting"),
    PAINTING("painting"),
    PRE_ERECTION("pre-erection"),
    ERECTION("erection"),
    LAUNCH("launch"),
    QUAY_OUTFITTING("quay outfitting"),
    SEA_TRIALS("sea trials"),
    DELIVERED("delivered"),
    IN_OPERATION("in operation"),
    MAINTENANCE("maintenance"),
    CLASS_SURVEY("class survey");

    private final String displayName;

    LifecycleStage(String displayName) {
        this.displayName = displayName;
    }

    /** How the yard says it: {@code block assembly}. */
    public String displayName() {
        return displayName;
    }

    /** The stages reachable in one legal move from this one. */
    public Set<LifecycleStage> allowedNext() {
        return LifecycleTransitions.from(this);
    }

    public boolean canMoveTo(LifecycleStage next) {
        return allowedNext().contains(next);
    }

    /** Stages of the build (design to delivery), as opposed to the service life that follows. */
    public static Set<LifecycleStage> build() {
        return EnumSet.range(DESIGN, DELIVERED);
    }
}
