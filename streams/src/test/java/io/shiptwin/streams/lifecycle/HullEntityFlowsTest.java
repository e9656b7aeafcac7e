package io.shiptwin.streams.lifecycle;

import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK_2;
import static io.shiptwin.streams.lifecycle.Hulls.PREFIX;
import static io.shiptwin.streams.lifecycle.Hulls.SHIP;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.lifecycle.LifecycleStage;
import io.shiptwin.model.yard.Disposition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hull entities the lifecycle twin's flows are about, by the identifiers the yard gives them. */
class HullEntityFlowsTest {
    private static final Identifier OTHER_SHIP_BLOCK = ObjectKind.BLOCK.identifier(PREFIX, "H2000", "B101");

    private static EventHeader header(Identifier subject) {
        return new EventHeader("e", subject.toString(), 1, Hulls.T0, "wenchong", "yard", "x");
    }

    @Test
    void aPlanIsAboutItsSubject() {
        assertThat(HullEntity.all(new StagePlanned(header(BLOCK), LifecycleStage.CUTTING, Hulls.T0, 8))).containsExactly(BLOCK.toString());
    }

    @Test
    void materialAndClosedNonConformancesAreAboutTheBlockTheirIdentifierNames() {
        Identifier delivery = ObjectKind.MATERIAL_DELIVERY.identifier(PREFIX, "H1234", "B101");
        Identifier nc = ObjectKind.NON_CONFORMANCE.identifier(PREFIX, "H1234", "B101", "3");
        assertThat(HullEntity.all(new MaterialOrdered(header(delivery), Hulls.CREW, "steel", 1, 1))).containsExactly(BLOCK.toString());
        assertThat(HullEntity.all(new NonConformanceClosed(header(nc), Disposition.REWORKED, 1))).containsExactly(BLOCK.toString());
        assertThat(HullEntity.all(new NonConformanceClosed(header(Hulls.NC), Disposition.REWORKED, 1))).isEmpty();
    }

    @Test
    void aProductionWorkOrderIsAboutItsBlockAndAMaintenanceOrderAboutNoHull() {
        Identifier production = new Identifier(PREFIX, "WO-BLK-H1234-B101-7");
        Identifier maintenance = new Identifier(PREFIX, "WO-GC-01-2");
        assertThat(HullEntity.all(new WorkOrderClosed(header(production), 3, 0))).containsExactly(BLOCK.toString());
        assertThat(HullEntity.all(new WorkOrderClosed(header(maintenance), 3, 0))).isEmpty();
    }

    @Test
    void crewPresenceIsAboutItsZoneWhenThatIsAHullEntity() {
        assertThat(HullEntity.all(new CrewPresenceReported(header(Hulls.CREW), BLOCK_2, 4, 2))).containsExactly(BLOCK_2.toString());
        assertThat(HullEntity.all(new CrewPresenceReported(header(Hulls.CREW), Hulls.AREA, 4, 2))).isEmpty();
    }

    @Test
    void aDesignRevisionReachesEveryBlockItTouchedAndEachOfTheirShipsOnce() {
        Identifier design = ObjectKind.DESIGN.identifier(PREFIX, "BULK50K");
        Identifier revision = ObjectKind.DESIGN_REVISION.identifier(PREFIX, "BULK50K", "R1");
        DesignRevisionReleased r = new DesignRevisionReleased(header(design), revision, 1, List.of(BLOCK, BLOCK_2, OTHER_SHIP_BLOCK), 0);

        assertThat(HullEntity.all(r)).containsExactly(BLOCK.toString(), BLOCK_2.toString(), OTHER_SHIP_BLOCK.toString(),
                SHIP.toString(), "88.118.8001/SHIP-H2000");
        assertThat(HullEntity.of(r)).contains(BLOCK.toString());
    }
}
