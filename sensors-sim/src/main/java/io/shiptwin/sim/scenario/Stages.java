package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;

/**
 * Work content per stage. Block stages are working hours for a block of {@code referenceBlockTonnes},
 * scaled by the block's weight; dock, quay and trial stages are per grand block or per ship. A ship
 * asks for a dock once {@code dockEntryReadyFraction} of its grand blocks are pre-erected.
 */
public record Stages(double referenceBlockTonnes, Distribution cuttingHours, Distribution formingHours,
                     Distribution subAssemblyHours, Distribution blockAssemblyHours, Distribution preOutfittingHours,
                     int paintCoats, Distribution paintCoatHours, Distribution preErectionHours, int preErectionCrewSize, double dockEntryReadyFraction,
                     Distribution liftHours, Distribution joinHours, int dockCrewSize, double dockPowerKw,
                     Distribution launchDays, Distribution quayOutfittingDays, int quayCrewSize, double quayPowerKw,
                     Distribution seaTrialsDays) {
}
