package io.shiptwin.dashboards;

import java.util.List;
import java.util.Map;

/**
 * The display unit of a telemetry channel, read from its name suffix.
 *
 * <p>Channel names carry their unit ({@code load_t}, {@code motor_temp_c}, {@code heat_input_kj_mm})
 * so that a number is never shown without it; this is the one place that maps suffixes to symbols.
 */
final class ChannelUnit {
    /** Longest suffixes first, so that {@code _kj_mm} wins over a shorter match. */
    private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
            Map.entry("_kj_mm", "kJ/mm"),
            Map.entry("_pct", "%"),
            Map.entry("_kw", "kW"),
            Map.entry("_ms", "m/s"),
            Map.entry("_mm", "mm"),
            Map.entry("_um", "µm"),
            Map.entry("_c", "°C"),
            Map.entry("_t", "t"),
            Map.entry("_a", "A"),
            Map.entry("_v", "V"),
            Map.entry("_m", "m"));

    private ChannelUnit() {
    }

    /** The unit symbol, or an empty string when the name has no known suffix. */
    static String of(String channel) {
        for (Map.Entry<String, String> suffix : SUFFIXES) {
            if (channel.endsWith(suffix.getKey())) {
                return suffix.getValue();
            }
        }
        return "";
    }
}
