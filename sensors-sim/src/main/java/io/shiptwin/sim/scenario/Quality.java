package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;

/**
 * Inspections: the chance a block fails its dimensional/weld check after block assembly, the chance
 * a coat fails its DFT check (higher when the booth climate left spec during the coat), and rework
 * as a fraction of the stage's work content. Design revisions arrive during a ship's steel release
 * (Poisson, {@code designRevisionsPerShip} on average, uniform over the first {@code revisionWindowDays} after
 * the ship's start); each sends {@code revisionAffectedBlockShare} of
 * the blocks already assembled but not yet painted back to block assembly for rework.
 */
public record Quality(double blockDefectProbability, double coatingDefectProbability,
                      double coatingDefectProbabilityOutOfSpec, Distribution reworkFraction,
                      double designRevisionsPerShip, double revisionWindowDays, double revisionAffectedBlockShare) {
}
