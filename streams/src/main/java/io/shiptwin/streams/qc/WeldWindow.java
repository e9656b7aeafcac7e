package io.shiptwin.streams.qc;

import java.io.Serializable;

/**
 * The welding procedure's current window (WPS): arc-on readings outside it are what the quality join counts
 * against the block welded then. The default is the simulated robots' FCAW procedure, 250 A ± 20 % (est.; the
 * process range is 150–350 A, a procedure's window is narrower).
 */
public record WeldWindow(double minCurrentA, double maxCurrentA) implements Serializable {
    public static final String CURRENT_CHANNEL = "current_a";

    public WeldWindow {
        if (!(minCurrentA > 0) || !(maxCurrentA > minCurrentA)) {
            throw new IllegalArgumentException("weld window: need 0 < minCurrentA < maxCurrentA, got " + minCurrentA + ".." + maxCurrentA);
        }
    }

    public static WeldWindow fcawDefaults() {
        return new WeldWindow(200, 300);
    }

    /** With the arc off the robot reports exactly 0 A: such readings are not welding. */
    public static boolean arcOn(double currentA) {
        return currentA > 0;
    }

    public boolean outside(double currentA) {
        return currentA < minCurrentA || currentA > maxCurrentA;
    }
}
