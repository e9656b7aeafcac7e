package io.shiptwin.sim.signals;

/**
 * What a piece of equipment is doing right now, as the caller (the yard model) knows it. The signal
 * models never decide the process state themselves: a crane carries load only because the caller said
 * it is lifting.
 *
 * @param mode what the equipment is doing
 * @param load the workload while {@link Mode#WORKING}, in the unit the equipment's model documents:
 *             tonnes on the hook or on the platform for cranes and transporters, crew members present
 *             for crew tags, a fraction of rated duty (0..1) for everything else; 0 in every other mode
 */
public record EquipmentState(Mode mode, double load) {
    public static final EquipmentState IDLE = new EquipmentState(Mode.IDLE, 0);
    public static final EquipmentState DOWN = new EquipmentState(Mode.DOWN, 0);
    public static final EquipmentState MAINTENANCE = new EquipmentState(Mode.MAINTENANCE, 0);
    /** Working at full rated duty: the usual state of a welding robot with its arc on. */
    public static final EquipmentState WORKING = new EquipmentState(Mode.WORKING, 1);

    public enum Mode {
        /** Powered, ready, not processing (crane hook empty, arc off, pump stopped). */
        IDLE,
        /** Processing: lifting, welding, cutting, pumping... */
        WORKING,
        /** Failed and waiting for or under repair. */
        DOWN,
        /** Planned maintenance. */
        MAINTENANCE
    }

    public EquipmentState {
        if (mode == null) {
            throw new IllegalArgumentException("state.mode: must not be null");
        }
        if (!(load >= 0) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("state.load: must be a finite value >= 0, got " + load);
        }
        if (mode != Mode.WORKING && load != 0) {
            throw new IllegalArgumentException("state.load: must be 0 unless WORKING, got " + load + " while " + mode);
        }
    }

    /** Working with {@code load} (see the record's documentation for its unit). */
    public static EquipmentState working(double load) {
        return new EquipmentState(Mode.WORKING, load);
    }

    public boolean isWorking() {
        return mode == Mode.WORKING;
    }

    /** Not powered for production: down or in maintenance. */
    public boolean isOut() {
        return mode == Mode.DOWN || mode == Mode.MAINTENANCE;
    }
}
