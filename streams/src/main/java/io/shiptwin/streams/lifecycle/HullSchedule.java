package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.lifecycle.LifecycleStage;

/**
 * Plan against actual for one hull entity, from its planned and actual stage dates (arrays indexed by
 * {@link LifecycleStage#ordinal()}, -1 where absent).
 *
 * <p>The slip of an entity is measured at the latest planned stage it has started:
 * <ul>
 *   <li>finished: actual finish − planned finish;</li>
 *   <li>running: expected finish − planned finish, where the expected finish is the later of
 *       (actual start + planned duration) and the entity's latest event time (a stage still running past its
 *       planned end is at least that late).</li>
 * </ul>
 * Positive is late. Earlier stages do not count: a block that recovered by its latest stage is not late.
 */
public final class HullSchedule {
    /** No planned stage has been reached yet. */
    public static final long UNKNOWN = Long.MIN_VALUE;
    private static final LifecycleStage[] STAGES = LifecycleStage.values();

    private HullSchedule() {
    }

    /** The stage the slip is measured at, or null. */
    public static LifecycleStage slipStage(long[] plannedStart, long[] plannedFinish, long[] started) {
        for (int i = STAGES.length - 1; i >= 0; i--) {
            if (started[i] >= 0 && plannedStart[i] >= 0 && plannedFinish[i] >= 0) {
                return STAGES[i];
            }
        }
        return null;
    }

    /** The entity's slip in millis, or {@link #UNKNOWN}. */
    public static long slipMillis(long[] plannedStart, long[] plannedFinish, long[] started, long[] finished, long latestEventTime) {
        LifecycleStage s = slipStage(plannedStart, plannedFinish, started);
        if (s == null) {
            return UNKNOWN;
        }
        int i = s.ordinal();
        if (finished[i] >= started[i] && finished[i] >= 0) {
            return finished[i] - plannedFinish[i];
        }
        long expected = Math.max(started[i] + (plannedFinish[i] - plannedStart[i]), latestEventTime);
        return expected - plannedFinish[i];
    }

    public static int stagesPlanned(long[] plannedFinish) {
        int n = 0;
        for (long f : plannedFinish) {
            if (f >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Planned stages finished (a stage counts once its finish is recorded). */
    public static int stagesDone(long[] plannedFinish, long[] finished) {
        int n = 0;
        for (int i = 0; i < plannedFinish.length; i++) {
            if (plannedFinish[i] >= 0 && finished[i] >= 0) {
                n++;
            }
        }
        return n;
    }
}
