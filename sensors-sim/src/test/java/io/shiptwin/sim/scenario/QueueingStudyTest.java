package io.shiptwin.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.shiptwin.sim.des.Distribution;
import io.shiptwin.sim.des.QueueStation;
import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Stations built from the scenario format (YAML, distribution syntax, defaults) reproduce queueing
 * theory: the analytic Wq and utilisation fall inside the 95% interval of the replications.
 */
class QueueingStudyTest {

    private static QueueingStudy load(String file) throws Exception {
        try (InputStream in = QueueingStudyTest.class.getResourceAsStream("/queueing/" + file)) {
            return QueueingStudy.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
    }

    /** Per replication: {mean wait hours, utilisation} of the study's first station. */
    private static double[][] replicate(QueueingStudy study) {
        QueueingStudy.Station st = study.stations().get(0);
        return IntStream.range(0, study.replications()).parallel().mapToObj(i -> {
            Simulation sim = new Simulation(RandomStreams.forReplication(study.seed(), i));
            QueueStation q = new QueueStation(sim, st.name(), st.servers(), st.interarrivalHours(), st.serviceHours()).start();
            sim.runUntil(SimTime.hours(study.warmUpHours()));
            q.resetStatistics();
            sim.runUntil(SimTime.hours(study.warmUpHours() + study.runHours()));
            return new double[] {SimTime.toHours((long) q.servers().waits().mean()), q.servers().utilisation()};
        }).toArray(double[][]::new);
    }

    private static double[] ci(double[][] reps, int column) {
        double[] xs = java.util.Arrays.stream(reps).mapToDouble(r -> r[column]).toArray();
        double mean = java.util.Arrays.stream(xs).average().orElseThrow();
        double var = java.util.Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1);
        return new double[] {mean, new TDistribution(xs.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / xs.length)};
    }

    private static double erlangCWq(int c, double lambda, double mu) {
        double a = lambda / mu;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            term = k == 0 ? 1 : term * a / k;
            sum += term;
        }
        double last = term * a / c / (1 - a / c);
        return last / (sum + last) / (c * mu - lambda);
    }

    private static void assertMatchesTheory(QueueingStudy study) {
        QueueingStudy.Station st = study.stations().get(0);
        double lambda = 1 / st.interarrivalHours().mean();
        double mu = 1 / st.serviceHours().mean();
        double[][] reps = replicate(study);
        double[] wq = ci(reps, 0);
        double[] rho = ci(reps, 1);
        assertThat(erlangCWq(st.servers(), lambda, mu)).isCloseTo(wq[0], within(wq[1]));
        assertThat(lambda / (st.servers() * mu)).isCloseTo(rho[0], within(rho[1]));
    }

    @Test
    void mm1StationFromYamlMatchesTheory() throws Exception {
        QueueingStudy study = load("mm1.yaml");
        assertThat(study.stations().get(0).serviceHours()).isEqualTo(new Distribution.Exponential(1));
        assertThat(study.replications()).as("from defaults.yaml").isEqualTo(20);
        assertMatchesTheory(study);
    }

    @Test
    void mmcStationFromYamlMatchesTheory() throws Exception {
        assertMatchesTheory(load("mmc.yaml"));
    }

    @Test
    void aStudyIsValidatedLikeAScenario() {
        ScenarioException e = catchThrowableOfType(() -> QueueingStudy.parse(
                "name: bad\nstations: [{name: x, server: 1, interarrivalHours: 1, serviceHours: 1}]", "bad.yaml"), ScenarioException.class);
        assertThat(e.problems()).containsExactly("stations[0].server: unknown key, did you mean 'servers'?", "stations[0].servers: is required");
    }
}
