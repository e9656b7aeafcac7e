package io.shiptwin.sim.whatif;

import io.shiptwin.sim.whatif.Comparison.Difference;
import io.shiptwin.sim.whatif.WhatIfResult.ResourceEstimate;
import io.shiptwin.sim.whatif.WhatIfResult.ShipRisk;
import java.util.List;
import java.util.Locale;

/** The what-if report as one static HTML page: inline CSS and SVG, nothing fetched from anywhere. */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(Comparison c) {
        List<WhatIfResult> all = c.all();
        List<String> names = all.stream().map(WhatIfResult::scenario).toList();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>ShipTwin what-if: ")
                .append(esc(String.join(" vs ", names))).append("</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}")
                .append("table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}.better{background:#dff3e4}.worse{background:#f8dddd}")
                .append(".charts{display:flex;flex-wrap:wrap;gap:8px}.note{color:#666;font-size:90%}</style></head><body>");
        sb.append("<h1>What-if: ").append(esc(String.join(" vs ", names))).append("</h1>");
        WhatIfResult base = c.base();
        sb.append("<p class='note'>").append(base.replications().size()).append(" replications per scenario, master seed ")
                .append(base.seed()).append("; replication i of every scenario uses the same random numbers. Intervals are 95% ")
                .append("(Student t for means, Wilson for probabilities).</p>");
        for (WhatIfResult r : all) {
            sb.append("<p><b>").append(esc(r.scenario())).append("</b>: ").append(esc(r.description())).append("</p>");
        }
        kpiTable(sb, all);
        if (!c.variants().isEmpty()) {
            differences(sb, c);
        }
        sb.append("<h2>KPIs</h2>").append(SvgCharts.legend(names)).append("<div class='charts'>");
        for (Kpi k : Kpi.ALL) {
            sb.append(SvgCharts.kpiBars(k.label(), k.unit(), names, all.stream().map(r -> r.estimate(k)).toList()));
        }
        sb.append("</div><h2>Resources</h2>").append(SvgCharts.legend(names));
        List<ResourceEstimate> baseRes = base.resources();
        double[][] util = new double[all.size()][baseRes.size()];
        for (int s = 0; s < all.size(); s++) {
            List<ResourceEstimate> res = all.get(s).resources();
            for (int i = 0; i < baseRes.size(); i++) {
                String name = baseRes.get(i).name();
                util[s][i] = res.stream().filter(e -> e.name().equals(name)).mapToDouble(e -> e.utilisation().mean()).findFirst().orElse(0);
            }
        }
        sb.append(SvgCharts.utilisation(baseRes.stream().map(ResourceEstimate::name).toList(), names, util));
        resourceTable(sb, all);
        sb.append("<h2>Delivery risk per ship</h2>");
        shipTable(sb, all);
        sb.append("<h2>Schedule of one replication</h2>").append(SvgCharts.gantt(base.firstRun()));
        return sb.append("</body></html>").toString();
    }

    private static void kpiTable(StringBuilder sb, List<WhatIfResult> all) {
        sb.append("<table><tr><th>KPI</th><th>unit</th>");
        all.forEach(r -> sb.append("<th>").append(esc(r.scenario())).append("</th>"));
        sb.append("</tr>");
        for (Kpi k : Kpi.ALL) {
            sb.append("<tr><td>").append(esc(k.label())).append("</td><td>").append(esc(k.unit())).append("</td>");
            for (WhatIfResult r : all) {
                Estimate e = r.estimate(k);
                sb.append("<td>").append(Reports.fmt(e.mean())).append(" <span class='note'>[")
                        .append(Reports.fmt(e.low())).append(", ").append(Reports.fmt(e.high())).append("]</span></td>");
            }
            sb.append("</tr>");
        }
        sb.append("</table>");
    }

    private static void differences(StringBuilder sb, Comparison c) {
        sb.append("<h2>Variant minus ").append(esc(c.base().scenario())).append(" (paired)</h2><table><tr><th>variant</th><th>KPI</th>")
                .append("<th>difference</th><th>95% interval</th><th>verdict</th></tr>");
        for (Difference d : c.differences()) {
            String verdict = Reports.verdict(d);
            String cls = d.clearlyBetter() ? " class='better'" : d.clearlyWorse() ? " class='worse'" : "";
            sb.append("<tr").append(cls).append("><td>").append(esc(d.variant())).append("</td><td>").append(esc(d.kpi().label()))
                    .append(" (").append(esc(d.kpi().unit())).append(")</td><td>").append(Reports.fmt(d.difference().mean()))
                    .append("</td><td>[").append(Reports.fmt(d.difference().low())).append(", ").append(Reports.fmt(d.difference().high()))
                    .append("]</td><td>").append(verdict).append("</td></tr>");
        }
        sb.append("</table>");
    }

    private static void resourceTable(StringBuilder sb, List<WhatIfResult> all) {
        sb.append("<table><tr><th>scenario</th><th>resource</th><th>units</th><th>utilisation</th><th>mean wait (h)</th>")
                .append("<th>bottleneck in</th></tr>");
        for (WhatIfResult r : all) {
            for (ResourceEstimate e : r.resources()) {
                sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%.1f%% ± %.1f</td><td>%s</td><td>%d of %d</td></tr>",
                        esc(r.scenario()), esc(e.name()), e.capacity(), 100 * e.utilisation().mean(), 100 * e.utilisation().halfWidth(),
                        Reports.fmt(e.meanWaitHours().mean()), e.timesBottleneck(), r.replications().size()));
            }
        }
        sb.append("</table>");
    }

    private static void shipTable(StringBuilder sb, List<WhatIfResult> all) {
        sb.append("<table><tr><th>hull</th><th>contract day</th>");
        all.forEach(r -> sb.append("<th>P(on time) ").append(esc(r.scenario())).append("</th>"));
        sb.append("</tr>");
        List<List<ShipRisk>> risks = all.stream().map(WhatIfResult::shipRisks).toList();
        List<ShipRisk> baseRisks = risks.get(0);
        for (int i = 0; i < baseRisks.size(); i++) {
            sb.append("<tr><td>").append(esc(baseRisks.get(i).hull())).append("</td><td>")
                    .append(Reports.fmt(baseRisks.get(i).contractDay())).append("</td>");
            String hull = baseRisks.get(i).hull();
            for (List<ShipRisk> scenarioRisks : risks) {
                ShipRisk s = scenarioRisks.stream().filter(r -> r.hull().equals(hull)).findFirst().orElse(null);
                sb.append(s == null ? "<td>-</td>" : String.format(Locale.ROOT, "<td>%.0f%% <span class='note'>[%.0f, %.0f]</span></td>",
                        100 * s.onTime().mean(), 100 * s.onTime().low(), 100 * s.onTime().high()));
            }
            sb.append("</tr>");
        }
        sb.append("</table>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
