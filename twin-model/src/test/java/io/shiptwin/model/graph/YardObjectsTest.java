package io.shiptwin.model.graph;

import static io.shiptwin.model.graph.SampleYard.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.yard.*;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Entities reject impossible values when built, with a message naming the field. */
class YardObjectsTest {

    @Test
    void aProductionWorkOrderMustTargetABlock() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkOrder(WORK_ORDER_ID, WorkOrderKind.PRODUCTION, CRANE, 8))
                .withMessage("target: expected a BLK-{hull}-{block} identifier, got '88.118.8001/EQ-GC-01'");
    }

    @Test
    void aMaintenanceWorkOrderMustTargetEquipment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkOrder(WORK_ORDER_ID, WorkOrderKind.PREVENTIVE_MAINTENANCE, BLOCK_101, 8))
                .withMessage("target: expected a EQ-{assetTag...} identifier, got '88.118.8001/BLK-H1234-B101'");
    }

    @Test
    void equipmentCapacitiesCannotBeNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Equipment(CRANE, AssetType.GANTRY_CRANE, DOCK_CRANES, Map.of("safeWorkingLoadTonnes", -1.0), List.of()))
                .withMessage("capacities.safeWorkingLoadTonnes: must be a finite number >= 0, got -1.0");
    }

    @Test
    void aCrewHasAtLeastOnePerson() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Crew(id(ObjectKind.CREW, "WELD", "A"), "welding", 0, DOCK_CRANES))
                .withMessage("headcount: must be >= 1, got 0");
    }

    @Test
    void aDesignRevisionTouchesOnlyBlocks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DesignRevision(id(ObjectKind.DESIGN_REVISION, "BC50K", "R04"), DESIGN_ID, 4, "x",
                        List.of(BLOCK_101, SHIP_ID)))
                .withMessage("blocksTouched[1]: expected a BLK-{hull}-{block} identifier, got '88.118.8001/SHIP-H1234'");
    }

    @Test
    void mainParticularsRejectANegativeDeadweight() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MainParticulars(190, 32, 18, 12, -1, 0))
                .withMessage("deadweightTonnes: must be a finite number >= 0, got -1.0");
    }

    @Test
    void listsAreCopiedSoTheRecordStaysImmutable() {
        List<io.shiptwin.model.Identifier> blocks = new java.util.ArrayList<>(List.of(BLOCK_101));
        MaterialDelivery delivery = new MaterialDelivery(id(ObjectKind.MATERIAL_DELIVERY, "1"), id(ObjectKind.SUPPLIER, "X"), "plate", 1,
                blocks);
        blocks.add(BLOCK_102);

        assertThat(delivery.forBlocks()).containsExactly(BLOCK_101);
    }

    @ParameterizedTest
    @EnumSource(ObjectKind.class)
    void everyObjectKindHasItsRecord(ObjectKind kind) {
        Class<?> record = DtdlExport.recordOf(kind);

        assertThat(SampleYard.objects()).filteredOn(o -> o.getClass() == record).allMatch(o -> o.kind() == kind).isNotEmpty();
    }

    @Test
    void everyYardObjectRecordIsAKind() {
        assertThat(Arrays.stream(ObjectKind.values()).map(DtdlExport::recordOf))
                .containsExactlyInAnyOrder(YardObject.class.getPermittedSubclasses());
    }

    @Test
    void attributesFlattenNestedRecordsAndMapsAndLeaveReferencesOut() {
        Map<String, String> ship = Attributes.of(SampleYard.graph().get(SHIP_ID, Ship.class));

        assertThat(ship).containsEntry("hullNumber", "H1234").containsEntry("type", "BULK_CARRIER")
                .containsEntry("particulars.deadweightTonnes", "50000.0").doesNotContainKeys("id", "design");
    }
}
