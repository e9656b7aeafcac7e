package io.shiptwin.sim.feed;

import io.shiptwin.model.AssetType;
import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.scenario.Climate;
import io.shiptwin.sim.scenario.Perturbations.ClimateSeason;
import io.shiptwin.sim.scenario.Perturbations.Degradation;
import io.shiptwin.sim.scenario.Perturbations.ExtraResource;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.Yard;
import io.shiptwin.sim.scenario.Yard.GantryCrane;
import io.shiptwin.sim.scenario.Yard.PaintingBooth;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import io.shiptwin.sim.signals.EnergyMeterSignals;
import io.shiptwin.sim.signals.EquipmentKind;
import io.shiptwin.sim.signals.EquipmentSignals;
import io.shiptwin.sim.signals.GantryCraneSignals;
import io.shiptwin.sim.signals.GatewaySignals;
import io.shiptwin.sim.signals.PaintBoothSignals;
import io.shiptwin.sim.signals.SignalDefaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The scenario's yard as equipment that reports telemetry, and the resource groups the yard model
 * holds units of. Work centres: cutting stations are CNC plasma cutters, forming stations bending
 * presses, sub-assembly and block-assembly stations welding robots/machines; pre-outfitting stations
 * have no machine with telemetry. Every work centre has a positioning reader (crews present, aggregated),
 * every dock its gantry cranes and dewatering pumps, every booth its climate sensors, every area an
 * energy meter, and the yard one network gateway. Each model draws from its own named random stream.
 */
final class YardLayout {
    static final String QUAY = "quay";
    static final String PRE_ERECTION = "pre-erection";
    static final String STOCKYARD = "stockyard";
    static final String SEA_TRIALS = "sea-trials";

    /** Units of one yard resource; {@code units} may be empty (no telemetry) with {@code capacity} virtual units. */
    static final class Group {
        final String resource;
        final String name;
        final String area;
        final int crewSize;
        final double powerKw;
        final List<FeedEquipment> units;
        final int capacity;
        final String[] busyBy;
        final boolean[] maintenance;
        final boolean[] down;
        final boolean[] pendingFailure;
        final long[] repairDue;
        final long[] restoredAt;
        final long[] failedAt;
        final int[] failures;
        FeedEquipment reader;

        Group(String resource, String name, String area, int crewSize, double powerKw, List<FeedEquipment> units, int capacity) {
            this.resource = resource;
            this.name = name;
            this.area = area;
            this.crewSize = crewSize;
            this.powerKw = powerKw;
            this.units = units;
            this.capacity = Math.max(capacity, units.size());
            this.busyBy = new String[this.capacity];
            this.maintenance = new boolean[this.capacity];
            this.down = new boolean[this.capacity];
            this.pendingFailure = new boolean[this.capacity];
            this.repairDue = new long[this.capacity];
            this.restoredAt = new long[this.capacity];
            this.failedAt = new long[this.capacity];
            this.failures = new int[this.capacity];
        }

        FeedEquipment unit(int i) {
            return i < units.size() ? units.get(i) : null;
        }

        /** Units doing production work (held, not for maintenance). */
        int working() {
            int n = 0;
            for (int i = 0; i < capacity; i++) {
                if (busyBy[i] != null && !maintenance[i]) {
                    n++;
                }
            }
            return n;
        }
    }

    final Scenario scenario;
    final String site;
    final List<FeedEquipment> equipment = new ArrayList<>();
    /** By the yard model's resource name ({@code cnc-cutting}, {@code dock-1/cranes}, {@code paintingBooths}...). */
    final Map<String, Group> groups = new LinkedHashMap<>();
    final Map<String, List<FeedEquipment>> pumpsByDock = new LinkedHashMap<>();
    final Map<String, FeedEquipment> meters = new LinkedHashMap<>();
    final Map<String, Double> connectedKw = new LinkedHashMap<>();
    final String stockyardArea;
    final PaintingBooth booth;
    private final String prefix;
    private final RandomStreams random;
    private final java.util.Set<String> tags = new java.util.HashSet<>();

