package io.shiptwin.sim.signals;

/**
 * Every default figure of the signal models, in one place. Ranges come from the equipment table of
 * {@code shared/design/DOMAIN.md} ("Equipment and its telemetry", order-of-magnitude estimates); where
 * DOMAIN.md gives a range, the default sits inside it and the comment quotes the range. Figures marked
 * (est.) are our own estimates for a teaching simulator. A scenario overrides any of them by building
 * its own {@code Params}: nothing in the models is a literal.
 */
public final class SignalDefaults {
    private SignalDefaults() {
    }

    /** DOMAIN.md: load (t), hoist speed (m/min), positions (m), wind (m/s; wind stop ~20 m/s), motor temperature. */
    public static GantryCraneSignals.Params gantryCrane() {
        return new GantryCraneSignals.Params(
                5.0,            // hoist speed, m/min (est.; heavy-lift Goliath cranes hoist at 3-10)
                160, 600,       // trolley span and gantry runway, m (est., a large dock)
                20.0,           // travel speed, m/min (est.)
                6.0, 3.0, 30,   // wind mean 6 m/s, sigma 3 m/s, gusts remembered 30 min (est.; gusts over 20 m/s are rare)
                25.0,           // motor temperature cold, °C (est.)
                0.05, 20,       // +0.05 °C per tonne (a 600 t lift: +30 °C), time constant 20 min (est.)
                25.0,           // brake wear: +25 °C at failure (DOMAIN.md: brake wear raising motor temperature)
                new SensorNoise(0.5, 0),    // load cell sigma 0.5 t, bounded at ±2 t: within 2 % of a 100 t block (est.)
                SensorNoise.sigma(0.1),
                SensorNoise.sigma(0.3),
                new SensorNoise(0.3, 0.02));
    }

    /** DOMAIN.md: FCAW 150-350 A, 22-36 V, travel 20-60 cm/min, heat input 1-3 kJ/mm; current drift, tip wear, gas flow low. */
    public static WeldingRobotSignals.Params weldingRobotFcaw() {
        return new WeldingRobotSignals.Params(
                250,            // A, middle of FCAW 150-350
                28,             // V, within 22-36
                9,              // wire feed m/min (est. for 1.2 mm wire at 250 A)
                40,             // travel cm/min, within 20-60
                18,             // shielding gas l/min (est.; 15-25 usual)
                25,             // extra current scatter at a worn contact tip, A (est.)
                new SensorNoise(6, 0.5),    // current sigma 6 A, drifting 0.5 A/day since calibration (est.)
                SensorNoise.sigma(0.5),
                SensorNoise.sigma(0.15),
                SensorNoise.sigma(1.0),
                SensorNoise.sigma(0.5));
    }

    /** DOMAIN.md: SAW 500-1000 A. */
    public static WeldingRobotSignals.Params weldingRobotSaw() {
        return new WeldingRobotSignals.Params(750, 32, 2.5, 50, 0, 40,
                new SensorNoise(12, 1.0), SensorNoise.sigma(0.6), SensorNoise.sigma(0.05), SensorNoise.sigma(1.0), SensorNoise.NONE);
    }

    /** DOMAIN.md: plasma 2-6 m/min on 10-25 mm plate; consumable wear leads to bevel and dross defects. */
    public static PlasmaCutterSignals.Params plasmaCutter() {
        return new PlasmaCutterSignals.Params(
                3.5,            // m/min, within 2-6
                140, 2.0,       // arc voltage 140 V new, +2 V per arc hour (est.)
                2.5, 0.15,      // kerf 2.5 mm new, +0.15 mm per arc hour (est.)
                1.5,            // a damaged nozzle adds 1.5 mm kerf at failure (est.)
                SensorNoise.sigma(0.05), SensorNoise.sigma(1.5), SensorNoise.sigma(0.05));
    }

