package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;
import java.util.List;

/** The yard's layout and its resources. */
public record Yard(String site, List<Area> areas, List<WorkCentre> workCentres, List<Dock> docks, List<GantryCrane> cranes,
                   List<PaintingBooth> paintingBooths, int preErectionSites, int quayBerths) {

    /** The production stages a work centre can serve, in the order a block visits them. */
    public static final List<String> WORK_CENTRE_STAGES =
            List.of("cutting", "forming", "subAssembly", "blockAssembly", "preOutfitting");

    public Yard {
        areas = List.copyOf(areas);
        workCentres = List.copyOf(workCentres);
        docks = List.copyOf(docks);
        cranes = List.copyOf(cranes);
        paintingBooths = List.copyOf(paintingBooths);
    }

    public record Area(String name, String kind) {
    }

    /**
     * {@code stations} parallel stations, each worked by a crew of {@code crewSize}; failures per station;
     * preventive maintenance of {@code maintenanceHours} every {@code maintenanceIntervalHours} per station (0 = none).
     */
    public record WorkCentre(String name, String stage, String area, int stations, int crewSize, double powerKw,
                             Distribution mtbfHours, Distribution mttrHours, double maintenanceIntervalHours, double maintenanceHours) {
    }

    public record Dock(String name, double lengthMetres) {
    }

    /** A gantry (Goliath) crane over a dock; lifts stop when wind exceeds {@code windLimitMs}. */
    public record GantryCrane(String name, String dock, double capacityTonnes, double windLimitMs,
                              Distribution mtbfHours, Distribution mttrHours, double maintenanceIntervalHours, double maintenanceHours) {
    }

    /** {@code count} identical booths sharing one climate; each coat needs one booth and its crew. */
    public record PaintingBooth(String name, String area, int count, int crewSize, double powerKw) {
    }
}
