package io.shiptwin.streams.qc;

/**
 * What the quality join knows of one block: where and when it was welded (its sub-assembly stage), the welding
 * readings of that station's area in that interval once the watermark has passed its end, and its inspections.
 * A Flink POJO.
 */
public class BlockWeld {
    public String blockId;
    public String workCentre;
    public String area;
    public long weldStart = Long.MIN_VALUE;
    public long weldFinish = Long.MIN_VALUE;
    /** True once the readings of the weld interval are counted (the watermark passed its finish). */
    public boolean resolved;
    public long arcOnReadings;
    public long outOfWindowReadings;
    public long inspections;
    public long failedInspections;
    public long dftInspections;
    public long dftPassed;
    public long version;

    public BlockWeld() {
    }

    WeldQuality snapshot(long now) {
        return new WeldQuality(blockId, workCentre, area, weldStart, weldFinish, resolved, arcOnReadings, outOfWindowReadings,
                inspections, failedInspections, dftInspections, dftPassed, version, now);
    }
}
