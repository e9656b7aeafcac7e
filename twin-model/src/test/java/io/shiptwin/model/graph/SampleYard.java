package io.shiptwin.model.graph;

import static io.shiptwin.model.ObjectKind.*;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small yard with one hull in production: every object kind at least once. Figures are illustrative. */
public final class SampleYard {
    public static final String PREFIX = "88.118.8001";
    public static final Identifier SHIP_ID = id(SHIP, "H1234");
    public static final Identifier DESIGN_ID = id(DESIGN, "BC50K");
    public static final Identifier GRAND_BLOCK_ID = id(GRAND_BLOCK, "H1234", "G01");
    public static final Identifier BLOCK_101 = id(BLOCK, "H1234", "B101");
    public static final Identifier BLOCK_102 = id(BLOCK, "H1234", "B102");
    public static final Identifier LOT_ID = id(PART_LOT, "H1234", "B101", "007");
    public static final Identifier YARD_ID = id(YARD, "WENCHONG");
    public static final Identifier DOCK = id(YARD_AREA, "DOCK", "1");
    public static final Identifier DOCK_CRANES = id(WORK_CENTRE, "DOCK", "1", "CRANES");
    public static final Identifier CRANE = id(EQUIPMENT, "GC", "01");
    public static final Identifier INSPECTION_ID = id(INSPECTION, "2026", "000123");
    public static final Identifier NC_ID = id(NON_CONFORMANCE, "2026", "0042");
    public static final Identifier WORK_ORDER_ID = id(WORK_ORDER, "2026", "0311");

    private SampleYard() {
    }

    public static List<YardObject> objects() {
        List<YardObject> o = new ArrayList<>();
        o.add(new Design(DESIGN_ID, "Bulk carrier 50k DWT", ShipType.BULK_CARRIER));
        o.add(new DesignRevision(id(DESIGN_REVISION, "BC50K", "R03"), DESIGN_ID, 3, "hatch coaming reinforced",
                List.of(BLOCK_101)));
        o.add(new Ship(SHIP_ID, "H1234", ShipType.BULK_CARRIER, new MainParticulars(190, 32.26, 18, 12.8, 50_000, 14_500),
                DESIGN_ID));
        o.add(new GrandBlock(GRAND_BLOCK_ID, SHIP_ID, 1));
        o.add(new Block(BLOCK_101, SHIP_ID, Optional.of(GRAND_BLOCK_ID), 210.5, HullZone.DOUBLE_BOTTOM, 1));
        o.add(new Block(BLOCK_102, SHIP_ID, Optional.empty(), 180.0, HullZone.SIDE_SHELL, 2));
        o.add(new PartLot(LOT_ID, BLOCK_101, "AH36", 48, 21.3));
        o.add(new Yard(YARD_ID, "wenchong", "Wenchong yard"));
        o.add(new YardArea(DOCK, YARD_ID, "dock-1", AreaKind.DRY_DOCK));
        o.add(new WorkCentre(DOCK_CRANES, DOCK, "dock 1 cranes", LifecycleStage.ERECTION));
        Map<String, Double> capacities = new LinkedHashMap<>();
        capacities.put("safeWorkingLoadTonnes", 600.0);
        capacities.put("windStopMetresPerSecond", 20.0);
        o.add(new Equipment(CRANE, AssetType.GANTRY_CRANE, DOCK_CRANES, capacities,
                List.of("load_t", "hoist_speed_m_min", "wind_speed_ms", "motor_temp_c")));
        o.add(new Crew(id(CREW, "RIG", "A"), "rigging", 8, DOCK_CRANES));
        o.add(new Supplier(id(SUPPLIER, "BAOSTEEL"), "Baosteel", "CN"));
        o.add(new MaterialDelivery(id(MATERIAL_DELIVERY, "2026", "0017"), id(SUPPLIER, "BAOSTEEL"), "AH36 plate 16 mm", 420,
                List.of(BLOCK_101, BLOCK_102)));
        o.add(new Inspection(INSPECTION_ID, BLOCK_101, InspectionMethod.ULTRASONIC, false));
        o.add(new NonConformance(NC_ID, BLOCK_101, INSPECTION_ID, Severity.MAJOR, "weld W-17 lack of fusion"));
        o.add(new Rework(id(REWORK, "2026", "0042", "1"), NC_ID, LifecycleStage.SUB_ASSEMBLY, 6.5));
        o.add(new WorkOrder(WORK_ORDER_ID, WorkOrderKind.CORRECTIVE_MAINTENANCE, CRANE, 8));
        o.add(new WorkOrder(id(WORK_ORDER, "2026", "0312"), WorkOrderKind.PRODUCTION, BLOCK_102, 120));
        o.add(new ClassSurvey(id(CLASS_SURVEY, "H1234", "2026"), SHIP_ID, SurveyKind.DELIVERY, ClassSociety.CCS));
        o.add(new ShipOperation(id(SHIP_OPERATION, "H1234"), SHIP_ID, "Example Bulk Shipping Co.", "PA"));
        return o;
    }

    public static TwinGraph graph() {
        return TwinGraph.builder().addAll(objects()).build();
    }

    public static Identifier id(ObjectKind kind, String... tokens) {
        return kind.identifier(PREFIX, tokens);
    }
}
