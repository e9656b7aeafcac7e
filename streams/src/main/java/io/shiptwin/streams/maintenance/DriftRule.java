package io.shiptwin.streams.maintenance;

import java.io.Serializable;
import java.util.List;

/**
 * A statistical drift detector on one channel of one equipment type (docs/equipment-health.md, "Drift detector"):
 * the first {@code warmUpSamples} guarded readings give the healthy mean and spread; after that an EWMA with weight
 * {@code lambda} is compared with the healthy mean in units of the EWMA's own standard deviation. An episode opens
 * when the EWMA is more than {@code openSigmas} of them and at least {@code minShift} (channel unit) above the mean,
 * and clears when it falls back under {@code clearSigmas}. The remaining useful life is the time until the
 * degradation trend reaches {@code failureLimit}.
 *
 * @param guardChannel only readings with this channel above {@code guardAbove} count (e.g. a pump's flow: running);
 *                     null for every reading
 * @param trendHours   time constant of the exponentially weighted regression behind the remaining useful life
 */
public record DriftRule(String id, String assetType, String channel, String guardChannel, double guardAbove,
                        double failureLimit, double lambda, int warmUpSamples, double openSigmas, double clearSigmas,
                        double minShift, double minSigma, double trendHours, String what) implements Serializable {

    /** Dock pump bearing: ISO 10816-3 puts 7.1 mm/s RMS deep in zone D ("damage occurs") for a pump of this size. */
    public static final double PUMP_VIBRATION_FAILURE_MM_S = 7.1;

    public DriftRule {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("drift rule " + id + ": lambda must be in (0, 1], got " + lambda);
        }
        if (warmUpSamples < 2) {
            throw new IllegalArgumentException("drift rule " + id + ": warmUpSamples must be >= 2, got " + warmUpSamples);
        }
        if (!(clearSigmas < openSigmas) || !(minSigma > 0) || !(trendHours > 0) || minShift < 0) {
            throw new IllegalArgumentException("drift rule " + id + ": needs clearSigmas < openSigmas, minSigma > 0, trendHours > 0"
                    + " and minShift >= 0");
        }
    }

    public static List<DriftRule> defaults() {
        return List.of(new DriftRule("pump-bearing-vibration-drift", "pump", "vibration_mm_s", "flow_m3_h", 1.0,
                PUMP_VIBRATION_FAILURE_MM_S, 0.05, 120, 6.0, 2.0, 0.5, 0.05, 4.0,
                "bearing vibration drifting up"));
    }
}
