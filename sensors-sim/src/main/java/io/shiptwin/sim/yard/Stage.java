package io.shiptwin.sim.yard;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.util.List;

/**
 * A stage as the ground truth records it: the twin-model lifecycle stage it belongs to, or, for
 * rework, none (rework repeats the stage of the work it corrects). {@code name} is what the ground
 * truth log and its hash carry.
 */
public record Stage(String name, LifecycleStage lifecycle) {
    public static final Stage STEEL_DELIVERY = of(LifecycleStage.MATERIAL);
    public static final Stage CUTTING = of(LifecycleStage.CUTTING);
    public static final Stage FORMING = of(LifecycleStage.FORMING);
    public static final Stage SUB_ASSEMBLY = of(LifecycleStage.SUB_ASSEMBLY);
    public static final Stage BLOCK_ASSEMBLY = of(LifecycleStage.BLOCK_ASSEMBLY);
    public static final Stage PRE_OUTFITTING = of(LifecycleStage.PRE_OUTFITTING);
    public static final Stage PAINTING = of(LifecycleStage.PAINTING);
    /** One coat inside painting (blast/prime, stripe, top): recorded apart from the block's whole painting stage. */
    public static final Stage COAT = new Stage("coat", LifecycleStage.PAINTING);
    public static final Stage PRE_ERECTION = of(LifecycleStage.PRE_ERECTION);
    public static final Stage ERECTION = of(LifecycleStage.ERECTION);
    public static final Stage LAUNCH = of(LifecycleStage.LAUNCH);
    public static final Stage QUAY_OUTFITTING = of(LifecycleStage.QUAY_OUTFITTING);
    public static final Stage SEA_TRIALS = of(LifecycleStage.SEA_TRIALS);
    public static final Stage DELIVERY = of(LifecycleStage.DELIVERED);
    public static final Stage MAINTENANCE = of(LifecycleStage.MAINTENANCE);
    public static final Stage REWORK = new Stage("rework", null);

    /** Block stages at work centres, in route order, matching {@code Yard.WORK_CENTRE_STAGES}. */
    public static final List<Stage> SHOP_STAGES = List.of(CUTTING, FORMING, SUB_ASSEMBLY, BLOCK_ASSEMBLY, PRE_OUTFITTING);

    private static Stage of(LifecycleStage s) {
        return new Stage(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), s);
    }

    @Override
    public String toString() {
        return name;
    }
}
