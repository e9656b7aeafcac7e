package io.shiptwin.streams.qc;

/**
 * What the quality join knows of one block: where, on which unit and when it was welded (its
 * {@link WeldQualityJoin#WELDING_STAGE}), the readings of that unit in that interval once counted, its inspections,
 * and for its latest failed ultrasonic test the unit's readings from the weld start to the test. A Flink POJO.
 */
public class BlockWeld {
    public String blockId;
    public String workCentre;
    public String area;
    /** The welding unit (robot) named by the stage events; null when they named none. */
    public String equipment;
    public long weldStart = Long.MIN_VALUE;
    public long weldFinish = Long.MIN_VALUE;
    /** True once the readings of the weld interval are counted (the watermark passed its finish + lateness). */
    public boolean resolved;
    public long arcOnReadings;
    public long outOfWindowReadings;
    public long inspections;
    public long failedInspections;
    public long dftInspections;
    public long dftPassed;
    public long utInspections;
    public long failedUt;
    /** Event time of the latest failed ultrasonic test; {@code Long.MIN_VALUE} if none. */
    public long failedUtAt = Long.MIN_VALUE;
    /** True once the readings before the latest failed UT are counted. */
    public boolean utResolved;
    public long utArcOnReadings;
    public long utOutOfWindowReadings;
    public String suspectedCause;
    /** The paint booth named by the block's painting stage events, its interval and the coating thickness it read. */
    public String booth;
    public long paintStart = Long.MIN_VALUE;
    public long paintFinish = Long.MIN_VALUE;
    public long dftReadings;
    public double dftSumUm;
    public long version;

    public BlockWeld() {
    }

    WeldQuality snapshot(long now) {
        return new WeldQuality(blockId, workCentre, area, equipment, weldStart, weldFinish, resolved, arcOnReadings,
                outOfWindowReadings, inspections, failedInspections, dftInspections, dftPassed, utInspections, failedUt, failedUtAt,
                utResolved ? utArcOnReadings : null, utResolved ? utOutOfWindowReadings : null, suspectedCause, booth, dftReadings,
                dftReadings == 0 ? null : dftSumUm / dftReadings, version, now);
    }
}
