package io.shiptwin.model.graph;

import static io.shiptwin.model.graph.SampleYard.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.yard.*;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwinGraphTest {
    private final TwinGraph graph = SampleYard.graph();

    @Test
    void sampleYardHoldsEveryObjectKind() {
        assertThat(graph.objects()).extracting(YardObject::kind).containsAll(Arrays.asList(ObjectKind.values()));
    }

    @Test
    void navigatesFromABlockToItsShip() {
        assertThat(graph.the(BLOCK_101, Relationship.BLOCK_OF)).isEqualTo(SHIP_ID);
    }

    @Test
    void navigatesFromAShipToItsBlocks() {
        assertThat(graph.sources(SHIP_ID, Relationship.BLOCK_OF)).containsExactlyInAnyOrder(BLOCK_101, BLOCK_102);
    }

    @Test
    void navigatesShipGrandBlockBlockPartLotDownAndUp() {
        Identifier grandBlock = graph.sources(SHIP_ID, Relationship.GRAND_BLOCK_OF).get(0);
        Identifier block = graph.sources(grandBlock, Relationship.JOINED_INTO).get(0);
        Identifier lot = graph.sources(block, Relationship.CUT_FOR).get(0);

        assertThat(lot).isEqualTo(LOT_ID);
        assertThat(graph.the(graph.the(graph.the(lot, Relationship.CUT_FOR), Relationship.JOINED_INTO),
                Relationship.GRAND_BLOCK_OF)).isEqualTo(SHIP_ID);
    }

    @Test
    void navigatesYardAreaWorkCentreEquipmentBothWays() {
        Identifier centre = graph.the(CRANE, Relationship.INSTALLED_AT);
        Identifier area = graph.the(centre, Relationship.CENTRE_IN);

        assertThat(graph.the(area, Relationship.AREA_OF)).isEqualTo(YARD_ID);
        assertThat(graph.sources(YARD_ID, Relationship.AREA_OF)).containsExactly(DOCK);
        assertThat(graph.sources(DOCK_CRANES, Relationship.INSTALLED_AT)).containsExactly(CRANE);
    }

    @Test
    void findsABlocksInspectionsNonConformancesWorkOrdersAndDeliveries() {
        assertThat(graph.sources(BLOCK_101, Relationship.INSPECTS)).containsExactly(INSPECTION_ID);
        assertThat(graph.sources(BLOCK_101, Relationship.RAISED_ON)).containsExactly(NC_ID);
        assertThat(graph.sources(BLOCK_102, Relationship.ORDERED_FOR)).hasSize(1);
        assertThat(graph.sources(BLOCK_101, Relationship.DELIVERED_FOR)).hasSize(1);
        assertThat(graph.targets(graph.sources(BLOCK_101, Relationship.DELIVERED_FOR).get(0), Relationship.DELIVERED_FOR))
                .containsExactly(BLOCK_101, BLOCK_102);
    }

    @Test
    void getsATypedObject() {
        assertThat(graph.get(BLOCK_101, Block.class).weightTonnes()).isEqualTo(210.5);
        assertThatThrownBy(() -> graph.get(BLOCK_101, Ship.class))
                .hasMessage("88.118.8001/BLK-H1234-B101 is a BLOCK, not a Ship");
    }

    @Test
    void rejectsABlockWhoseShipIsNotInTheGraph() {
        TwinGraph.Builder b = TwinGraph.builder().addAll(without(SHIP_ID));

        assertThatThrownBy(b::build).isInstanceOf(GraphViolationException.class)
                .hasMessageContaining("88.118.8001/BLK-H1234-B101: ship refers to 88.118.8001/SHIP-H1234, which is not in the graph");
    }

    @Test
    void rejectsAGrandBlockWithoutBlocks() {
        TwinGraph.Builder b = graph.toBuilder()
                .add(new GrandBlock(id(ObjectKind.GRAND_BLOCK, "H1234", "G02"), SHIP_ID, 2));

        assertThatThrownBy(b::build)
                .hasMessage("88.118.8001/GB-H1234-G02: needs 1..* BLOCK by grandBlock, has 0");
    }

    @Test
    void rejectsASecondOperationRecordForOneShip() {
        TwinGraph.Builder b = graph.toBuilder()
                .add(new ShipOperation(id(ObjectKind.SHIP_OPERATION, "H1234B"), SHIP_ID, "Other Co.", "LR"));

        assertThatThrownBy(b::build)
                .hasMessage("88.118.8001/SHIP-H1234: needs 0..1 SHIP_OPERATION by ship, has 2");
    }

    @Test
    void rejectsAReferenceToAnObjectOfTheWrongKind() {
        Identifier notAShip = id(ObjectKind.SHIP, "H9999");
        TwinGraph.Builder b = graph.toBuilder()
                .add(new Block(id(ObjectKind.BLOCK, "H1234", "B103"), notAShip, Optional.empty(), 10, HullZone.DECK, 3));

        assertThatThrownBy(b::build).hasMessageContaining("ship refers to 88.118.8001/SHIP-H9999, which is not in the graph");
    }

    @Test
    void aBlockCannotEvenBeBuiltWithoutExactlyOneShip() {
        assertThatThrownBy(() -> new Block(BLOCK_101, null, Optional.empty(), 10, HullZone.DECK, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("ship");
        assertThatThrownBy(() -> new Block(BLOCK_101, DESIGN_ID, Optional.empty(), 10, HullZone.DECK, 1))
                .hasMessage("ship: expected a SHIP-{hull} identifier, got '88.118.8001/DSN-BC50K'");
    }

    @Test
    void listsEveryViolationAtOnce() {
        TwinGraph.Builder b = TwinGraph.builder().addAll(without(SHIP_ID, DOCK_CRANES));

        assertThatThrownBy(b::build).isInstanceOfSatisfying(GraphViolationException.class,
                e -> assertThat(e.violations()).hasSizeGreaterThan(3));
    }

    @Test
    void replacingAnObjectKeepsItsRelationships() {
        TwinGraph updated = graph.toBuilder()
                .add(new Block(BLOCK_102, SHIP_ID, Optional.empty(), 181.0, HullZone.SIDE_SHELL, 2)).build();

        assertThat(updated.get(BLOCK_102, Block.class).weightTonnes()).isEqualTo(181.0);
        assertThat(updated.sources(SHIP_ID, Relationship.BLOCK_OF)).hasSize(2);
    }

    @Test
    void everyRelationshipIsDeclaredFromTheKindThatHoldsIt() {
        for (YardObject o : graph.objects()) {
            assertThat(o.links()).allMatch(l -> l.relationship().source() == o.kind());
        }
    }

    private static List<YardObject> without(io.shiptwin.model.Identifier... ids) {
        List<io.shiptwin.model.Identifier> drop = List.of(ids);
        return SampleYard.objects().stream().filter(o -> !drop.contains(o.id())).toList();
    }
}
