package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Tally;
import io.shiptwin.sim.scenario.Perturbations.NetworkProfile;
import java.util.SplittableRandom;

/**
 * What the publishing hop does to the business events of a run: each stage start and finish is one
 * message, lost, duplicated or delayed per the network profile. Uses its own random stream, so the
 * production history is the same whatever the network (common random numbers for yard-5g-vs-wifi).
 */
public final class NetworkHop {
    private NetworkHop() {
    }

    public record Stats(String profile, long sent, long lost, long duplicated, double meanLatencyMs, double maxLatencyMs) {
        public double lossRate() {
            return sent == 0 ? 0 : (double) lost / sent;
        }
    }

    static Stats transmit(GroundTruth truth, NetworkProfile profile, SplittableRandom random) {
        long sent = 2L * truth.stages().size();
        long lost = 0;
        long duplicated = 0;
        Tally latency = new Tally();
        for (long i = 0; i < sent; i++) {
            if (random.nextDouble() < profile.lossProbability()) {
                lost++;
                continue;
            }
            if (random.nextDouble() < profile.duplicateProbability()) {
                duplicated++;
            }
            latency.add(profile.latencyMs().duration(random));
        }
        return new Stats(profile.name(), sent, lost, duplicated, latency.mean(), latency.max());
    }
}
