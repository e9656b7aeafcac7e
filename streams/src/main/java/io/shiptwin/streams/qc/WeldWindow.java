package io.shiptwin.streams.qc;

import java.io.Serializable;

/**
 * The welding procedure's window (WPS): arc-on readings with the current, the arc voltage or the travel speed
 * outside it are what the quality join counts against the block welded then. The defaults are the simulated robots'
 * FCAW procedure: 250 A ± 20 % (est.; the process range is 150–350 A, a procedure's window is narrower), the arc
 * voltage 22–36 V of the health rules ({@code HealthRules.WELD_VOLTAGE_*}) and travel 20–60 cm/min (DOMAIN.md).
 */
public record WeldWindow(double minCurrentA, double maxCurrentA, double minVoltageV, double maxVoltageV,
                         double minTravelCmMin, double maxTravelCmMin) implements Serializable {
    public static final String CURRENT_CHANNEL = "current_a";
    public static final String VOLTAGE_CHANNEL = "voltage_v";
    public static final String TRAVEL_CHANNEL = "travel_speed_cm_min";

    public WeldWindow {
        range("current (A)", minCurrentA, maxCurrentA);
        range("voltage (V)", minVoltageV, maxVoltageV);
        range("travel speed (cm/min)", minTravelCmMin, maxTravelCmMin);
    }

    /** A window on the current only (voltage and travel speed unbounded). */
    public WeldWindow(double minCurrentA, double maxCurrentA) {
        this(minCurrentA, maxCurrentA, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_VALUE, Double.MAX_VALUE);
    }

    private static void range(String what, double min, double max) {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("weld window " + what + ": need 0 < min < max, got " + min + ".." + max);
        }
    }

    public static WeldWindow fcawDefaults() {
        return new WeldWindow(200, 300, 22, 36, 20, 60);
    }

    /** With the arc off the robot reports exactly 0 A: such readings are not welding. */
    public static boolean arcOn(double currentA) {
        return currentA > 0;
    }

    public boolean outside(double currentA) {
        return currentA < minCurrentA || currentA > maxCurrentA;
    }

    public boolean voltageOutside(double voltageV) {
        return voltageV < minVoltageV || voltageV > maxVoltageV;
    }

    /** NaN (the channel not reported) is not outside. */
    public boolean travelOutside(double travelCmMin) {
        return travelCmMin < minTravelCmMin || travelCmMin > maxTravelCmMin;
    }
}
