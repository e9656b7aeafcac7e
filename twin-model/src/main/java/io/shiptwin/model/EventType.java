package io.shiptwin.model;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of event types: the wire name ({@code type} in the envelope), the Java record, the data
 * flow it belongs to, and the JSON Schema of its body ({@code schemas/events/{wireName}.body.schema.json}).
 */
public enum EventType {
    TELEMETRY("telemetry", TelemetryReading.class, DataFlow.EQUIPMENT),
    STAGE_STARTED("stage-started", StageStarted.class, DataFlow.PRODUCTION_PROGRESS),
    STAGE_FINISHED("stage-finished", StageFinished.class, DataFlow.PRODUCTION_PROGRESS),
    DESIGN_REVISION_RELEASED("design-revision-released", DesignRevisionReleased.class, DataFlow.DESIGN),
    MATERIAL_ORDERED("material-ordered", MaterialOrdered.class, DataFlow.LOGISTICS),
    MATERIAL_DELIVERED("material-delivered", MaterialDelivered.class, DataFlow.LOGISTICS),
    INSPECTION_RECORDED("inspection-recorded", InspectionRecorded.class, DataFlow.QUALITY),
    NON_CONFORMANCE_OPENED("non-conformance-opened", NonConformanceOpened.class, DataFlow.QUALITY),
    NON_CONFORMANCE_CLOSED("non-conformance-closed", NonConformanceClosed.class, DataFlow.QUALITY),
    WORK_ORDER_OPENED("work-order-opened", WorkOrderOpened.class, DataFlow.EQUIPMENT),
    WORK_ORDER_CLOSED("work-order-closed", WorkOrderClosed.class, DataFlow.EQUIPMENT),
    EQUIPMENT_FAULTED("equipment-faulted", EquipmentFaulted.class, DataFlow.EQUIPMENT),
    EQUIPMENT_REPAIRED("equipment-repaired", EquipmentRepaired.class, DataFlow.EQUIPMENT),
    MAN_HOURS_BOOKED("man-hours-booked", ManHoursBooked.class, DataFlow.MAN_HOURS),
    COST_BOOKED("cost-booked", CostBooked.class, DataFlow.CAPITAL),
    ENERGY_METERED("energy-metered", EnergyMetered.class, DataFlow.ENERGY),
    CREW_PRESENCE_REPORTED("crew-presence-reported", CrewPresenceReported.class, DataFlow.PERSONNEL),
    SHIP_DELIVERED("ship-delivered", ShipDelivered.class, DataFlow.SERVICE),
    OPERATIONAL_REPORT("operational-report", OperationalReport.class, DataFlow.SERVICE),
    SURVEY_COMPLETED("survey-completed", SurveyCompleted.class, DataFlow.SERVICE),
    STAGE_PLANNED("stage-planned", StagePlanned.class, DataFlow.PRODUCTION_PROGRESS);

    private final String wireName;
    private final Class<? extends YardEvent> javaType;
    private final DataFlow flow;

    EventType(String wireName, Class<? extends YardEvent> javaType, DataFlow flow) {
        this.wireName = wireName;
        this.javaType = javaType;
        this.flow = flow;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends YardEvent> javaType() {
        return javaType;
    }

    public DataFlow flow() {
        return flow;
    }

    /** Classpath resource of the JSON Schema of this type's body. */
    public String bodySchemaResource() {
        return "schemas/events/" + wireName + ".body.schema.json";
    }

    public static EventType of(Class<?> javaType) {
        return Arrays.stream(values()).filter(t -> t.javaType == javaType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + javaType.getName()));
    }

    /** The type with this wire name, or null. */
    static EventType byWireName(String wireName) {
        for (EventType t : values()) {
            if (t.wireName.equals(wireName)) {
                return t;
            }
        }
        return null;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(EventType::wireName).toList();
    }
}
