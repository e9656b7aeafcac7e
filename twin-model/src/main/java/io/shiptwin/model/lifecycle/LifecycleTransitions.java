package io.shiptwin.model.lifecycle;

import static io.shiptwin.model.lifecycle.LifecycleStage.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves of the lifecycle state machine, in three groups: the forward flow of the build, the
 * rework loops back from quality control, and the service life of the delivered ship.
 */
public final class LifecycleTransitions {
    private static final Map<LifecycleStage, Set<LifecycleStage>> FORWARD = new EnumMap<>(LifecycleStage.class);
    private static final Map<LifecycleStage, Set<LifecycleStage>> REWORK = new EnumMap<>(LifecycleStage.class);
    private static final Map<LifecycleStage, Set<LifecycleStage>> ALL = new EnumMap<>(LifecycleStage.class);

    static {
        LifecycleStage[] build = {DESIGN, MATERIAL, CUTTING, FORMING, SUB_ASSEMBLY, BLOCK_ASSEMBLY, PRE_OUTFITTING,
                PAINTING, PRE_ERECTION, ERECTION, LAUNCH, QUAY_OUTFITTING, SEA_TRIALS, DELIVERED, IN_OPERATION};
        for (int i = 0; i + 1 < build.length; i++) {
            forward(build[i], build[i + 1]);
        }
        // Service life: a ship in operation goes to maintenance or a class survey and comes back;
        // a survey may order repairs, and dry-docking maintenance is surveyed before the ship sails.
        forward(IN_OPERATION, MAINTENANCE);
        forward(IN_OPERATION, CLASS_SURVEY);
        forward(MAINTENANCE, IN_OPERATION);
        forward(CLASS_SURVEY, IN_OPERATION);
        forward(MAINTENANCE, CLASS_SURVEY);
        forward(CLASS_SURVEY, MAINTENANCE);
        // Rework loops: quality control of a stage's output sends the work back to where the defect was made.
        rework(FORMING, CUTTING);             // mis-cut part found at forming: re-cut
        rework(BLOCK_ASSEMBLY, SUB_ASSEMBLY); // UT/RT weld defect in a panel: repair on the panel line
        rework(PRE_OUTFITTING, BLOCK_ASSEMBLY); // dimensional check out of tolerance
        rework(PAINTING, PRE_OUTFITTING);     // hot work forgotten before coating: outfit, then recoat
        rework(PRE_ERECTION, BLOCK_ASSEMBLY); // out-of-tolerance block must be reworked before erection
        rework(PRE_ERECTION, PAINTING);       // coating damage (DFT below spec) found before lifting
        rework(ERECTION, PRE_ERECTION);       // fit-up failure in the dock: back to the pre-erection area
        rework(SEA_TRIALS, QUAY_OUTFITTING);  // trial deficiencies are fixed at the quay, then trials again
        for (LifecycleStage s : LifecycleStage.values()) {
            EnumSet<LifecycleStage> all = EnumSet.noneOf(LifecycleStage.class);
            all.addAll(FORWARD.getOrDefault(s, Set.of()));
            all.addAll(REWORK.getOrDefault(s, Set.of()));
            ALL.put(s, Collections.unmodifiableSet(all));
        }
    }

    private LifecycleTransitions() {
    }

    /** Every stage reachable in one legal move from {@code stage}. */
    public static Set<LifecycleStage> from(LifecycleStage stage) {
        return ALL.get(stage);
    }

    /** True when {@code from -> to} is a rework loop back from quality control. */
    public static boolean isRework(LifecycleStage from, LifecycleStage to) {
        return REWORK.getOrDefault(from, Set.of()).contains(to);
    }

    private static void forward(LifecycleStage from, LifecycleStage to) {
        FORWARD.computeIfAbsent(from, k -> EnumSet.noneOf(LifecycleStage.class)).add(to);
    }

    private static void rework(LifecycleStage from, LifecycleStage to) {
        REWORK.computeIfAbsent(from, k -> EnumSet.noneOf(LifecycleStage.class)).add(to);
    }
}
