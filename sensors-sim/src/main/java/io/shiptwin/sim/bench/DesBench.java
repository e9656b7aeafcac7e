package io.shiptwin.sim.bench;

import io.shiptwin.sim.des.Action;
import io.shiptwin.sim.des.Distribution;
import io.shiptwin.sim.des.QueueStation;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.scenario.ScenarioLoader;
import io.shiptwin.sim.yard.YardModel;
import io.shiptwin.sim.yard.YardRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The DES benchmark behind {@code ./shiptwin bench des}: engine events per second on synthetic
 * models and the wall time of the baseline yard. A measurement, not a test: it prints its figures
 * and writes them as JSON. Timing uses the wall clock of the JVM, outside any model.
 */
public final class DesBench {
    /** Pending events in the hold model: a typical event-list size for a yard. */
    static final int HOLD_POPULATION = 1_000;
    static final int ROUNDS = 5;

    private DesBench() {
    }

    /** Defaults: 5,000,000 hold events per round, the baseline scenario, figures to {@code out}. */
    public static BenchResult run(Path outputFile, PrintStream out) {
        return run(outputFile, out, 5_000_000L, "baseline");
    }

    /**
     * Runs the benchmark: warm-up and {@link #ROUNDS} measured rounds of each synthetic model, then the
     * yard scenario for one simulated year and for its whole order book. Prints the summary to {@code out}
     * (may be null) and writes JSON to {@code outputFile} (may be null).
     */
    public static BenchResult run(Path outputFile, PrintStream out, long holdEvents, String yardScenario) {
        Scenario scenario = ScenarioLoader.load(yardScenario);
        long cold = System.nanoTime();
        YardModel.run(scenario);
        double coldSeconds = (System.nanoTime() - cold) / 1e9;
        holdModel(holdEvents / 5);
        double[] hold = new double[ROUNDS];
        double[] station = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            hold[i] = holdModel(holdEvents);
            station[i] = stationModel(holdEvents / 2);
        }
        Scenario year = withHorizon(scenario, 365);
        long t0 = System.nanoTime();
        YardRun yearRun = YardModel.run(year);
        double yearSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        YardRun full = YardModel.run(scenario);
        double fullSeconds = (System.nanoTime() - t0) / 1e9;
        BenchResult r = new BenchResult(holdEvents, median(hold), median(station), ROUNDS, scenario.name(), coldSeconds, yearRun.simulatedDays(),
                yearRun.events(), yearSeconds, full.simulatedDays(), full.events(), fullSeconds, full.shipsDelivered(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        if (out != null) {
            out.print(r.summary());
        }
        if (outputFile != null) {
            write(outputFile, r.toJson());
            if (out != null) {
                out.println("figures written to " + outputFile);
            }
        }
        return r;
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "bench-des.json"), System.out);
    }

    /**
     * The classic "hold" model of event-list benchmarks: a fixed population of pending events, each
     * firing reschedules itself after an exponential delay. Measures the engine alone. Returns events/s.
     */
    static double holdModel(long events) {
        Simulation sim = new Simulation(1);
        SplittableRandom random = sim.random().stream("hold");
        double[] delays = new double[4096];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = -Math.log(1 - random.nextDouble()) * SimTime.MILLIS_PER_HOUR;
        }
        long[] count = {0};
        Action[] hold = new Action[1];
        hold[0] = () -> {
            if (++count[0] < events) {
                sim.schedule((long) delays[(int) (count[0] & 4095)], hold[0]);
            } else {
                sim.stop();
            }
        };
        for (int i = 0; i < HOLD_POPULATION; i++) {
            sim.schedule((long) delays[i], hold[0]);
        }
        long t0 = System.nanoTime();
        sim.run();
        return sim.eventsFired() / ((System.nanoTime() - t0) / 1e9);
    }

    /** An M/M/3 station at 80% load: arrivals, grants, departures, with time-weighted statistics. Returns events/s. */
    static double stationModel(long events) {
        Simulation sim = new Simulation(2);
        new QueueStation(sim, "bench", 3, new Distribution.Exponential(1.0 / 2.4), new Distribution.Exponential(1.0)).start();
        long t0 = System.nanoTime();
        while (sim.eventsFired() < events) {
            sim.runUntil(sim.now() + SimTime.hours(10_000));
        }
        return sim.eventsFired() / ((System.nanoTime() - t0) / 1e9);
    }

    private static Scenario withHorizon(Scenario s, int days) {
        return s.withHorizonDays(days);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
