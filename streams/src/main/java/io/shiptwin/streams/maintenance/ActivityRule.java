package io.shiptwin.streams.maintenance;

import io.shiptwin.model.TelemetryReading;
import java.io.Serializable;
import java.util.List;

/**
 * How the telemetry of one equipment type shows work: the machine is WORKING while any of {@code channels} reads
 * above its threshold. Types without a rule (booths, meters, readers, gateways) get no status and no OEE.
 */
public record ActivityRule(String assetType, String[] channels, double[] above) implements Serializable {

    /** Defaults from the feed's signal models (docs/equipment-health.md): idle readings are at or near zero. */
    public static List<ActivityRule> defaults() {
        return List.of(
                new ActivityRule("crane", new String[] {"load_t", "hoist_speed_m_min"}, new double[] {0.5, 0.5}),
                new ActivityRule("welding-robot", new String[] {"current_a"}, new double[] {20}),
                new ActivityRule("cutter", new String[] {"cutting_speed_m_min"}, new double[] {0.1}),
                new ActivityRule("press", new String[] {"force_kn"}, new double[] {1}),
                new ActivityRule("pump", new String[] {"flow_m3_h"}, new double[] {1}),
                new ActivityRule("transporter", new String[] {"speed_m_min"}, new double[] {0.1}));
    }

    public static ActivityRule of(List<ActivityRule> rules, String assetType) {
        for (ActivityRule r : rules) {
            if (r.assetType().equals(assetType)) {
                return r;
            }
        }
        return null;
    }

    /** True when the reading shows work. */
    public boolean working(TelemetryReading r) {
        String[] names = r.channels();
        double[] values = r.values();
        for (int i = 0; i < names.length; i++) {
            for (int c = 0; c < channels.length; c++) {
                if (channels[c].equals(names[i]) && values[i] > above[c]) {
                    return true;
                }
            }
        }
        return false;
    }
}
