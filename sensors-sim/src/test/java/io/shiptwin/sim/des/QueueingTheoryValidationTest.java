package io.shiptwin.sim.des;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The engine against queueing theory: independent replications of an M/M/c station after a
 * warm-up; the analytic Wq and utilisation must fall inside the replications' 95% confidence
 * interval. Seeds are fixed, so the outcome is the same on every run.
 */
class QueueingTheoryValidationTest {
    private static final int REPLICATIONS = 20;
    private static final double WARM_UP_HOURS = 2_000;
    private static final double RUN_HOURS = 40_000;

    record Replication(double waitHours, double utilisation, double queueLength, double arrivalRate, long logHash) {
    }

    static Replication replication(int servers, double lambda, double mu, int index) {
        Simulation sim = new Simulation(RandomStreams.forReplication(2026, index));
        QueueStation station = new QueueStation(sim, "panel-line", servers,
                new Distribution.Exponential(1 / lambda), new Distribution.Exponential(1 / mu)).start();
        sim.runUntil(SimTime.hours(WARM_UP_HOURS));
        station.resetStatistics();
        sim.runUntil(SimTime.hours(WARM_UP_HOURS + RUN_HOURS));
        Resource r = station.servers();
        return new Replication(SimTime.toHours((long) r.waits().mean()), r.utilisation(), r.meanQueueLength(),
                station.arrivalRatePerHour(), sim.eventLogHash());
    }

    static List<Replication> replicate(int servers, double lambda, double mu, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Replication>> futures = new ArrayList<>();
            for (int i = 0; i < REPLICATIONS; i++) {
                int index = i;
                futures.add(pool.submit(() -> replication(servers, lambda, mu, index)));
            }
            List<Replication> out = new ArrayList<>();
            for (Future<Replication> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Mean and 95% half-width (Student t). */
    static double[] ci(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean) / (xs.length - 1);
        }
        double t = new TDistribution(xs.length - 1).inverseCumulativeProbability(0.975);
        return new double[] {mean, t * Math.sqrt(var / xs.length)};
    }

    /** Erlang C: probability an arrival waits, then Wq = C / (c mu - lambda). */
    static double erlangWq(int c, double lambda, double mu) {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c;
        double pWait = last / (1 - rho) / (sum + last / (1 - rho));
        return pWait / (c * mu - lambda);
    }

    private static void assertTheoryInsideCi(List<Replication> reps, int c, double lambda, double mu) {
        double[] wq = ci(reps.stream().mapToDouble(Replication::waitHours).toArray());
        double[] util = ci(reps.stream().mapToDouble(Replication::utilisation).toArray());
        double expectedWq = erlangWq(c, lambda, mu);
        double expectedUtil = lambda / (c * mu);
        assertThat(expectedWq).as("Wq %.4f within %.4f ± %.4f", expectedWq, wq[0], wq[1]).isCloseTo(wq[0], within(wq[1]));
        assertThat(expectedUtil).as("rho within CI").isCloseTo(util[0], within(util[1]));
        assertThat(wq[1] / wq[0]).as("the CI is tight enough to mean something").isLessThan(0.05);
    }

    @Test
    void mm1StationReproducesAnalyticWaitAndUtilisation() throws Exception {
        List<Replication> reps = replicate(1, 0.8, 1.0, 2);
        assertThat(erlangWq(1, 0.8, 1.0)).isCloseTo(4.0, within(1e-9));
        assertTheoryInsideCi(reps, 1, 0.8, 1.0);
    }

    @Test
    void mmcStationReproducesErlangCWaitAndUtilisation() throws Exception {
        List<Replication> reps = replicate(3, 2.4, 1.0, 2);
        assertTheoryInsideCi(reps, 3, 2.4, 1.0);
    }

    @Test
    void littlesLawHoldsForTheQueue() {
        Replication r = replication(2, 1.5, 1.0, 0);
        assertThat(r.queueLength()).isCloseTo(r.arrivalRate() * r.waitHours(), within(r.queueLength() * 0.02));
    }

    @Test
    void oneOrTwoThreadsGiveIdenticalReplications() throws Exception {
        assertThat(replicate(1, 0.8, 1.0, 1)).isEqualTo(replicate(1, 0.8, 1.0, 2));
    }
}
