package io.shiptwin.streams.kpi;

/**
 * What one scope's events added up to in one window: the inputs of every KPI. A Flink POJO (public fields,
 * no-arg constructor), kept in keyed state until the window is purged.
 */
public class KpiAccumulator {
    public String windowKind;
    public long windowStart;
    public long windowEnd;
    public long events;
    public long lateUpdates;
    /** True once emitted at the window's close; later events within the allowed lateness re-emit it. */
    public boolean fired;
    public double steelTonnes;
    public long blocksCompleted;
    public double manHours;
    public double energyKwh;
    public long inspections;
    public long failedInspections;
    public double cgtDelivered;
    /** Ship scope: the ship's man-hours up to each delivery (the CGT/man-hour denominator). */
    public double deliveredShipManHours;
    public long plannedStagesFinished;
    public long stagesFinishedOnTime;
    public long dftInspections;
    public long dftPassed;

    public KpiAccumulator() {
    }

    static KpiAccumulator of(String windowKind, long start, long end) {
        KpiAccumulator a = new KpiAccumulator();
        a.windowKind = windowKind;
        a.windowStart = start;
        a.windowEnd = end;
        return a;
    }

    void add(KpiFacts f) {
        events++;
        steelTonnes += f.steelTonnes();
        blocksCompleted += f.blocksCompleted();
        manHours += f.manHours();
        energyKwh += f.energyKwh();
        inspections += f.inspections();
        failedInspections += f.failedInspections();
        cgtDelivered += f.cgtDelivered();
        deliveredShipManHours += f.deliveredShipManHours();
        plannedStagesFinished += f.plannedStagesFinished();
        stagesFinishedOnTime += f.stagesFinishedOnTime();
        dftInspections += f.dftInspections();
        dftPassed += f.dftPassed();
    }
}
