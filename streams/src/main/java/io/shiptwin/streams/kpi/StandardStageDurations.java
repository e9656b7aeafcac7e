package io.shiptwin.streams.kpi;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fallback plan for a stage finished without a {@code stage-planned} event: it is on schedule when it finishes
 * within a standard duration of its start. The defaults are the upper ends of the typical durations in the domain notes
 * (order-of-magnitude estimates for a mid-size bulk carrier); pass other durations to change them.
 */
public final class StandardStageDurations implements StagePlan {
    private final EnumMap<LifecycleStage, Long> millis = new EnumMap<>(LifecycleStage.class);

    public StandardStageDurations(Map<LifecycleStage, Duration> durations) {
        durations.forEach((stage, d) -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("standard duration of " + stage + ": must be > 0, got " + d);
            }
            millis.put(stage, d.toMillis());
        });
    }

    public static StandardStageDurations defaults() {
        Map<LifecycleStage, Duration> d = new EnumMap<>(LifecycleStage.class);
        d.put(LifecycleStage.DESIGN, Duration.ofDays(365));
        d.put(LifecycleStage.MATERIAL, Duration.ofDays(14));
        d.put(LifecycleStage.CUTTING, Duration.ofDays(3));
        d.put(LifecycleStage.FORMING, Duration.ofDays(3));
        d.put(LifecycleStage.SUB_ASSEMBLY, Duration.ofDays(5));
        d.put(LifecycleStage.BLOCK_ASSEMBLY, Duration.ofDays(21));
        d.put(LifecycleStage.PRE_OUTFITTING, Duration.ofDays(7));
        d.put(LifecycleStage.PAINTING, Duration.ofDays(7));
        d.put(LifecycleStage.PRE_ERECTION, Duration.ofDays(7));
        d.put(LifecycleStage.ERECTION, Duration.ofDays(70));
        d.put(LifecycleStage.LAUNCH, Duration.ofDays(2));
        d.put(LifecycleStage.QUAY_OUTFITTING, Duration.ofDays(90));
        d.put(LifecycleStage.SEA_TRIALS, Duration.ofDays(14));
        return new StandardStageDurations(d);
    }

    @Override
    public OptionalLong plannedFinish(String entityId, LifecycleStage stage, long startedAtMillis) {
        Long m = millis.get(stage);
        return m == null ? OptionalLong.empty() : OptionalLong.of(startedAtMillis + m);
    }
}
