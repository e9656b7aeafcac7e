package io.shiptwin.streams.qc;

/**
 * One block's welding and inspection record (H2 {@code weld_quality}, keyed by block; the latest version wins).
 *
 * @param workCentre            the station of its welding stage ({@link WeldQualityJoin#WELDING_STAGE}); null when not seen
 * @param equipment             the welding unit (robot) that welded it, from the stage events; null when they named none
 * @param resolved              true once the weld interval's readings are counted
 * @param outOfWindowReadings   arc-on readings of that unit in the weld interval with current, voltage or travel speed
 *                              outside the WPS window
 * @param failedUtAt            event time of the latest failed ultrasonic test; {@code Long.MIN_VALUE} if none
 * @param utArcOnReadings       the unit's arc-on readings from the weld start to that test; null until counted
 * @param utOutOfWindowReadings of those, out of the WPS window; null until counted
 * @param suspectedCause        for a failed UT: whether the welding parameters were out of their window before it
 * @param booth                 the paint booth named by the block's painting stage events; null when not named
 * @param dftReadings           the booth's coating-thickness readings ({@code dft_um} while coating) during the painting
 * @param dftMeanUm             their mean, the measured dry film thickness (µm); null when there were none (yet)
 */
public record WeldQuality(String blockId, String workCentre, String area, String equipment, long weldStart, long weldFinish,
                          boolean resolved, long arcOnReadings, long outOfWindowReadings, long inspections, long failedInspections,
                          long dftInspections, long dftPassed, long utInspections, long failedUt, long failedUtAt,
                          Long utArcOnReadings, Long utOutOfWindowReadings, String suspectedCause, String booth,
                          long dftReadings, Double dftMeanUm, long version, long updatedAtMillis) {
}
