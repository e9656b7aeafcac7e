package io.shiptwin.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.shiptwin.model.AssetType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimalYardTest {
    private static final String PREFIX = "88.118.8001";

    @Test
    void hasSevenStations() {
        assertThat(MinimalYard.stations(PREFIX, 42)).hasSize(7);
    }

    @Test
    void placesTwoCranesAtTheDockFourRobotsOnThePanelLineAndABoothInThePaintShop() {
        assertThat(equipment(42)).extracting(Equipment::tag, Equipment::type, Equipment::site, Equipment::area)
                .containsExactly(
                        tuple("GC-01", AssetType.GANTRY_CRANE, "wenchong", "dock-1"),
                        tuple("GC-02", AssetType.GANTRY_CRANE, "wenchong", "dock-1"),
                        tuple("WR-01", AssetType.WELDING_ROBOT, "wenchong", "panel-line"),
                        tuple("WR-02", AssetType.WELDING_ROBOT, "wenchong", "panel-line"),
                        tuple("WR-03", AssetType.WELDING_ROBOT, "wenchong", "panel-line"),
                        tuple("WR-04", AssetType.WELDING_ROBOT, "wenchong", "panel-line"),
                        tuple("PB-01", AssetType.PAINT_BOOTH, "wenchong", "paint-shop"));
    }

    @Test
    void givesEveryStationAUniqueIdentifier() {
        assertThat(equipment(42)).extracting(Equipment::identifier).doesNotHaveDuplicates();
    }

    @Test
    void identifiesEveryStationUnderTheYardPrefixAsEqTag() {
        assertThat(equipment(42)).allSatisfy(eq -> {
            assertThat(eq.identifier().prefix()).isEqualTo(PREFIX);
            assertThat(eq.identifier().suffix()).isEqualTo("EQ-" + eq.tag());
        });
    }

    @Test
    void matchesEachStationsSignalModelToItsAssetType() {
        assertThat(MinimalYard.stations(PREFIX, 42)).allSatisfy(station -> assertThat(station.signals())
                .isInstanceOf(switch (station.equipment().type()) {
                    case GANTRY_CRANE -> SignalModel.GantryCrane.class;
                    case WELDING_ROBOT -> SignalModel.WeldingRobot.class;
                    case PAINT_BOOTH -> SignalModel.PaintBooth.class;
                    default -> throw new AssertionError("the minimal yard has no " + station.equipment().type());
                }));
    }

    @Test
    void seedDoesNotChangeTheEquipmentList() {
        assertThat(equipment(1)).isEqualTo(equipment(987_654_321L));
    }

    private static List<Equipment> equipment(long seed) {
        return MinimalYard.stations(PREFIX, seed).stream().map(MinimalYard.Station::equipment).toList();
    }
}
