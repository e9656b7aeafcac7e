package io.shiptwin.streams.kpi;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.streams.lifecycle.HullEntity;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import java.time.Instant;

/** Business events at chosen simulated times, for the KPI tests. */
final class YardEvents {
    static final String PREFIX = "88.118.8001";
    static final Identifier SHIP = ObjectKind.SHIP.identifier(PREFIX, "H1");
    static final Identifier BLOCK = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B1");
    static final Identifier BLOCK_2 = ObjectKind.BLOCK.identifier(PREFIX, "H1", "B2");
    static final Identifier DELIVERY = ObjectKind.MATERIAL_DELIVERY.identifier(PREFIX, "H1", "B1");
    static final Identifier SUPPLIER = ObjectKind.SUPPLIER.identifier(PREFIX, "BAOSTEEL");
    static final Identifier STOCKYARD = ObjectKind.YARD_AREA.identifier(PREFIX, "STOCKYARD");
    static final Identifier CREW = ObjectKind.CREW.identifier(PREFIX, "PANEL");
    static final Identifier WC = ObjectKind.WORK_CENTRE.identifier(PREFIX, "BOOTH");
    static final Identifier INSP = ObjectKind.INSPECTION.identifier(PREFIX, "H1", "B1", "1");
    static final Identifier METER = ObjectKind.EQUIPMENT.identifier(PREFIX, "EM", "01");

    private static long offset;

    private YardEvents() {
    }

    /** Epoch millis of {@code 2026-03-02T{hhmm}:00Z}, e.g. {@code at("10:05")}. */
    static long at(String hhmm) {
        return Instant.parse("2026-03-02T" + hhmm + ":00Z").toEpochMilli();
    }

    static EventHeader header(String id, Identifier subject, long t, String area) {
        return new EventHeader(id, subject.toString(), 1, t, "wenchong", area, "x");
    }

    static MaterialDelivered steel(String id, long t, double tonnes) {
        return new MaterialDelivered(header(id, DELIVERY, t, "stockyard"), SUPPLIER, "steel plates and profiles", tonnes, STOCKYARD);
    }

    static EnergyMetered energy(String id, long t, double kwh) {
        return new EnergyMetered(header(id, METER, t, "stockyard"), STOCKYARD, kwh, 60);
    }

    static ManHoursBooked manHours(String id, long t, Identifier chargedTo, double hours) {
        return new ManHoursBooked(header(id, CREW, t, "panel-line"), chargedTo, LifecycleStage.PAINTING, hours);
    }

    static InspectionRecorded inspection(String id, long t, boolean passed) {
        return new InspectionRecorded(header(id, INSP, t, "paint-shop"), BLOCK, InspectionMethod.COATING_DFT, passed,
                passed ? "within tolerance" : "DFT low");
    }

    static InspectionRecorded ultrasonic(String id, long t, boolean passed) {
        return new InspectionRecorded(header(id, INSP, t, "assembly-hall"), BLOCK, InspectionMethod.ULTRASONIC, passed,
                passed ? "within tolerance" : "lack of fusion");
    }

    static StageStarted started(String id, long t, Identifier entity, LifecycleStage stage) {
        return new StageStarted(header(id, entity, t, "paint-shop"), stage, WC);
    }

    static StageFinished finished(String id, long t, Identifier entity, LifecycleStage stage) {
        return new StageFinished(header(id, entity, t, "paint-shop"), stage, WC);
    }

    static StagePlanned planned(String id, long t, Identifier entity, LifecycleStage stage, long plannedStart, long plannedFinish) {
        return new StagePlanned(header(id, entity, t, "planning-office"), stage, plannedStart, (plannedFinish - plannedStart) / 3_600_000.0);
    }

    static ShipDelivered delivered(String id, long t, double dwt) {
        return new ShipDelivered(header(id, SHIP, t, "quay"), "Owner", ClassSociety.CCS, dwt);
    }

    static IngestedEvent ingested(BusinessEvent e) {
        return new IngestedEvent(e, HullEntity.of(e).orElse(null), "yard.events.raw", 0, offset++);
    }
}