    YardLayout(Scenario scenario, String prefix, long seed) {
        this.scenario = scenario;
        this.prefix = prefix;
        this.site = Names.level(scenario.yard().site());
        this.random = new RandomStreams(seed);
        Yard y = scenario.yard();
        Map<String, Integer> extra = new LinkedHashMap<>();
        for (ExtraResource e : scenario.perturbations().extraResources()) {
            extra.merge(e.resource(), e.units(), Integer::sum);
        }
        this.stockyardArea = y.areas().stream().filter(a -> a.kind().equals("stockyard")).map(a -> Names.level(a.name()))
                .findFirst().orElse(STOCKYARD);
        for (WorkCentre w : y.workCentres()) {
            int n = w.stations() + extra.getOrDefault(w.name(), 0);
            AssetType type = switch (w.stage()) {
                case "cutting" -> AssetType.CNC_CUTTER;
                case "forming" -> AssetType.BENDING_PRESS;
                case "subAssembly", "blockAssembly" -> AssetType.WELDING_ROBOT;
                default -> null;
            };
            String area = Names.level(w.area());
            List<FeedEquipment> units = new ArrayList<>();
            if (type != null) {
                Degradation wear = scenario.perturbations().degradations().stream().filter(d -> d.workCentre().equals(w.name()))
                        .findFirst().orElse(null);
                for (int i = 1; i <= n; i++) {
                    String tag = Names.token(w.name()) + String.format("-%02d", i);
                    units.add(add(area, type, tag, k -> EquipmentKind.of(type).signals(stream(tag, k), 0), longTerm(wear)));
                }
            }
            Group g = group(new Group(w.name(), w.name(), area, w.crewSize(), w.powerKw(), units, n));
            g.reader = add(area, AssetType.POSITIONING_READER, "TAGS-" + Names.token(w.name()),
                    k -> EquipmentKind.CREW_TAGS.signals(stream("TAGS-" + w.name(), k), 0), null);
        }
        this.booth = y.paintingBooths().get(0);
        List<FeedEquipment> booths = new ArrayList<>();
        for (PaintingBooth b : y.paintingBooths()) {
            for (int i = 1; i <= b.count(); i++) {
                booths.add(boothEquipment(b, Names.token(b.name()) + String.format("-%02d", i)));
            }
        }
        for (int i = 1; i <= extra.getOrDefault("paintingBooths", 0); i++) {
            booths.add(boothEquipment(booth, Names.token(booth.name()) + String.format("-X%02d", i)));
        }
        group(new Group("paintingBooths", booth.name(), Names.level(booth.area()), booth.crewSize(), booth.powerKw(), booths, booths.size()));
        for (Yard.Dock d : y.docks()) {
            String area = Names.level(d.name());
            io.shiptwin.sim.signals.Degradation dockWear = longTerm(scenario.perturbations().degradations().stream()
                    .filter(w -> w.workCentre().equals(d.name())).findFirst().orElse(null));
            List<FeedEquipment> cranes = new ArrayList<>();
            List<GantryCrane> over = y.cranes().stream().filter(c -> c.dock().equals(d.name())).toList();
            for (GantryCrane c : over) {
                cranes.add(craneEquipment(area, Names.token(c.name()), dockWear));
            }
            for (int i = 1; i <= extra.getOrDefault(d.name() + "/cranes", 0); i++) {
                cranes.add(craneEquipment(area, Names.token(d.name()) + "-GC-X" + i, dockWear));
            }
            group(new Group(d.name() + "/cranes", d.name(), area, scenario.stages().dockCrewSize(), scenario.stages().dockPowerKw(),
                    cranes, cranes.size()));
            List<FeedEquipment> pumps = new ArrayList<>();
            for (int i = 1; i <= scenario.streaming().pumpsPerDock(); i++) {
                String tag = Names.token(d.name()) + "-P" + i;
                pumps.add(add(area, AssetType.DOCK_PUMP, tag, k -> EquipmentKind.DOCK_PUMP.signals(stream(tag, k), 0), dockWear));
            }
            pumpsByDock.put(d.name(), pumps);
        }
        group(new Group("preErectionSites", PRE_ERECTION, PRE_ERECTION, scenario.stages().preErectionCrewSize(), 0, List.of(),
                y.preErectionSites() + extra.getOrDefault("preErectionSites", 0)));
        group(new Group("quayBerths", QUAY, QUAY, scenario.stages().quayCrewSize(), scenario.stages().quayPowerKw(), List.of(),
                y.quayBerths() + extra.getOrDefault("quayBerths", 0)));
        for (Group g : groups.values()) {
            connectedKw.merge(g.area, g.powerKw * g.capacity, Double::sum);
        }
        for (Map.Entry<String, Double> e : connectedKw.entrySet()) {
            String area = e.getKey();
            String tag = "EM-" + Names.token(area);
            EnergyMeterSignals.Params d = SignalDefaults.energyMeter();
            EnergyMeterSignals.Params p = new EnergyMeterSignals.Params(d.baseKw(), e.getValue(), d.powerNoise());
            meters.put(area, add(area, AssetType.ENERGY_METER, tag, k -> new EnergyMeterSignals(p, stream(tag, k), 0), null));
        }
        GatewaySignals.Params gd = SignalDefaults.gateway();
        var net = scenario.perturbations().network();
        GatewaySignals.Params gp = new GatewaySignals.Params(Math.max(0.1, net.latencyMs().mean()), 100 * net.lossProbability(),
                gd.capacityMbps(), gd.maxLatencyFactor(), gd.congestionLossPct(), gd.latencyNoise(), gd.throughputNoise());
        FeedEquipment gateway = add("network", AssetType.NETWORK_GATEWAY, "GW-01", k -> new GatewaySignals(gp, stream("GW-01", k), 0), null);
        gateway.set(0, FeedEquipment.Mode.RUN, scenario.streaming().gatewayUtilisation());
    }

