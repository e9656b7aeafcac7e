package io.shiptwin.model;

import static io.shiptwin.model.Envelopes.EIGHT_AM_MILLIS;

import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.ClassSociety;
import io.shiptwin.model.yard.CostCategory;
import io.shiptwin.model.yard.Disposition;
import io.shiptwin.model.yard.InspectionMethod;
import io.shiptwin.model.yard.Severity;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.model.yard.WorkOrderKind;
import java.util.List;

/** One realistic event of every type: the examples of docs/model.md. Figures are illustrative. */
final class ExampleEvents {
    private static final String YARD = "88.118.8001";

    private ExampleEvents() {
    }

    static List<YardEvent> all() {
        return List.of(
                Envelopes.craneReading(),
                new StageStarted(header("H1234", "BLK-H1234-B101", "paint-shop", "block", 3), LifecycleStage.PAINTING, id("WC-PAINT-BOOTH-1")),
                new StageFinished(header("H1234", "BLK-H1234-B101", "paint-shop", "block", 4), LifecycleStage.PAINTING, id("WC-PAINT-BOOTH-1")),
                new DesignRevisionReleased(header("BC50K", "DSN-BC50K", "design-office", "design", 12), id("REV-BC50K-R03"), 3,
                        List.of(id("BLK-H1234-B101"), id("BLK-H1234-B102")), 46.5),
                new MaterialOrdered(header("PO", "DLV-2026-0017", "stockyard", "material-delivery", 1), id("SUP-BAOSTEEL"),
                        "AH36 plate 16 mm", 420.0, 336.0),
                new MaterialDelivered(header("PO", "DLV-2026-0017", "stockyard", "material-delivery", 2), id("SUP-BAOSTEEL"),
                        "AH36 plate 16 mm", 418.7, id("AREA-STOCKYARD")),
                new InspectionRecorded(header("QC", "INSP-2026-000123", "assembly-hall", "inspection", 1), id("BLK-H1234-B101"),
                        InspectionMethod.ULTRASONIC, false, "lack of fusion in butt weld W-17, 40 mm"),
                new NonConformanceOpened(header("QC", "NC-2026-0042", "assembly-hall", "non-conformance", 1), id("BLK-H1234-B101"),
                        id("INSP-2026-000123"), Severity.MAJOR, "weld W-17 lack of fusion"),
                new NonConformanceClosed(header("QC", "NC-2026-0042", "assembly-hall", "non-conformance", 2), Disposition.REPAIRED, 6.5),
                new WorkOrderOpened(header("CMMS", "WO-2026-0311", "dock-1", "work-order", 1), WorkOrderKind.CORRECTIVE_MAINTENANCE,
                        id("EQ-GC-01"), 8.0),
                new WorkOrderClosed(header("CMMS", "WO-2026-0311", "dock-1", "work-order", 2), 9.5, 11.0),
                new EquipmentFaulted(header("GC-01", "EQ-GC-01", "dock-1", "crane", 1), "motor over-temperature: brake wear", Severity.MAJOR),
                new EquipmentRepaired(header("GC-01", "EQ-GC-01", "dock-1", "crane", 2), id("WO-2026-0311"), 9.5),
                new ManHoursBooked(header("CREW", "CREW-WELD-A", "panel-line", "crew", 77), id("BLK-H1234-B101"),
                        LifecycleStage.SUB_ASSEMBLY, 64.0),
                new CostBooked(header("ERP", "BLK-H1234-B101", "panel-line", "block", 9), CostCategory.LABOUR, "CNY", 768000L),
                new EnergyMetered(header("EM", "EQ-EM-PANEL-1", "panel-line", "energy-meter", 96), id("AREA-PANEL-LINE"), 312.4, 15),
                new CrewPresenceReported(header("CREW", "CREW-WELD-A", "panel-line", "crew", 78), id("AREA-PANEL-LINE"), 12, 7.5),
                new ShipDelivered(header("H1234", "SHIP-H1234", "outfitting-quay", "ship", 40), "Example Bulk Shipping Co.",
                        ClassSociety.CCS, 50_000.0),
                new OperationalReport(header("H1234", "SHIP-H1234", "at-sea", "ship", 41), 24.0, 312.0, 22.4, 24.0, 13.0),
                new SurveyCompleted(header("H1234", "SHIP-H1234", "dry-dock", "ship", 42), id("SRV-H1234-2031-SPECIAL"),
                        SurveyKind.SPECIAL, ClassSociety.CCS, true),
                new StagePlanned(header("H1234", "BLK-H1234-B101", "planning-office", "block", 2), LifecycleStage.BLOCK_ASSEMBLY,
                        1_773_039_600_000L, 52.5));
    }

    private static EventHeader header(String source, String suffix, String area, String assetType, long sequence) {
        return new EventHeader("run-1:" + source + ":" + sequence, YARD + "/" + suffix, sequence, EIGHT_AM_MILLIS + sequence * 60_000,
                "wenchong", area, assetType);
    }

    private static Identifier id(String suffix) {
        return new Identifier(YARD, suffix);
    }
}
