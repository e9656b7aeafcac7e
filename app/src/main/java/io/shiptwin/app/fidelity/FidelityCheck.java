package io.shiptwin.app.fidelity;

import io.shiptwin.app.Reconciliation;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.des.SimTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the twin in H2 with a scenario run's ground truth once the twin has caught up: it polls the twin
 * until it matches the truth, or has not changed for {@link #QUIET} (the pipeline has drained: what is
 * missing will not come), or the deadline passes.
 */
public final class FidelityCheck {
    private static final Logger LOG = LoggerFactory.getLogger(FidelityCheck.class);
    static final Duration QUIET = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 250;

    private FidelityCheck() {
    }

    /** Waits for the twin of {@code feed}'s yard in {@code h2Url} (at most {@code timeout}), then compares. */
    public static FidelityReport run(String h2Url, ScenarioFeed feed, Reconciliation reconciliation, Tolerances tol, Duration timeout)
            throws InterruptedException {
        TwinFigures expected = ExpectedTwin.of(feed);
        String prefix = feed.options().yardPrefix();
        long deadline = System.nanoTime() + timeout.toNanos();
        TwinFigures last = null;
        long unchangedSince = System.nanoTime();
        List<Check> checks;
        boolean caughtUp;
        while (true) {
            TwinFigures twin = TwinReader.read(h2Url, prefix);
            checks = FidelityComparison.compare(expected, twin, tol);
            long now = System.nanoTime();
            if (!twin.equals(last)) {
                last = twin;
                unchangedSince = now;
            }
            if (checks.stream().allMatch(Check::ok)) {
                caughtUp = true;
                break;
            }
            if (now - unchangedSince >= QUIET.toNanos()) {
                caughtUp = true;
                break;
            }
            if (now >= deadline) {
                caughtUp = false;
                break;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        FidelityReport report = FidelityReport.of(feed.scenario().name(), feed.options().seed(), SimTime.toDays(feed.endMillis()),
                !feed.hasNext(), caughtUp, reconciliation, checks);
        LOG.info("fidelity: {} checks, {} mismatches, {} lost", report.checks(), report.mismatches(), report.lost());
        return report;
    }
}