    private Group group(Group g) {
        groups.put(g.resource, g);
        return g;
    }

    private java.util.random.RandomGenerator stream(String tag, int season) {
        return random.stream("signals." + tag + (season == 0 ? "" : "#" + season));
    }

    private io.shiptwin.sim.signals.Degradation longTerm(Degradation wear) {
        if (wear == null || scenario.horizonDays() <= wear.fromDay()) {
            return null;
        }
        return new io.shiptwin.sim.signals.Degradation(SimTime.days(wear.fromDay()),
                Duration.ofMillis(SimTime.days(scenario.horizonDays() - wear.fromDay())), 1.0);
    }

    /** Adds equipment with one model per climate season (a season shifts humidity, temperature and wind). */
    private FeedEquipment add(String area, AssetType type, String tag, IntFunction<EquipmentSignals> model,
                              io.shiptwin.sim.signals.Degradation longTerm) {
        // Two scenario names may give the same token (cnc-cutting, "CNC cutting"): every source stays distinct.
        String base = tag;
        for (int k = 2; !tags.add(tag); k++) {
            tag = base + "-" + k;
        }
        List<ClimateSeason> seasons = scenario.perturbations().climateSeasons();
        boolean seasonal = type == AssetType.PAINT_BOOTH || type == AssetType.GANTRY_CRANE;
        int n = seasonal ? seasons.size() + 1 : 1;
        EquipmentSignals[] models = new EquipmentSignals[n];
        long[] from = new long[n];
        long[] to = new long[n];
        for (int i = 0; i < n; i++) {
            models[i] = model.apply(i);
            if (i > 0) {
                from[i] = SimTime.days(seasons.get(i - 1).fromDay());
                to[i] = SimTime.days(seasons.get(i - 1).toDay());
            }
        }
        FeedEquipment e = new FeedEquipment(prefix, site, area, type, tag, models, from, to, longTerm);
        equipment.add(e);
        return e;
    }

    private FeedEquipment boothEquipment(PaintingBooth b, String tag) {
        return add(Names.level(b.area()), AssetType.PAINT_BOOTH, tag, k -> new PaintBoothSignals(boothParams(k), stream(tag, k), 0), null);
    }

    private FeedEquipment craneEquipment(String area, String tag, io.shiptwin.sim.signals.Degradation wear) {
        return add(area, AssetType.GANTRY_CRANE, tag, k -> new GantryCraneSignals(craneParams(k), stream(tag, k), 0), wear);
    }

    /** The booth's climate is the scenario's: its means, spread and persistence, shifted in a season. */
    private PaintBoothSignals.Params boothParams(int season) {
        Climate c = scenario.climate();
        ClimateSeason s = season == 0 ? null : scenario.perturbations().climateSeasons().get(season - 1);
        PaintBoothSignals.Params d = SignalDefaults.paintBooth();
        double humidity = Math.max(1, Math.min(100, c.meanHumidityPct() + (s == null ? 0 : s.humidityOffsetPct())));
        return new PaintBoothSignals.Params(c.meanTemperatureC() + (s == null ? 0 : s.temperatureOffsetC()),
                c.dailyTemperatureSwingC() / 2, humidity, c.humiditySdPct(), persistenceMinutes(c),
                c.boothHumidityReductionPct(), c.steelLagC(), d.dftNominalUm(), d.tempNoise(), d.humidityNoise(), d.dftNoise());
    }

    /** The crane's anemometer sees the scenario's wind, shifted in a season. */
    private GantryCraneSignals.Params craneParams(int season) {
        Climate c = scenario.climate();
        ClimateSeason s = season == 0 ? null : scenario.perturbations().climateSeasons().get(season - 1);
        GantryCraneSignals.Params d = SignalDefaults.gantryCrane();
        return new GantryCraneSignals.Params(d.hoistSpeedMpm(), d.trolleySpanM(), d.gantryRunwayM(), d.travelSpeedMpm(),
                Math.max(0, c.meanWindMs() + (s == null ? 0 : s.windOffsetMs())), c.windSdMs(), persistenceMinutes(c),
                d.ambientTempC(), d.motorRisePerTonneC(), d.motorTauMinutes(), d.brakeWearRiseC(), d.loadNoise(),
                d.speedNoise(), d.windNoise(), d.tempNoise());
    }

    /** An hourly AR(1) persistence phi is an exponential memory of -1 h / ln(phi). */
    private static double persistenceMinutes(Climate c) {
        double phi = c.hourlyPersistence();
        return phi <= 0 ? 1 : -60.0 / Math.log(phi);
    }
}
