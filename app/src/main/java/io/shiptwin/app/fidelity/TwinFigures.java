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
                          Map<String, Service> service) {

    public TwinFigures {
        hulls = Map.copyOf(hulls);
        ships = Map.copyOf(ships);
        equipment = Map.copyOf(equipment);
        service = Map.copyOf(service);
    }

    /** Figures without ships in service. */
    public TwinFigures(Map<String, Hull> hulls, Map<String, Ship> ships, Map<String, Equipment> equipment) {
        this(hulls, ships, equipment, Map.of());
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
