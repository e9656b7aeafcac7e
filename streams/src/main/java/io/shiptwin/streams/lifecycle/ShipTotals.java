package io.shiptwin.streams.lifecycle;

/**
 * A ship's flows rolled up along the twin graph: its own bookings plus those of its blocks and grand blocks.
 *
 * @param version flow deltas applied so far (one per unique event that moved a flow)
 */
public record ShipTotals(String shipId, long version, double ownManHours, double blocksManHours, long ownCostMinorUnits,
                         long blocksCostMinorUnits, String currency, double ownEnergyKwh, double blocksEnergyKwh,
                         String lastEventId, long updatedAtMillis) {

    public double totalManHours() {
        return ownManHours + blocksManHours;
    }

    public long totalCostMinorUnits() {
        return ownCostMinorUnits + blocksCostMinorUnits;
    }

    public double totalEnergyKwh() {
        return ownEnergyKwh + blocksEnergyKwh;
    }
}
