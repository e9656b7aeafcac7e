package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;
import java.util.List;

/** What a variant changes relative to its base: more resources, late steel, a humid season, wear, a network. */
public record Perturbations(List<ExtraResource> extraResources, List<SupplierDelay> supplierDelays,
                            List<ClimateSeason> climateSeasons, List<Degradation> degradations, NetworkProfile network) {

    public Perturbations {
        extraResources = List.copyOf(extraResources);
        supplierDelays = List.copyOf(supplierDelays);
        climateSeasons = List.copyOf(climateSeasons);
        degradations = List.copyOf(degradations);
    }

    /**
     * {@code units} more of a resource: a work centre's name (more stations), a dock's name followed by
     * {@code /cranes} (more cranes over it), {@code paintingBooths}, {@code preErectionSites} or {@code quayBerths}.
     */
    public record ExtraResource(String resource, int units) {
    }

    /** Orders placed with {@code supplier} between the two days arrive {@code extraDays} later. */
    public record SupplierDelay(String supplier, double fromDay, double toDay, double extraDays) {
    }

    public record ClimateSeason(String name, double fromDay, double toDay, double humidityOffsetPct,
                                double temperatureOffsetC, double windOffsetMs) {
    }

    /**
     * From {@code fromDay} the work centre's MTBF shrinks and its defect probability grows, linearly to the horizon.
     * {@code workCentre} may also name a dock: its cranes' MTBF shrinks, and in streaming mode its pumps and cranes
     * show the wear trend (give it {@code defectProbabilityAtHorizon: 0} to leave inspections alone).
     */
    public record Degradation(String workCentre, double fromDay, double mtbfFactorAtHorizon, double defectProbabilityAtHorizon) {
    }

    /** The publishing hop's behaviour: latency in ms, loss and duplication per message. */
    public record NetworkProfile(String name, Distribution latencyMs, double lossProbability, double duplicateProbability) {
    }
}
