package io.shiptwin.streams.health;

import java.io.Serializable;

/**
 * A limit rule on one piece of equipment's telemetry: when it is violated, the twin raises an alert.
 * Rules are data (see {@link HealthRules#defaults()}), evaluated on every unique reading.
 */
public sealed interface HealthRule extends Serializable permits HealthRule.Window, HealthRule.Margin {

    String id();

    String assetType();

    /** A channel must stay within [min, max] — but only while {@code guardChannel} is above {@code guardAbove} (e.g. arc on). */
    record Window(String id, String assetType, String channel, double min, double max, String guardChannel, double guardAbove,
                  String what) implements HealthRule {
    }

    /** A channel must exceed a reference channel by at least {@code minMargin} (e.g. steel temperature over dew point). */
    record Margin(String id, String assetType, String channel, String referenceChannel, double minMargin, String what)
            implements HealthRule {
    }
}
