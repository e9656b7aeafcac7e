package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;
import java.util.List;

/**
 * What a variant changes relative to its base: more resources, late steel, a humid season, wear, a network, a dock
 * pump's bearing wearing out (streaming mode).
 */
public record Perturbations(List<ExtraResource> extraResources, List<SupplierDelay> supplierDelays,
                            List<ClimateSeason> climateSeasons, List<Degradation> degradations, NetworkProfile network,
                            List<PumpBearingWear> pumpBearingWear) {

    public Perturbations {
        extraResources = List.copyOf(extraResources);
        supplierDelays = List.copyOf(supplierDelays);
        climateSeasons = List.copyOf(climateSeasons);
        degradations = List.copyOf(degradations);
        pumpBearingWear = List.copyOf(pumpBearingWear);
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

    /**
     * Streaming mode only (the yard model does not see it): dock pump {@code pump} (1-based) of {@code dock} runs on
     * drainage duty at {@code dutyLoad} of its rated flow from {@code fromDay}, besides the launches. If
     * {@code failureDay} is above 0 its bearing wears out: the vibration rises over the scenario's
     * {@code streaming.failurePrecursorHours} (accelerating, DOMAIN.md) until the pump fails on {@code failureDay}
     * ({@code equipment-faulted}); it is repaired {@code repairHours} later ({@code equipment-repaired}, new bearing)
     * and goes back on duty. {@code failureDay: 0} keeps the bearing healthy: the same duty without the wear.
     */
    public record PumpBearingWear(String dock, int pump, double fromDay, double failureDay, double repairHours, double dutyLoad) {
    }
}
