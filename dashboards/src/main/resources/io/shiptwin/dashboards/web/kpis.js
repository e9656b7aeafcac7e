// KPIs: one KPI over simulated time in closed event-time windows (/api/kpis), one line per scope; the KPI, the
// window kind and the scope (the yard, every area, every ship, or one of them) are chosen above the chart.
import {el, fmt, fetchJson} from "./util.js";
import {chart} from "./charts.js";

const REFRESH_MS = 3000;
let timer = null;
let kpiChart = null;
let catalogue = null;

function $(id) { return document.getElementById(id); }

function option(value, label) {
  return el("option", {"value": value}, label);
}

async function loadCatalogue() {
  const r = await fetchJson("/api/kpis/catalogue");
  if (!r.ok) return;
  catalogue = r.body;
  const kind = $("kpi-kind");
  if (kind.options.length === 0) {
    kind.replaceChildren(...catalogue.kpis.map(k => option(k.id, k.id.replace(/_/g, " ") + " (" + k.unit + ")")));
  }
  // Keep the fixed "every ..." choices, then one per scope that has values; keep the selection.
  const scope = $("kpi-scope");
  const selected = scope.value;
  const fixed = [...scope.options].filter(o => o.value.startsWith("kind:")).map(o => option(o.value, o.textContent));
  const scopes = catalogue.scopes.map(s => option("scope:" + s.scope, s.scope));
  scope.replaceChildren(...fixed, ...scopes);
  if ([...scope.options].some(o => o.value === selected)) scope.value = selected;
}

function query() {
  const q = new URLSearchParams();
  q.set("kpi", $("kpi-kind").value || "steel_throughput_t");
  q.set("window", $("kpi-window").value);
  const scope = $("kpi-scope").value || "kind:yard";
  if (scope.startsWith("kind:")) q.set("scopeKind", scope.substring(5));
  else q.set("scope", scope.substring(6));
  return q;
}

function render(answer) {
  kpiChart = kpiChart || chart($("kpi-chart"), "svg");
  const points = answer.series.reduce((n, s) => n + s.points.length, 0);
  const box = $("kpi-chart");
  box.dataset.kpi = answer.kpi;
  box.dataset.window = answer.window;
  box.dataset.points = String(points);
  const last = answer.series.length ? answer.series[0].points[answer.series[0].points.length - 1] : null;
  box.dataset.lastValue = last ? String(last.value) : "";
  $("kpi-note").textContent = points === 0
      ? "no closed " + answer.window + " window with " + answer.kpi + " yet: windows close as the watermark passes their end"
      : answer.series.length + " series, " + points + " windows" + (answer.truncated ? " (the latest " + answer.limit + ")" : "")
        + "; unit " + answer.unit + "; times are the simulated clock (UTC)";
  kpiChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis", valueFormatter: v => fmt(v) + " " + answer.unit},
    legend: {type: "scroll", top: 0},
    grid: {left: 70, right: 30, top: 40, bottom: 40},
    xAxis: {type: "time", name: "simulated time"},
    yAxis: {type: "value", name: answer.unit, scale: answer.unit === "ratio" ? false : true},
    series: answer.series.map(s => ({
      name: s.scope, type: answer.window === "hour" ? "line" : "bar", step: false, showSymbol: s.points.length < 60,
      data: s.points.map(p => [p.windowStart, p.value])
    }))
  }, true);
}

function pct(x) {
  return x === null || x === undefined ? "–" : (100 * x).toFixed(1) + " %";
}

async function refreshStations() {
  const r = await fetchJson("/api/kpis/stations");
  if (!r.ok) return;
  const rows = r.body.stations.map(s => {
    const tr = el("tr", {"data-work-centre": s.workCentre});
    [s.workCentre, String(s.blocks), String(s.arcOnReadings), s.outOfWindowReadings + " (" + pct(s.outOfWindowRate) + ")",
      String(s.inspections), pct(s.defectRate), String(s.failedAfterOutOfWindow), pct(s.dftCompliance)]
        .forEach(v => tr.appendChild(el("td", {}, v)));
    return tr;
  });
  if (rows.length === 0) {
    const tr = el("tr", {});
    tr.appendChild(el("td", {"colspan": "8", "class": "muted"}, "no block welded and counted yet"));
    rows.push(tr);
  }
  $("weld-stations").tBodies[0].replaceChildren(...rows);
}

async function refresh() {
  refreshStations();
  if (!catalogue) await loadCatalogue();
  const r = await fetchJson("/api/kpis?" + query());
  if (!r.ok) {
    $("kpi-note").textContent = "HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer");
    return;
  }
  render(r.body);
}

export function init() {
  ["kpi-kind", "kpi-window", "kpi-scope"].forEach(id => $(id).addEventListener("change", refresh));
}

export async function show(params) {
  await loadCatalogue();
  if (params && params.get("kpi")) $("kpi-kind").value = params.get("kpi");
  if (params && params.get("window")) $("kpi-window").value = params.get("window");
  refresh();
  if (!timer) timer = setInterval(() => { loadCatalogue().then(refresh); }, REFRESH_MS);
}

export function hide() {
  if (timer) clearInterval(timer);
  timer = null;
}
