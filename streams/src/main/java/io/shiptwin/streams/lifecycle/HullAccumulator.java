package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.lifecycle.LifecycleStage;
import java.util.Arrays;

/**
 * The keyed state of one hull twin (ship, grand block or block). A Flink POJO: public fields, public
 * no-arg constructor; stage dates are arrays indexed by {@link LifecycleStage#ordinal()}.
 */
public class HullAccumulator {
    public String entityId;
    public String kind;
    public String shipId;
    public String stage;
    public long version;
    public long[] stageStarted = empty();
    public long[] stageFinished = empty();
    public double manHours;
    public long costMinorUnits;
    public String currency;
    public double energyKwh;
    public long inspectionsPassed;
    public long inspectionsFailed;
    public long nonConformancesOpened;
    public boolean delivered;
    public String lastEventId;
    public long lastEventTime = Long.MIN_VALUE;
    // ---- the lifecycle twin's plan and remaining flows (see HullSchedule) ----
    public long[] plannedStart = empty();
    public long[] plannedFinish = empty();
    public long designRevisions;
    public double materialOrderedTonnes;
    public double materialDeliveredTonnes;
    public long materialDeliveries;
    public long nonConformancesClosed;
    public long workOrdersOpened;
    public long workOrdersClosed;
    public double equipmentHours;
    public double crewHours;
    public String workCentre;

    public HullAccumulator() {
    }

    static HullAccumulator of(String entityId) {
        HullAccumulator a = new HullAccumulator();
        a.entityId = entityId;
        a.kind = HullEntity.kind(entityId).topicSegment();
        a.shipId = HullEntity.shipOf(entityId);
        return a;
    }

    private static long[] empty() {
        long[] a = new long[LifecycleStage.values().length];
        Arrays.fill(a, -1L);
        return a;
    }

    HullTwin snapshot(long now) {
        return new HullTwin(entityId, kind, shipId, stage, version, stageStarted.clone(), stageFinished.clone(), manHours,
                costMinorUnits, currency, energyKwh, inspectionsPassed, inspectionsFailed, nonConformancesOpened, delivered,
                lastEventId, lastEventTime, now);
    }
}
