package io.shiptwin.streams.lifecycle;

import static io.shiptwin.streams.lifecycle.Hulls.AREA;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static io.shiptwin.streams.lifecycle.Hulls.SHIP;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.lifecycle.LifecycleStage;
import org.junit.jupiter.api.Test;

class HullEntityTest {

    @Test
    void attributesEachEventToTheEntityItIsAbout() {
        assertThat(HullEntity.of(Hulls.started(SHIP, "e", 1, LifecycleStage.ERECTION))).contains(SHIP.toString());
        assertThat(HullEntity.of(Hulls.manHours(BLOCK, "e", 1, 1))).contains(BLOCK.toString());
        assertThat(HullEntity.of(Hulls.inspection(BLOCK, "e", 1, true))).contains(BLOCK.toString());
        assertThat(HullEntity.of(Hulls.nc(BLOCK, "e", 1))).contains(BLOCK.toString());
        assertThat(HullEntity.of(Hulls.cost(BLOCK, "e", 1, 1))).contains(BLOCK.toString());
        // energy metered for a yard area, and man-hours charged to something that is no hull: counted only
        assertThat(HullEntity.of(Hulls.energy(AREA, "e", 1, 1))).isEmpty();
        assertThat(HullEntity.of(Hulls.manHours(AREA, "e", 1, 1))).isEmpty();
    }

    @Test
    void derivesTheShipFromTheSuffix() {
        assertThat(HullEntity.shipOf(BLOCK.toString())).isEqualTo(SHIP.toString());
        assertThat(HullEntity.shipOf(ObjectKind.GRAND_BLOCK.identifier(Hulls.PREFIX, "H1234", "G1").toString())).isEqualTo(SHIP.toString());
        assertThat(HullEntity.shipOf(SHIP.toString())).isEqualTo(SHIP.toString());
    }
}
