package io.shiptwin.sim.feed;

import java.util.Locale;

/** Scenario names (lower-case, dashes) as identifier tokens ({@code [A-Z0-9]+} joined by '-'). */
final class Names {
    private Names() {
    }

    /** {@code cnc-cutting} becomes {@code CNC-CUTTING}, {@code bulk 50k} becomes {@code BULK-50K}. */
    static String token(String name) {
        String t = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "X" : t;
    }

    /** A name fit for an MQTT topic level: lower case, no '/', '+', '#'. */
    static String level(String name) {
        String t = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }
}
