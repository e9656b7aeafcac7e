package io.shiptwin.streams.kpi;

/** What one business event adds to the KPI inputs of a window (see {@link KpiAccumulator}). */
record KpiFacts(double steelTonnes, long blocksCompleted, double manHours, double energyKwh, long inspections,
                long failedInspections, double cgtDelivered, double deliveredShipManHours, long plannedStagesFinished,
                long stagesFinishedOnTime, long dftInspections, long dftPassed) {

    static final KpiFacts NONE = new KpiFacts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static KpiFacts steel(double tonnes) {
        return new KpiFacts(tonnes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static KpiFacts manHours(double hours) {
        return new KpiFacts(0, 0, hours, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static KpiFacts energy(double kwh) {
        return new KpiFacts(0, 0, 0, kwh, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static KpiFacts inspection(boolean passed, boolean coatingDft) {
        return new KpiFacts(0, 0, 0, 0, 1, passed ? 0 : 1, 0, 0, 0, 0, coatingDft ? 1 : 0, coatingDft && passed ? 1 : 0);
    }

    static KpiFacts delivery(double cgt, double shipManHours) {
        return new KpiFacts(0, 0, 0, 0, 0, 0, cgt, shipManHours, 0, 0, 0, 0);
    }

    /** A stage finish: a completed block or not, and whether it was planned and on time. */
    static KpiFacts stageFinished(boolean blockCompleted, boolean planned, boolean onTime) {
        return new KpiFacts(0, blockCompleted ? 1 : 0, 0, 0, 0, 0, 0, 0, planned ? 1 : 0, planned && onTime ? 1 : 0, 0, 0);
    }
}