    /** DOMAIN.md: force (kN), stroke; hydraulic pressure loss. */
    public static BendingPressSignals.Params bendingPress() {
        return new BendingPressSignals.Params(
                12_000,         // rated force kN (est.; a 1,200 t plate press)
                400, 30,        // stroke 400 mm, 30 s per stroke (est.)
                280, 0.4,       // 280 bar healthy, 40 % lost at failure (est.)
                SensorNoise.sigma(50), SensorNoise.sigma(0.5), new SensorNoise(2, 0.05));
    }

    /** DOMAIN.md: air temperature, RH (≤ 85 %), dew point, steel temperature (≥ dew point + 3 °C), DFT nominal 320 µm (IMO PSPC). */
    public static PaintBoothSignals.Params paintBooth() {
        return new PaintBoothSignals.Params(
                20, 4,          // 20 °C mean, ±4 °C day-night (est.)
                65, 8, 180,     // RH mean 65 %, sigma 8 %, spells of 3 h (est.; a humid season raises the mean)
                15,             // dehumidifier removes 15 % RH while coating (est.)
                1.0,            // steel 1 °C below air (est.)
                320,            // µm, IMO PSPC ballast-tank nominal DFT
                SensorNoise.sigma(0.2), new SensorNoise(1.0, 0.02), SensorNoise.sigma(40));
    }

    /** DOMAIN.md: position, load, battery (%). */
    public static TransporterSignals.Params transporter() {
        return new TransporterSignals.Params(
                60, 0.002,      // 60 m/min empty, 0.2 % slower per tonne (est.; 300 t: -60 %)
                2_000,          // route length m (est.)
                5, 0.03, 25,    // drain 5 %/h empty + 0.03 %/(t·h), charge 25 %/h (est.)
                1.8,            // an aged battery drains 80 % faster (est.)
                SensorNoise.sigma(0.5), SensorNoise.sigma(0.5));
    }

    /** DOMAIN.md: flow, pressure, vibration (mm/s RMS), bearing temperature; vibration rises over days before a bearing failure. */
    public static PumpSignals.Params dockPump() {
        return new PumpSignals.Params(
                3_000, 2.5,     // 3,000 m³/h at 2.5 bar (est., a dock dewatering pump)
                1.8, 0.2,       // mm/s RMS healthy running, background at standstill (est.)
                4.5,            // alarm: ISO 10816-3 group 2, rigid foundation, zone C/D boundary
                11.0,           // vibration at the bearing failure (est., deep in zone D)
                20, 25, 20, 30, // ambient 20 °C, +25 °C running, +20 °C worn, 30 min lag (est.)
                SensorNoise.sigma(30), SensorNoise.sigma(0.03), SensorNoise.sigma(0.15), SensorNoise.sigma(0.3));
    }

    /** DOMAIN.md: kW, kWh per area. */
    public static EnergyMeterSignals.Params energyMeter() {
        return new EnergyMeterSignals.Params(150, 2_000, SensorNoise.sigma(5)); // base 150 kW, production 2 MW per area (est.)
    }

    /** DOMAIN.md: latency, loss, throughput; congestion, outage. Defaults of a yard Wi-Fi access point (est.). */
    public static GatewaySignals.Params gateway() {
        return new GatewaySignals.Params(20, 0.5, 300, 20, 5, SensorNoise.sigma(2), SensorNoise.sigma(3));
    }

    /**
     * A gateway on a link of the given profile: its unloaded latency is the profile's mean added latency
     * and its unloaded loss the profile's, so the gateway's own report agrees with what the network does
     * to the messages.
     */
    public static GatewaySignals.Params gateway(io.shiptwin.sim.network.LinkProfile link) {
        GatewaySignals.Params d = gateway();
        return new GatewaySignals.Params(Math.max(0.1, link.baseLatencyMs() + link.jitterMs()), 100 * link.lossProbability(),
                d.capacityMbps(), d.maxLatencyFactor(), d.congestionLossPct(), d.latencyNoise(), d.throughputNoise());
    }

    /** DOMAIN.md: zone, dwell time, on change; aggregated per crew, never per named person. */
    public static CrewPresenceSignals.Params crewTags() {
        return new CrewPresenceSignals.Params(6, 0.02); // a read every 10 s, 2 % of reads miss a tag (est.)
    }
}
