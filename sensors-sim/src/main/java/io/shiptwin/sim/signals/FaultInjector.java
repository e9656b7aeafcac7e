package io.shiptwin.sim.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Wraps a signal model and applies the {@link SensorFault}s active at each sample. Faults may be added
 * while the simulation runs (the failure process of the yard model schedules them); sampling still does
 * not allocate.
 */
public final class FaultInjector implements EquipmentSignals {
    private final EquipmentSignals equipment;
    private final List<SensorFault> faults = new ArrayList<>();
    private final List<double[]> stuckAt = new ArrayList<>();
    private int[] channelOf = new int[0];
    private final double[] previous;
    private boolean hasPrevious;

    public FaultInjector(EquipmentSignals equipment) {
        this.equipment = Objects.requireNonNull(equipment, "equipment");
        this.previous = new double[equipment.channels().length];
    }

    /** Adds a fault; its channel must be one of the equipment's. */
    public FaultInjector inject(SensorFault fault) {
        int channel = equipment.channelIndex(fault.channel());
        faults.add(fault);
        stuckAt.add(new double[] {Double.NaN});
        channelOf = java.util.Arrays.copyOf(channelOf, faults.size());
        channelOf[faults.size() - 1] = channel;
        return this;
    }

    public List<SensorFault> faults() {
        return List.copyOf(faults);
    }

    @Override
    public String[] channels() {
        return equipment.channels();
    }

    @Override
    public void sample(long simMillis, EquipmentState state, double[] out) {
        equipment.sample(simMillis, state, out);
        for (int i = 0; i < faults.size(); i++) {
            SensorFault fault = faults.get(i);
            int c = channelOf[i];
            if (!fault.activeAt(simMillis)) {
                continue;
            }
            switch (fault.kind()) {
                case OFFSET -> out[c] += fault.magnitude();
                case SCALE -> out[c] *= fault.magnitude();
                case DROPOUT -> out[c] = fault.magnitude();
                case STUCK -> {
                    double[] held = stuckAt.get(i);
                    if (Double.isNaN(held[0])) {
                        held[0] = hasPrevious ? previous[c] : out[c];
                    }
                    out[c] = held[0];
                }
            }
        }
        System.arraycopy(out, 0, previous, 0, previous.length);
        hasPrevious = true;
    }

    @Override
    public void degrade(Degradation degradation) {
        equipment.degrade(degradation);
    }

    @Override
    public void maintain(long simMillis) {
        equipment.maintain(simMillis);
    }
}
