package io.shiptwin.sim.whatif;

import io.shiptwin.sim.yard.GroundTruth.StageRecord;
import io.shiptwin.sim.yard.Stage;
import io.shiptwin.sim.yard.YardRun;
import io.shiptwin.sim.yard.YardRun.ShipOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts for the static report: bars with 95% whiskers, grouped utilisation bars, a Gantt. */
final class SvgCharts {
    static final String[] COLOURS = {"#1f5f8b", "#d9822b", "#3a9d5d", "#a33b3b", "#7b5ea7", "#5b7065", "#c7a600"};
    private static final Map<Stage, String> STAGE_COLOURS = Map.of(Stage.ERECTION, "#1f5f8b", Stage.LAUNCH, "#a33b3b",
            Stage.QUAY_OUTFITTING, "#d9822b", Stage.SEA_TRIALS, "#3a9d5d");

    private SvgCharts() {
    }

    /** One bar per scenario (colours as in {@link #legend}) from zero, with its 95% interval as a whisker. */
    static String kpiBars(String title, String unit, List<String> names, List<Estimate> values) {
        int w = 320;
        int h = 170;
        int left = 10;
        int top = 34;
        int plotH = 110;
        double max = 0;
        double min = 0;
        for (Estimate e : values) {
            if (!Double.isNaN(e.mean())) {
                max = Math.max(max, Math.max(e.high(), e.mean()));
                min = Math.min(min, Math.min(e.low(), e.mean()));
            }
        }
        double span = max - min <= 0 ? 1 : (max - min) * 1.15;
        double zero = top + plotH * (max <= 0 ? 0.1 : (max * 1.15 - 0.15 * min) / span);
        double perUnit = plotH * 0.9 / (max - min <= 0 ? 1 : max - min);
        StringBuilder sb = new StringBuilder(svgOpen(w, h));
        sb.append(text(w / 2.0, 16, "middle", "bold", HtmlReport.esc(title) + " (" + HtmlReport.esc(unit) + ")"));
        int slot = (w - 2 * left) / Math.max(1, values.size());
        for (int i = 0; i < values.size(); i++) {
            Estimate e = values.get(i);
            if (Double.isNaN(e.mean())) {
                continue;
            }
            double x = left + i * slot + slot * 0.2;
            double bw = slot * 0.6;
            double y = zero - e.mean() * perUnit;
            sb.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s: %s</title></rect>",
                    x, Math.min(y, zero), bw, Math.abs(zero - y), COLOURS[i % COLOURS.length], HtmlReport.esc(names.get(i)), Reports.fmt(e.mean())));
            double cx = x + bw / 2;
            double yl = zero - e.low() * perUnit;
            double yh = zero - e.high() * perUnit;
            sb.append(String.format(Locale.ROOT, "<path d='M%.1f %.1fV%.1fM%.1f %.1fh10M%.1f %.1fh10' stroke='#222' fill='none'/>",
                    cx, yl, yh, cx - 5, yl, cx - 5, yh));
            sb.append(text(cx, Math.min(y, yh) - 4, "middle", "normal", Reports.fmt(e.mean())));
        }
        sb.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#888'/>", left, zero, w - left, zero));
        return sb.append("</svg>").toString();
    }

    /** Which colour is which scenario, shared by every chart. */
    static String legend(List<String> names) {
        int w = 760;
        int h = 20 * ((names.size() + 2) / 3) + 6;
        StringBuilder sb = new StringBuilder(svgOpen(w, h));
        for (int i = 0; i < names.size(); i++) {
            int x = 10 + (i % 3) * 250;
            int y = 6 + (i / 3) * 20;
            sb.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='12' height='12' fill='%s'/>", x, y, COLOURS[i % COLOURS.length]));
            sb.append(text(x + 18, y + 10, "start", "normal", HtmlReport.esc(names.get(i))));
        }
        return sb.append("</svg>").toString();
    }

    /** Utilisation per resource, one bar per scenario in each group. */
    static String utilisation(List<String> resources, List<String> scenarios, double[][] util) {
        int rowH = 8 * Math.max(1, scenarios.size()) + 8;
        int w = 760;
        int labelW = 160;
        int h = 30 + resources.size() * rowH + 20;
        StringBuilder sb = new StringBuilder(svgOpen(w, h));
        sb.append(text(w / 2, 16, "middle", "bold", "Utilisation per resource (%)"));
        double plotW = w - labelW - 60;
        for (int r = 0; r < resources.size(); r++) {
            int y0 = 30 + r * rowH;
            sb.append(text(labelW - 6, y0 + rowH / 2 + 3, "end", "normal", HtmlReport.esc(resources.get(r))));
            for (int s = 0; s < scenarios.size(); s++) {
                double u = util[s][r];
                sb.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='7' fill='%s'><title>%s: %.1f%%</title></rect>",
                        labelW, y0 + s * 8, Math.max(0, u) * plotW, COLOURS[s % COLOURS.length], HtmlReport.esc(scenarios.get(s)), 100 * u));
            }
            sb.append(text(labelW + plotW * util[0][r] + 4, y0 + 7, "start", "normal", String.format(Locale.ROOT, "%.0f%%", 100 * util[0][r])));
        }
        return sb.append("</svg>").toString();
    }

    /** One row per ship: fabrication until docking, then erection, launch, quay outfitting and sea trials; the contract date as a tick. */
    static String gantt(YardRun run) {
        List<ShipOutcome> ships = run.ships();
        double end = ships.stream().mapToDouble(s -> Double.isNaN(s.deliveryDay()) ? run.simulatedDays() : s.deliveryDay())
                .max().orElse(run.simulatedDays());
        end = Math.max(end, ships.stream().mapToDouble(ShipOutcome::contractDay).max().orElse(end));
        int w = 760;
        int labelW = 60;
        int rowH = 14;
        int h = 50 + ships.size() * rowH + 20;
        double scale = (w - labelW - 10) / end;
        StringBuilder sb = new StringBuilder(svgOpen(w, h));
        sb.append(text(w / 2, 16, "middle", "bold", "Replication 0 of " + HtmlReport.esc(run.scenario())
                + ": fabrication (grey), erection, launch, quay, trials; | = contract date"));
        for (int i = 0; i < ships.size(); i++) {
            ShipOutcome s = ships.get(i);
            int y = 30 + i * rowH;
            sb.append(text(labelW - 4, y + 10, "end", "normal", s.hull()));
            double dockIn = Double.isNaN(s.dockInDay()) ? run.simulatedDays() : s.dockInDay();
            sb.append(bar(labelW + s.startDay() * scale, y, (dockIn - s.startDay()) * scale, "#c8c8c8", s.hull() + " fabrication"));
            sb.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#a00' stroke-width='2'/>",
                    labelW + s.contractDay() * scale, y, labelW + s.contractDay() * scale, y + rowH - 2));
        }
        for (StageRecord r : run.truth().stages()) {
            String colour = STAGE_COLOURS.get(r.stage());
            int row = indexOf(ships, r.entity());
            if (colour == null || row < 0) {
                continue;
            }
            double x = labelW + r.start() / 86_400_000.0 * scale;
            double bw = Math.max(1, (r.finish() - r.start()) / 86_400_000.0 * scale);
            sb.append(bar(x, 30 + row * rowH, bw, colour, r.entity() + " " + r.stage().name()));
        }
        int axisY = 30 + ships.size() * rowH + 12;
        for (int d = 0; d <= end; d += 100) {
            sb.append(text(labelW + d * scale, axisY, "middle", "normal", "day " + d));
        }
        return sb.append("</svg>").toString();
    }

    private static int indexOf(List<ShipOutcome> ships, String entity) {
        for (int i = 0; i < ships.size(); i++) {
            if (entity.equals("SHIP-" + ships.get(i).hull())) {
                return i;
            }
        }
        return -1;
    }

    private static String bar(double x, int y, double w, String colour, String title) {
        return String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='11' fill='%s'><title>%s</title></rect>",
                x, y, Math.max(0, w), colour, HtmlReport.esc(title));
    }

    private static String svgOpen(int w, int h) {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='" + w + "' height='" + h + "' viewBox='0 0 " + w + " " + h
                + "' font-family='sans-serif' font-size='10'>";
    }

    private static String text(double x, double y, String anchor, String weight, String content) {
        return String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='%s' font-weight='%s'>%s</text>", x, y, anchor, weight, content);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
