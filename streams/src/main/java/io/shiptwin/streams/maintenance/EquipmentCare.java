package io.shiptwin.streams.maintenance;

/**
 * The keyed state of one machine's care (a Flink POJO, updated in place): status and what sets it, the drift
 * trackers (one per {@link DriftRule} of its type), the open work order, and the shift being accumulated.
 * Bounded by the number of machines, so it needs no TTL.
 */
public class EquipmentCare {
    public String assetId;
    public String assetType;
    public String status;
    public long statusSince;
    public long conditionVersion;
    public long lastConditionAt = Long.MIN_VALUE;
    public double lastRul = Double.NaN;
    // What the business events say.
    public boolean down;
    public String maintenanceOrder;
    // Drift detectors and the work order they open.
    public DriftTrack[] tracks = new DriftTrack[0];
    public int ordersOpened;
    public String openOrderId;
    public String openOrderAlert;
    public String openOrderReason;
    public long openOrderAt;
    public double openOrderRul = Double.NaN;
    // The shift being accumulated (milliseconds by status).
    public long shiftStart = Long.MIN_VALUE;
    public long covered;
    public long working;
    public long idle;
    public long downMs;
    public long maintenance;
    public long samples;
    public long lastReadingAt = Long.MIN_VALUE;
    public String lastStatus;
    public long creditedUntil = Long.MIN_VALUE;

    public EquipmentCare() {
    }
}
