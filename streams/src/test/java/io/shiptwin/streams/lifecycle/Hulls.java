package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CostBooked;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.CostCategory;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.model.yard.Severity;

/** Business events about one hull for the lifecycle tests. */
final class Hulls {
    static final String PREFIX = "88.118.8001";
    static final long T0 = 1_772_409_600_000L; // 2026-03-02T00:00:00Z
    static final Identifier BLOCK = ObjectKind.BLOCK.identifier(PREFIX, "H1234", "B101");
    static final Identifier BLOCK_2 = ObjectKind.BLOCK.identifier(PREFIX, "H1234", "B102");
    static final Identifier SHIP = ObjectKind.SHIP.identifier(PREFIX, "H1234");
    static final Identifier CREW = ObjectKind.CREW.identifier(PREFIX, "WELD", "A");
    static final Identifier WC = ObjectKind.WORK_CENTRE.identifier(PREFIX, "PANEL", "LINE");
    static final Identifier INSP = ObjectKind.INSPECTION.identifier(PREFIX, "I1");
    static final Identifier NC = ObjectKind.NON_CONFORMANCE.identifier(PREFIX, "N1");
    static final Identifier AREA = ObjectKind.YARD_AREA.identifier(PREFIX, "ASSEMBLY");
    static final Identifier METER = ObjectKind.EQUIPMENT.identifier(PREFIX, "EM", "01");

    private Hulls() {
    }

    static EventHeader header(String eventId, Identifier subject, int n) {
        return new EventHeader(eventId, subject.toString(), n, T0 + n * 60_000L, "wenchong", "assembly", "block");
    }

    static StageStarted started(Identifier entity, String id, int n, LifecycleStage stage) {
        return new StageStarted(header(id, entity, n), stage, WC);
    }

    static StageFinished finished(Identifier entity, String id, int n, LifecycleStage stage) {
        return new StageFinished(header(id, entity, n), stage, WC);
    }

    static ManHoursBooked manHours(Identifier chargedTo, String id, int n, double hours) {
        return new ManHoursBooked(header(id, CREW, n), chargedTo, LifecycleStage.BLOCK_ASSEMBLY, hours);
    }

    static CostBooked cost(Identifier entity, String id, int n, long minor) {
        return new CostBooked(header(id, entity, n), CostCategory.LABOUR, "CNY", minor);
    }

    static InspectionRecorded inspection(Identifier block, String id, int n, boolean passed) {
        return new InspectionRecorded(header(id, INSP, n), block, InspectionMethod.DIMENSIONAL, passed, passed ? "ok" : "out of tolerance");
    }

    static NonConformanceOpened nc(Identifier block, String id, int n) {
        return new NonConformanceOpened(header(id, NC, n), block, INSP, Severity.MAJOR, "misaligned");
    }

    static EnergyMetered energy(Identifier area, String id, int n, double kwh) {
        return new EnergyMetered(header(id, METER, n), area, kwh, 15);
    }

    static IngestedEvent ingested(BusinessEvent e, long offset) {
        return new IngestedEvent(e, HullEntity.of(e).orElse(null), "yard.events.raw", 0, offset);
    }
}
