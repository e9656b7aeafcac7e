package io.shiptwin.sim.signals;

import java.util.random.RandomGenerator;

/**
 * Worker positioning tags (RFID/UWB) aggregated per crew and zone: how many of the crew are present,
 * how long the crew has been on its current job, how many tag reads arrived. Never per named person
 * (DOMAIN.md: privacy). WORKING with load = crew members on the job in the zone; any other state = no one
 * there. A tag is missed by a read with probability {@code missProbability}.
 */
public final class CrewPresenceSignals extends AbstractSignals {
    private static final String[] CHANNELS = {"headcount", "dwell_min", "tag_reads_per_min"};

    /**
     * @param readsPerMinute  reads per tag per minute
     * @param missProbability probability that a present tag is not seen by a read (0..1)
     */
    public record Params(double readsPerMinute, double missProbability) {
        public Params {
            requirePositive("crew.readsPerMinute", readsPerMinute);
            requireFraction("crew.missProbability", missProbability);
        }
    }

    private final Params p;
    private double presentSince = Double.NaN;
    private double lastCount = -1;

    public CrewPresenceSignals(Params params, RandomGenerator random, long calibratedAtMillis) {
        super(random, calibratedAtMillis);
        this.p = params;
    }

    @Override
    public String[] channels() {
        return CHANNELS;
    }

    @Override
    protected void fill(long t, EquipmentState state, EquipmentState during, double dt, double severity, double[] out) {
        int crew = state.isWorking() ? (int) Math.round(state.load()) : 0;
        if (crew != lastCount) {
            presentSince = t;
            lastCount = crew;
        }
        int seen = 0;
        for (int i = 0; i < crew; i++) {
            if (random.nextDouble() >= p.missProbability()) {
                seen++;
            }
        }
        out[0] = seen;
        out[1] = crew == 0 ? 0 : (t - presentSince) / 60_000.0;
        out[2] = seen * p.readsPerMinute();
    }
}
