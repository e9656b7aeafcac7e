package io.shiptwin.sim.whatif;

import io.shiptwin.sim.whatif.Comparison.Difference;
import io.shiptwin.sim.whatif.WhatIfResult.KpiEstimate;
import io.shiptwin.sim.whatif.WhatIfResult.ResourceEstimate;
import io.shiptwin.sim.whatif.WhatIfResult.ShipRisk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What-if output: CSV files, a self-contained HTML report, and a table for the terminal. */
public final class Reports {
    private Reports() {
    }

    /** Writes kpis.csv, differences.csv, resources.csv, ships.csv and replications.csv into {@code dir}; returns the files. */
    public static List<Path> writeCsv(Comparison c, Path dir) {
        List<Path> files = new ArrayList<>();
        StringBuilder kpis = new StringBuilder("scenario,kpi,unit,mean,ci95_low,ci95_high,replications\n");
        StringBuilder resources = new StringBuilder("scenario,resource,capacity,utilisation_mean,ci95_low,ci95_high,mean_wait_hours,times_bottleneck\n");
        StringBuilder ships = new StringBuilder("scenario,hull,contract_day,p_on_time,ci95_low,ci95_high,delivery_day_mean,delivery_day_low,delivery_day_high\n");
        StringBuilder reps = new StringBuilder("scenario,replication,events,ground_truth_hash,wall_ms");
        Kpi.ALL.forEach(k -> reps.append(',').append(k.key()));
        reps.append('\n');
        for (WhatIfResult r : c.all()) {
            for (KpiEstimate k : r.kpis()) {
                kpis.append(csv(r.scenario(), k.kpi().key(), k.kpi().unit(), k.estimate().mean(), k.estimate().low(), k.estimate().high(), k.estimate().n()));
            }
            for (ResourceEstimate e : r.resources()) {
                resources.append(csv(r.scenario(), e.name(), e.capacity(), e.utilisation().mean(), e.utilisation().low(), e.utilisation().high(),
                        e.meanWaitHours().mean(), e.timesBottleneck()));
            }
            for (ShipRisk s : r.shipRisks()) {
                ships.append(csv(r.scenario(), s.hull(), s.contractDay(), s.onTime().mean(), s.onTime().low(), s.onTime().high(),
                        s.deliveryDay().mean(), s.deliveryDay().low(), s.deliveryDay().high()));
            }
            for (Replication rep : r.replications()) {
                reps.append(r.scenario()).append(',').append(rep.index()).append(',').append(rep.events()).append(',')
                        .append(Long.toHexString(rep.groundTruthHash())).append(',').append(num(rep.wallMillis()));
                for (double v : rep.kpis()) {
                    reps.append(',').append(num(v));
                }
                reps.append('\n');
            }
        }
        StringBuilder diffs = new StringBuilder("variant,base,kpi,unit,difference_mean,ci95_low,ci95_high,verdict\n");
        for (Difference d : c.differences()) {
            diffs.append(csv(d.variant(), c.base().scenario(), d.kpi().key(), d.kpi().unit(), d.difference().mean(), d.difference().low(),
                    d.difference().high(), verdict(d)));
        }
        files.add(write(dir.resolve("kpis.csv"), kpis));
        files.add(write(dir.resolve("differences.csv"), diffs));
        files.add(write(dir.resolve("resources.csv"), resources));
        files.add(write(dir.resolve("ships.csv"), ships));
        files.add(write(dir.resolve("replications.csv"), reps));
        return files;
    }

    public static List<Path> writeCsv(WhatIfResult r, Path dir) {
        return writeCsv(new Comparison(r, List.of()), dir);
    }

    /** Writes one self-contained HTML page (inline CSS and SVG, no scripts, no external links). */
    public static Path writeHtml(Comparison c, Path file) {
        return write(file, new StringBuilder(HtmlReport.render(c)));
    }

    public static Path writeHtml(WhatIfResult r, Path file) {
        return writeHtml(new Comparison(r, List.of()), file);
    }

    /** A fixed-width table of KPI means and intervals, one column per scenario, for the terminal. */
    public static String table(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %-15s", "KPI", "unit"));
        for (WhatIfResult r : c.all()) {
            sb.append(String.format(Locale.ROOT, " %26s", shorten(r.scenario(), 26)));
        }
        sb.append('\n');
        for (Kpi k : Kpi.ALL) {
            sb.append(String.format(Locale.ROOT, "%-28s %-15s", k.label(), k.unit()));
            for (WhatIfResult r : c.all()) {
                Estimate e = r.estimate(k);
                sb.append(String.format(Locale.ROOT, " %26s", fmt(e.mean()) + " ± " + fmt(e.halfWidth())));
            }
            sb.append('\n');
        }
        for (WhatIfResult r : c.all()) {
            ResourceEstimate b = r.bottleneck();
            sb.append(String.format(Locale.ROOT, "bottleneck of %s: %s at %.0f%% utilisation%n", r.scenario(), b.name(), 100 * b.utilisation().mean()));
        }
        return sb.toString();
    }

    public static String table(WhatIfResult r) {
        return table(new Comparison(r, List.of()));
    }

    static String verdict(Difference d) {
        return d.clearlyBetter() ? "better" : d.clearlyWorse() ? "worse" : "no clear difference";
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = values[i];
            if (v instanceof Double d) {
                sb.append(num(d));
            } else {
                String s = String.valueOf(v);
                sb.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
            }
        }
        return sb.append('\n').toString();
    }

    private static Path write(Path file, CharSequence text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
