package io.shiptwin.app.fidelity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shiptwin.app.Reconciliation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The twin against the simulation's ground truth after a bounded scenario run, with the pipeline's
 * reconciliation. {@code lost} = events that never reached the twin: lost on the simulated network
 * ({@code lostOnNetwork}, a what-if the user chose) plus lost in the pipeline ({@code lostInPipeline}, the
 * reconciliation's {@code lost}). {@code mismatches} = checks outside tolerance. A faithful twin on a
 * faithful network has both at 0.
 *
 * @param caughtUp true if the twin matched, or stopped changing, before the deadline
 * @param complete true if the feed reached its bound (the truth covers exactly what was published)
 * @param byCategory per category: checks and mismatches
 */
public record FidelityReport(String scenario, long seed, double simDays, String network, boolean complete, boolean caughtUp,
                             long lost, long lostOnNetwork, long lostInPipeline, long mismatches, int checks,
                             Map<String, Tally> byCategory, Reconciliation reconciliation, List<Check> details) {

    /** Checks and mismatches of one category. */
    public record Tally(long checks, long mismatches) {
    }

    public static FidelityReport of(String scenario, long seed, double simDays, boolean complete, boolean caughtUp,
                                    Reconciliation r, List<Check> checks) {
        Map<String, long[]> by = new TreeMap<>();
        long mismatches = 0;
        for (Check c : checks) {
            long[] n = by.computeIfAbsent(c.category(), k -> new long[2]);
            n[0]++;
            if (!c.ok()) {
                n[1]++;
                mismatches++;
            }
        }
        long network = r == null ? 0 : r.networkLost();
        long pipeline = r == null ? 0 : r.lost();
        Map<String, Tally> tallies = new TreeMap<>();
        by.forEach((k, n) -> tallies.put(k, new Tally(n[0], n[1])));
        return new FidelityReport(scenario, seed, simDays, r == null ? "none" : r.network(), complete, caughtUp,
                network + pipeline, network, pipeline, mismatches, checks.size(), tallies, r, List.copyOf(checks));
    }

    /** Failed checks, in report order. */
    public List<Check> failures() {
        return details.stream().filter(c -> !c.ok()).toList();
    }

    /** The yard-wide KPIs (truth, twin, diff, ok), the checks per category and the first mismatches. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%n  ShipTwin fidelity: twin vs ground truth (%s, seed %d, %s simulated days)%n", scenario, seed,
                fmt(simDays)));
        b.append("  ").append("-".repeat(84)).append('\n');
        b.append(String.format("  %-30s %16s %16s %12s  %s%n", "KPI", "truth", "twin", "diff", "ok"));
        for (Check c : details) {
            if (c.category().equals("kpi")) {
                b.append(String.format("  %-30s %16s %16s %12s  %s%n", c.subject(), str(c.expected()), str(c.actual()),
                        c.diff() == null ? "" : fmt(c.diff()), c.ok() ? "yes" : "NO"));
            }
        }
        b.append("  ").append("-".repeat(84)).append('\n');
        byCategory.forEach((cat, n) -> b.append(String.format("  %-30s %8d checks %8d mismatches%n", cat, n.checks(), n.mismatches())));
        b.append(String.format("  %-30s %8d checks %8d mismatches%n", "ALL", checks, mismatches));
        b.append(String.format("  %-30s %8d (network %d, pipeline %d)%n", "LOST", lost, lostOnNetwork, lostInPipeline));
        if (!complete) {
            b.append("  WARNING: the run stopped before the feed's bound; the truth covers more than was published\n");
        }
        if (!caughtUp) {
            b.append("  WARNING: the twin was still changing at the deadline\n");
        }
        List<Check> failed = failures();
        if (!failed.isEmpty()) {
            b.append("  first mismatches:\n");
            for (Check c : failed.subList(0, Math.min(15, failed.size()))) {
                b.append(String.format("    %-9s %-40s %-26s truth %s, twin %s%n", c.category(), c.subject(), c.measure(),
                        str(c.expected()), str(c.actual())));
            }
            if (failed.size() > 15) {
                b.append("    ... ").append(failed.size() - 15).append(" more in the JSON report\n");
            }
        }
        return b.toString();
    }

    private static String str(Object v) {
        if (v == null) {
            return "-";
        }
        return v instanceof Double d ? fmt(d) : v.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
