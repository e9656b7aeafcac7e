package io.shiptwin.streams.health;

import java.util.List;

/**
 * The default limit rules, one place for their figures (from the project's DOMAIN facts; each is a
 * parameter, replaceable by a scenario).
 */
public final class HealthRules {
    /** Gantry cranes stop lifting at about 20 m/s of wind. */
    public static final double CRANE_WIND_LIMIT_MS = 20.0;
    /** FCAW welding procedure window (WPS): 150-350 A, 22-36 V. */
    public static final double WELD_CURRENT_MIN_A = 150;
    public static final double WELD_CURRENT_MAX_A = 350;
    public static final double WELD_VOLTAGE_MIN_V = 22;
    public static final double WELD_VOLTAGE_MAX_V = 36;
    /** IMO PSPC / ISO 8502-4: coat only at RH <= 85 % and steel >= dew point + 3 C. */
    public static final double BOOTH_MAX_HUMIDITY_PCT = 85;
    public static final double BOOTH_DEW_POINT_MARGIN_C = 3;

    private HealthRules() {
    }

    public static List<HealthRule> defaults() {
        return List.of(
                new HealthRule.Window("crane-lift-in-wind", "crane", "wind_speed_ms", Double.NEGATIVE_INFINITY, CRANE_WIND_LIMIT_MS,
                        "load_t", 0.0, "lift while the wind is over the limit"),
                new HealthRule.Window("weld-current-out-of-wps", "welding-robot", "current_a", WELD_CURRENT_MIN_A, WELD_CURRENT_MAX_A,
                        "current_a", 0.0, "welding current outside the procedure window"),
                new HealthRule.Window("weld-voltage-out-of-wps", "welding-robot", "voltage_v", WELD_VOLTAGE_MIN_V, WELD_VOLTAGE_MAX_V,
                        "current_a", 0.0, "arc voltage outside the procedure window"),
                new HealthRule.Window("booth-humidity-over-limit", "paint-booth", "humidity_pct", Double.NEGATIVE_INFINITY,
                        BOOTH_MAX_HUMIDITY_PCT, null, 0.0, "relative humidity over the coating limit"),
                new HealthRule.Margin("booth-steel-near-dew-point", "paint-booth", "steel_temp_c", "dew_point_c",
                        BOOTH_DEW_POINT_MARGIN_C, "steel temperature too close to the dew point for coating"));
    }
}
