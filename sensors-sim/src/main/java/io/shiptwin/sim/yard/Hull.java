package io.shiptwin.sim.yard;

import io.shiptwin.sim.scenario.Scenario.ShipDesign;
import java.util.List;

/**
 * A ship on the order book as built from its design: its blocks in erection order, grouped into
 * grand blocks, each grand block on an erection front. Times are simulated millis.
 */
public record Hull(String hull, ShipDesign design, long start, long contractDelivery, List<Block> blocks, List<GrandBlock> grandBlocks) {

    public Hull {
        blocks = List.copyOf(blocks);
        grandBlocks = List.copyOf(grandBlocks);
    }

    public String id() {
        return "SHIP-" + hull;
    }

    /** A hull block: its code, zone, steel weight and place in the erection sequence. */
    public record Block(String hull, String code, String zone, double weightTonnes, int erectionIndex, long steelRelease) {
        public String id() {
            return "BLK-" + hull + "-" + code;
        }
    }

    /** Blocks joined near the dock and lifted as one; {@code front} is the erection front it belongs to. */
    public record GrandBlock(String hull, String code, List<Block> blocks, int front, int index) {
        public GrandBlock {
            blocks = List.copyOf(blocks);
        }

        public double weightTonnes() {
            return blocks.stream().mapToDouble(Block::weightTonnes).sum();
        }

        public String id() {
            return "GBK-" + hull + "-" + code;
        }
    }
}
