package io.shiptwin.streams.maintenance;

/**
 * One machine over one shift (docs/equipment-health.md, "OEE"): hours by status from its telemetry (each reading's
 * status holds until the next reading, at most {@link EquipmentCareFunction#MAX_GAP_MILLIS}), and the ratios.
 * Keyed by asset id and shift start.
 */
public record ShiftRecord(String assetId, String assetType, long shiftStartMillis, long shiftEndMillis, double coveredHours,
                          double workingHours, double idleHours, double downHours, double maintenanceHours, long samples) {

    /** Shift time with telemetry, less maintenance: the time the machine was meant to be available. */
    public double plannedHours() {
        return coveredHours - maintenanceHours;
    }

    /** (planned - down) / planned; 0 without planned time. */
    public double availability() {
        double planned = plannedHours();
        return planned > 0 ? Math.max(0, planned - downHours) / planned : 0;
    }

    /** Working / (planned - down): of the time it could run, how much it ran. */
    public double performance() {
        double available = plannedHours() - downHours;
        return available > 0 ? Math.min(1, workingHours / available) : 0;
    }

    /** 1: the feed attributes inspections to blocks, not to the machine that worked on them. */
    public double quality() {
        return 1.0;
    }

    public double oee() {
        return availability() * performance() * quality();
    }

    /** Working / covered. */
    public double utilisation() {
        return coveredHours > 0 ? workingHours / coveredHours : 0;
    }
}
