package io.shiptwin.model;

/**
 * A business event of the yard (stage, quality, logistics, cost, energy, service...), published on
 * the {@code .../events} channel. The header is the envelope; the other record components are the body,
 * written under their own names: units are part of the names ({@code quantityTonnes}, {@code energyKwh}).
 */
public sealed interface BusinessEvent extends YardEvent permits StageStarted, StageFinished, DesignRevisionReleased,
        MaterialOrdered, MaterialDelivered, InspectionRecorded, NonConformanceOpened, NonConformanceClosed,
        WorkOrderOpened, WorkOrderClosed, EquipmentFaulted, EquipmentRepaired, ManHoursBooked, CostBooked,
        EnergyMetered, CrewPresenceReported, ShipDelivered, OperationalReport, SurveyCompleted, StagePlanned {

    EventHeader header();

    @Override
    default String eventId() {
        return header().eventId();
    }

    @Override
    default String assetId() {
        return header().assetId();
    }

    @Override
    default long sequence() {
        return header().sequence();
    }

    @Override
    default long eventTimeMillis() {
        return header().eventTimeMillis();
    }

    @Override
    default String site() {
        return header().site();
    }

    @Override
    default String area() {
        return header().area();
    }

    @Override
    default String assetType() {
        return header().assetType();
    }
}
