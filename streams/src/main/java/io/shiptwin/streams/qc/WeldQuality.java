package io.shiptwin.streams.qc;

/**
 * One block's welding and inspection record (H2 {@code weld_quality}, keyed by block; the latest version wins).
 *
 * @param workCentre          the station of its sub-assembly (welding) stage; null when that stage was not seen
 * @param resolved            true once the weld interval's readings are counted
 * @param outOfWindowReadings arc-on welding readings of the station's area in the weld interval outside the WPS window
 */
public record WeldQuality(String blockId, String workCentre, String area, long weldStart, long weldFinish, boolean resolved,
                          long arcOnReadings, long outOfWindowReadings, long inspections, long failedInspections,
                          long dftInspections, long dftPassed, long version, long updatedAtMillis) {
}
