package io.shiptwin.sim.whatif;

import io.shiptwin.sim.des.RandomStreams;
import io.shiptwin.sim.scenario.Scenario;
import io.shiptwin.sim.yard.YardModel;
import io.shiptwin.sim.yard.YardRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What-if batch mode: replications of a scenario in parallel, without the streaming pipeline.
 * Replication i runs with {@link RandomStreams#forReplication(long, int)}, so the same i in two
 * scenarios sees the same random numbers, and results are the same whatever the thread count.
 */
public final class WhatIf {

    /** Told after each finished replication (from a worker thread): how many are done out of how many. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void progress(int done, int total);
    }

    private WhatIf() {
    }

    /** Runs {@code replications} replications of {@code scenario} on {@code threads} threads (0 = all cores). */
    public static WhatIfResult run(Scenario scenario, int replications, long seed, int threads, ProgressListener progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications: must be >= 1, got " + replications);
        }
        int n = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, replications), r -> {
            Thread t = new Thread(r, "whatif-" + scenario.name());
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    YardRun run = YardModel.run(scenario, RandomStreams.forReplication(seed, index));
                    Replication rep = Replication.of(index, run, (System.nanoTime() - t0) / 1e6);
                    progress.progress(done.incrementAndGet(), replications);
                    return new Object[] {rep, index == 0 ? run : null};
                }));
            }
            List<Replication> reps = new ArrayList<>();
            YardRun first = null;
            for (Future<Object[]> f : futures) {
                Object[] r = f.get();
                reps.add((Replication) r[0]);
                if (r[1] != null) {
                    first = (YardRun) r[1];
                }
            }
            return new WhatIfResult(scenario.name(), scenario.description(), seed, reps, first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("what-if of " + scenario.name() + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("what-if of " + scenario.name() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the base and each variant with the same seed (common random numbers) and pairs them. */
    public static Comparison compare(Scenario base, List<Scenario> variants, int replications, long seed, int threads,
                                     ProgressListener progress) {
        int total = replications * (1 + variants.size());
        AtomicInteger offset = new AtomicInteger();
        List<WhatIfResult> results = new ArrayList<>();
        List<Scenario> all = new ArrayList<>();
        all.add(base);
        all.addAll(variants);
        for (Scenario s : all) {
            int before = offset.get();
            results.add(run(s, replications, seed, threads, (done, n) -> progress.progress(before + done, total)));
            offset.addAndGet(replications);
        }
        return new Comparison(results.get(0), results.subList(1, results.size()));
    }
}
