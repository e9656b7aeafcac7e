package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Distribution;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.Scenario.OrderSeries;
import io.shiptwin.sim.scenario.Scenario.ShipDesign;
import io.shiptwin.sim.yard.Hull.Block;
import io.shiptwin.sim.yard.Hull.GrandBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates the hulls of the order book from their designs: block weights spread around the mean and
 * scaled to the design's steel weight, zones in erection order (bottom first), grand blocks of
 * consecutive blocks under the weight limit, dealt round-robin to the erection fronts.
 */
public final class OrderBook {
    private static final int FIRST_HULL = 1001;
    private static final int FIRST_BLOCK = 101;

    private OrderBook() {
    }

    public static List<Hull> generate(Scenario scenario, RandomGenerator weights) {
        List<Hull> hulls = new ArrayList<>();
        int next = FIRST_HULL;
        for (OrderSeries series : scenario.orderBook()) {
            ShipDesign design = scenario.designs().stream().filter(d -> d.name().equals(series.design())).findFirst().orElseThrow();
            for (int k = 0; k < series.ships(); k++) {
                double startDay = series.firstStartDay() + k * series.intervalDays();
                hulls.add(hull("H" + next++, design, SimTime.days(startDay), SimTime.days(startDay + series.contractDays()), weights));
            }
        }
        return hulls;
    }

    static Hull hull(String hull, ShipDesign design, long start, long contract, RandomGenerator random) {
        int n = design.blocks();
        double mean = design.steelTonnes() / n;
        Distribution spread = design.blockWeightSpread() > 0
                ? new Distribution.LogNormal(mean, mean * design.blockWeightSpread()) : new Distribution.Constant(mean);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = spread.duration(random);
            sum += w[i];
        }
        List<Block> blocks = new ArrayList<>();
        int zones = design.zones().size();
        for (int i = 0; i < n; i++) {
            String zone = design.zones().get(Math.min(zones - 1, i * zones / n));
            long release = start + (n == 1 ? 0 : Math.round(SimTime.days(design.steelReleaseDays()) * (double) i / n));
            blocks.add(new Block(hull, "B" + (FIRST_BLOCK + i), zone, w[i] * design.steelTonnes() / sum, i, release));
        }
        return new Hull(hull, design, start, contract, blocks, group(hull, design, blocks));
    }

    private static List<GrandBlock> group(String hull, ShipDesign design, List<Block> blocks) {
        List<GrandBlock> out = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        double weight = 0;
        for (Block b : blocks) {
            boolean full = current.size() == design.blocksPerGrandBlock() || weight + b.weightTonnes() > design.maxGrandBlockTonnes();
            if (!current.isEmpty() && full) {
                out.add(grand(hull, design, current, out.size()));
                current = new ArrayList<>();
                weight = 0;
            }
            current.add(b);
            weight += b.weightTonnes();
        }
        out.add(grand(hull, design, current, out.size()));
        return out;
    }

    private static GrandBlock grand(String hull, ShipDesign design, List<Block> blocks, int index) {
        return new GrandBlock(hull, String.format("G%02d", index + 1), blocks, index % design.erectionFronts(), index);
    }
}
