package io.shiptwin.app.fidelity;

import java.util.Map;

/**
 * The figures the fidelity check compares, one shape for both sides: what the twin should hold
 * ({@link ExpectedTwin}, from the simulation's ground truth) and what it holds ({@link TwinReader}, from
 * H2). Keys are full Industrial Internet identifiers ({@code 88.118.8001/BLK-H1001-B141}); times are
 * epoch millis of the simulated clock.
 *
 * @param hulls     per ship, grand block and block
 * @param ships     per ship: the roll-up over the ship, its grand blocks and blocks
 * @param equipment per piece of equipment that reports telemetry
 * @param service   per delivered ship in service: its operation totals and surveys (docs/service-twin.md)
 */
public record TwinFigures(Map<String, Hull> hulls, Map<String, Ship> ships, Map<String, Equipment> equipment,
                          Compliance compliance, Map<String, Service> service) {

    public TwinFigures {
        hulls = Map.copyOf(hulls);
        ships = Map.copyOf(ships);
        equipment = Map.copyOf(equipment);
        java.util.Objects.requireNonNull(compliance, "compliance");
        service = Map.copyOf(service);
    }

    /** Without coating or plan figures (both sides then compare as 0) and without ships in service. */
    public TwinFigures(Map<String, Hull> hulls, Map<String, Ship> ships, Map<String, Equipment> equipment) {
        this(hulls, ships, equipment, Compliance.NONE, Map.of());
    }

    /** Without ships in service. */
    public TwinFigures(Map<String, Hull> hulls, Map<String, Ship> ships, Map<String, Equipment> equipment, Compliance compliance) {
        this(hulls, ships, equipment, compliance, Map.of());
    }

    /** Without coating or plan figures. */
    public TwinFigures(Map<String, Hull> hulls, Map<String, Ship> ships, Map<String, Equipment> equipment,
                       Map<String, Service> service) {
        this(hulls, ships, equipment, Compliance.NONE, service);
    }

    /**
     * Over the whole yard: coating DFT inspections (all, passed), and stages finished that had a planned finish
     * (all, finished on or before it). The ratios are the KPIs {@code dft_compliance} and {@code schedule_adherence}
     * over the run.
     */
    public record Compliance(long dftInspections, long dftPassed, long plannedStagesFinished, long stagesFinishedOnPlan) {
        public static final Compliance NONE = new Compliance(0, 0, 0, 0);
    }

    /** When a lifecycle stage started and finished (null: not (yet) seen). */
    public record StageDates(Long started, Long finished) {
    }

    /**
     * One hull entity: its current lifecycle stage, stage dates by {@code LifecycleStage} name, what was booked
     * to it and its quality record.
     */
    public record Hull(String stage, Map<String, StageDates> stages, double manHours, long costMinorUnits,
                       long inspectionsPassed, long inspectionsFailed, long nonConformancesOpened, boolean delivered) {
        public Hull {
            stages = Map.copyOf(stages);
        }
    }

    /** A ship's totals over itself, its grand blocks and blocks. */
    public record Ship(double manHours, long costMinorUnits) {
    }

    /** Telemetry events applied (unique) and the simulated time of the newest. */
    public record Equipment(long events, long lastEventTime) {
    }

    /**
     * A ship in service: delivery, the sums of its operational reports, surveys completed and the next survey due by
     * the class rule (null while unknown).
     */
    public record Service(Long deliveredAt, long reports, double distanceNm, double fuelTonnes, double mainEngineHours,
                          double hoursAtSea, long surveys, String nextSurveyKind, Long nextSurveyDue) {
    }
}
