package io.shiptwin.sim;

import io.shiptwin.model.AssetType;
import io.shiptwin.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The handful of equipment that proves the data path: two gantry cranes at the dock, four welding
 * robots on the panel line and a painting booth. The full yard model replaces it in its own issue.
 */
public final class MinimalYard {
    public static final String SITE = "wenchong";

    private MinimalYard() {
    }

    /** A source of telemetry: the equipment and its signal model. */
    public record Station(Equipment equipment, SignalModel signals) {
    }

    /** Builds the yard; each station's random stream is split from {@code seed} in a fixed order. */
    public static List<Station> stations(String yardPrefix, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<Station> stations = new ArrayList<>();
        stations.add(station(yardPrefix, "GC-01", AssetType.GANTRY_CRANE, "dock-1", new SignalModel.GantryCrane(seeds.nextLong(), 240)));
        stations.add(station(yardPrefix, "GC-02", AssetType.GANTRY_CRANE, "dock-1", new SignalModel.GantryCrane(seeds.nextLong(), 180)));
        for (int i = 1; i <= 4; i++) {
            stations.add(station(yardPrefix, "WR-0" + i, AssetType.WELDING_ROBOT, "panel-line", new SignalModel.WeldingRobot(seeds.nextLong())));
        }
        stations.add(station(yardPrefix, "PB-01", AssetType.PAINT_BOOTH, "paint-shop", new SignalModel.PaintBooth(seeds.nextLong())));
        return List.copyOf(stations);
    }

    private static Station station(String prefix, String tag, AssetType type, String area, SignalModel model) {
        return new Station(new Equipment(tag, type, SITE, area, Identifier.equipment(prefix, tag)), model);
    }
}
