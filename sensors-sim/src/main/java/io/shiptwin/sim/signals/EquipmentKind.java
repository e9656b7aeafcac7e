package io.shiptwin.sim.signals;

import io.shiptwin.model.AssetType;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The kinds of equipment of DOMAIN.md's telemetry table, each with its signal model built from {@link SignalDefaults}. */
public enum EquipmentKind {
    GANTRY_CRANE(r -> new GantryCraneSignals(SignalDefaults.gantryCrane(), r.random, r.calibratedAt)),
    WELDING_ROBOT(r -> new WeldingRobotSignals(SignalDefaults.weldingRobotFcaw(), r.random, r.calibratedAt)),
    PLASMA_CUTTER(r -> new PlasmaCutterSignals(SignalDefaults.plasmaCutter(), r.random, r.calibratedAt)),
    BENDING_PRESS(r -> new BendingPressSignals(SignalDefaults.bendingPress(), r.random, r.calibratedAt)),
    PAINT_BOOTH(r -> new PaintBoothSignals(SignalDefaults.paintBooth(), r.random, r.calibratedAt)),
    TRANSPORTER(r -> new TransporterSignals(SignalDefaults.transporter(), r.random, r.calibratedAt)),
    DOCK_PUMP(r -> new PumpSignals(SignalDefaults.dockPump(), r.random, r.calibratedAt)),
    ENERGY_METER(r -> new EnergyMeterSignals(SignalDefaults.energyMeter(), r.random, r.calibratedAt)),
    GATEWAY(r -> new GatewaySignals(SignalDefaults.gateway(), r.random, r.calibratedAt)),
    CREW_TAGS(r -> new CrewPresenceSignals(SignalDefaults.crewTags(), r.random, r.calibratedAt));

    private record Request(RandomGenerator random, long calibratedAt) {
    }

    private final Function<Request, EquipmentSignals> factory;

    EquipmentKind(Function<Request, EquipmentSignals> factory) {
        this.factory = factory;
    }

    /** The signal model kind of a twin-model asset type (pumps and compressors share one model, as in DOMAIN.md). */
    public static EquipmentKind of(AssetType type) {
        return switch (type) {
            case GANTRY_CRANE -> GANTRY_CRANE;
            case WELDING_ROBOT -> WELDING_ROBOT;
            case PAINT_BOOTH -> PAINT_BOOTH;
            case CNC_CUTTER -> PLASMA_CUTTER;
            case BENDING_PRESS -> BENDING_PRESS;
            case BLOCK_TRANSPORTER -> TRANSPORTER;
            case DOCK_PUMP, COMPRESSOR -> DOCK_PUMP;
            case ENERGY_METER -> ENERGY_METER;
            case POSITIONING_READER -> CREW_TAGS;
            case NETWORK_GATEWAY -> GATEWAY;
            default -> throw new IllegalArgumentException("asset type " + type + ": no signal model yet");
        };
    }

    /** A model with default parameters, drawing from {@code random} (give each model its own stream). */
    public EquipmentSignals signals(RandomGenerator random, long calibratedAtMillis) {
        return factory.apply(new Request(random, calibratedAtMillis));
    }
}
