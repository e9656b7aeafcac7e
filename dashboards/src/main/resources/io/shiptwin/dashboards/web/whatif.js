// What-if: start a comparison (POST /api/whatif/runs) and follow its progress, then pick a stored run
// (/api/whatif/runs/{id}) and see per KPI a bar per scenario with its 95% interval as whiskers (an ECharts
// custom series), the utilisation of every resource per scenario, and the Gantt of one replication per
// scenario: each ship's fabrication and dock and quay stages against its contract date.
import {el, esc, fmt, fetchJson, postJson} from "./util.js";
import {chart, dispose} from "./charts.js";

const POLL_MS = 700;
let kpiCharts = [];
let utilChart = null;
let ganttChart = null;
let shownRun = null;
const PHASE_COLOURS = {"fabrication": "#c8c8c8", "erection": "#1f5f8b", "launch": "#a33b3b", "quay-outfitting": "#d9822b",
  "sea-trials": "#3a9d5d"};
let selectedRun = null;
let polling = null;

function $(id) { return document.getElementById(id); }

function showProblems(title, problems) {
  const box = $("whatif-problems");
  box.replaceChildren(el("strong", {}, title));
  const ul = el("ul", {});
  (problems || []).forEach(p => ul.appendChild(el("li", {}, p)));
  box.appendChild(ul);
  box.hidden = false;
}

async function loadScenarios() {
  const r = await fetchJson("/api/scenarios");
  const shipped = r.ok ? r.body.shipped : [];
  const runner = r.ok && r.body.runner;
  $("whatif-runner-note").textContent = runner
      ? "Runs on the launcher's what-if worker, one at a time; replications in parallel."
      : "This dashboard runs without the launcher's scenario runner: stored runs can be viewed, none started.";
  $("whatif-start").disabled = !runner;
  $("whatif-validate").disabled = !runner;
  $("whatif-base").replaceChildren(...shipped.map(n => el("option", {"value": n}, n)));
  $("whatif-variants").replaceChildren(...shipped.map(n => el("option", {"value": n}, n)));
  if (shipped.includes("teaching")) $("whatif-base").value = "teaching";
}

/** Fills the run picker; selects `select` (or keeps the current choice, or the newest run). */
async function loadRuns(select) {
  const r = await fetchJson("/api/whatif/runs");
  if (!r.ok) return;
  const picker = $("whatif-runs");
  const keep = select || picker.value;
  if (r.body.length === 0) {
    picker.replaceChildren(el("option", {"value": ""}, "no runs yet"));
    return;
  }
  picker.replaceChildren(...r.body.map(run => el("option", {"value": run.runId},
      run.runId + ": " + run.scenarios.map(s => s.scenario).join(" vs ") + " (" + run.replications + " replications)")));
  picker.value = r.body.some(run => run.runId === keep) ? keep : r.body[0].runId;
  if (picker.value !== selectedRun) loadRun(picker.value);
}

function clearCharts() {
  kpiCharts.forEach(c => dispose(c));
  kpiCharts = [];
  $("whatif-kpis").replaceChildren();
}

/** Bars per scenario with a whisker from ciLow to ciHigh, drawn by a custom series. */
function errorBars(name, data) {
  return {
    type: "custom", name: name, z: 10,
    renderItem: (params, api) => {
      const x = api.value(0), low = api.value(1), high = api.value(2);
      if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
      const lo = api.coord([x, low]), hi = api.coord([x, high]);
      const w = api.size([1, 0])[0] * 0.15;
      const style = {stroke: "#1d2733", lineWidth: 1.5};
      return {type: "group", children: [
        {type: "line", shape: {x1: lo[0], y1: hi[1], x2: lo[0], y2: lo[1]}, style},
        {type: "line", shape: {x1: lo[0] - w, y1: hi[1], x2: lo[0] + w, y2: hi[1]}, style},
        {type: "line", shape: {x1: lo[0] - w, y1: lo[1], x2: lo[0] + w, y2: lo[1]}, style}]};
    },
    encode: {x: 0, y: [1, 2]},
    data: data
  };
}

function renderKpis(run) {
  clearCharts();
  const scenarios = run.scenarios.map(s => s.scenario);
  const keys = run.scenarios[0].kpis.map(k => k.kpi);
  keys.forEach(key => {
    const perScenario = run.scenarios.map(s => s.kpis.find(k => k.kpi === key) || {});
    const meta = perScenario[0];
    const box = el("div", {"class": "chart kpi-chart", "data-kpi": key});
    $("whatif-kpis").appendChild(box);
    const c = chart(box, "svg");
    kpiCharts.push(c);
    c.setOption({
      animation: false,
      aria: {enabled: true},
      title: {text: meta.label + (meta.unit ? " [" + meta.unit + "]" : ""), textStyle: {fontSize: 13}},
      tooltip: {trigger: "item", formatter: p => {
        const k = perScenario[p.dataIndex];
        return esc(scenarios[p.dataIndex] + ": " + fmt(k.mean) + " [" + fmt(k.ciLow) + ", " + fmt(k.ciHigh) + "] " + (meta.unit || ""));
      }},
      grid: {left: 55, right: 15, top: 35, bottom: 45},
      xAxis: {type: "category", data: scenarios, axisLabel: {interval: 0, fontSize: 10}},
      yAxis: {type: "value", scale: false},
      series: [
        {type: "bar", name: meta.label, data: perScenario.map((k, i) => ({value: k.mean, itemStyle: {color: i === 0 ? "#8c959f" : "#0969da"}})),
          label: {show: true, position: "insideTop", color: "#fff", fontSize: 10, formatter: p => fmt(p.value)}},
        errorBars("95% CI", perScenario.map((k, i) => [i, k.ciLow, k.ciHigh]))
      ]
    });
  });
}

function renderUtilisation(run) {
  utilChart = utilChart || chart($("whatif-utilisation"), "svg");
  const resources = [...new Set(run.scenarios.flatMap(s => s.resources.map(r => r.resource)))];
  const series = [];
  run.scenarios.forEach(s => {
    const byName = new Map(s.resources.map(r => [r.resource, r]));
    series.push({type: "bar", name: s.scenario, data: resources.map(n => {
      const r = byName.get(n);
      return r ? {value: 100 * r.utilisationMean, low: 100 * r.utilisationLow, high: 100 * r.utilisationHigh, capacity: r.capacity,
        bottleneck: r.timesBottleneck} : null;
    })});
  });
  utilChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis", formatter: items => esc(items[0].name) + items.filter(i => i.data).map(i => "<br>" + i.marker
        + esc(i.seriesName) + ": " + fmt(i.data.value) + " % [" + fmt(i.data.low) + ", " + fmt(i.data.high) + "], capacity "
        + i.data.capacity + ", bottleneck in " + i.data.bottleneck + " replications").join("")},
    legend: {data: run.scenarios.map(s => s.scenario)},
    grid: {left: 60, right: 20, top: 40, bottom: 90},
    xAxis: {type: "category", data: resources, axisLabel: {rotate: 35, interval: 0, fontSize: 10}},
    yAxis: {type: "value", name: "utilisation %", max: 100},
    series: series
  }, true);
}

/** Replication 0 of the chosen scenario: a row per ship, a bar per phase, a red tick at the contract day. */
function renderGantt(run) {
  const select = $("whatif-gantt-scenario");
  const names = run.scenarios.map(s => s.scenario);
  if ([...select.options].map(o => o.value).join("|") !== names.join("|")) {
    select.replaceChildren(...names.map(n => el("option", {"value": n}, n)));
  }
  const scenario = run.scenarios.find(s => s.scenario === select.value) || run.scenarios[0];
  const ships = scenario.schedule || [];
  const box = $("whatif-gantt");
  box.dataset.ships = String(ships.length);
  box.dataset.scenario = scenario.scenario;
  $("whatif-gantt-note").textContent = ships.length === 0 ? "no schedule stored for this run (stored by an older version)"
      : ships.length + " ships; " + ships.filter(s => s.deliveryDay !== null && s.deliveryDay <= s.contractDay).length
        + " delivered on or before the contract date, " + ships.filter(s => s.deliveryDay === null).length
        + " not delivered within the horizon";
  ganttChart = ganttChart || chart(box, "svg");
  const horizon = Math.max(1, ...ships.flatMap(s => s.phases.map(p => p.finishDay === null ? p.startDay : p.finishDay)),
      ...ships.map(s => s.contractDay));
  const bars = [];
  ships.forEach((s, y) => s.phases.forEach(p => bars.push({value: [y, p.startDay, p.finishDay === null ? horizon : p.finishDay],
    phase: p.phase, hull: s.hull, open: p.finishDay === null})));
  box.style.height = Math.max(200, 70 + ships.length * 22) + "px";
  ganttChart.resize();
  ganttChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {formatter: p => p.seriesIndex === 0
        ? esc(p.data.hull) + " " + esc(p.data.phase) + "<br>day " + fmt(p.data.value[1]) + " to "
          + (p.data.open ? "beyond the horizon" : "day " + fmt(p.data.value[2]))
        : esc(p.data.hull) + " contract day " + fmt(p.data.value[0])},
    legend: {data: Object.keys(PHASE_COLOURS).concat(["contract date"]), top: 0},
    grid: {left: 70, right: 30, top: 30, bottom: 35},
    xAxis: {type: "value", name: "day", min: 0, max: Math.ceil(horizon)},
    yAxis: {type: "category", inverse: true, data: ships.map(s => s.hull), axisLabel: {fontSize: 10}},
    series: [{
      type: "custom",
      name: "phases",
      encode: {x: [1, 2], y: 0},
      data: bars,
      renderItem: (params, api) => {
        const y = api.value(0);
        const a = api.coord([api.value(1), y]);
        const b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1] * 0.6;
        const d = bars[params.dataIndex];
        const c = PHASE_COLOURS[d.phase] || "#8c959f";
        return {type: "rect", shape: {x: a[0], y: a[1] - h / 2, width: Math.max(b[0] - a[0], 1), height: h},
          style: d.open ? {fill: "#fff", stroke: c, lineWidth: 1.5, lineDash: [4, 3]} : {fill: c}};
      }
    }, {
      type: "scatter",
      name: "contract date",
      symbol: "rect",
      symbolSize: [3, 16],
      itemStyle: {color: "#a00"},
      data: ships.map((s, y) => ({value: [s.contractDay, y], hull: s.hull}))
    }].concat(Object.keys(PHASE_COLOURS).map(name => ({type: "bar", name, data: [], itemStyle: {color: PHASE_COLOURS[name]}})))
  }, true);
}

async function loadRun(runId) {
  selectedRun = runId;
  if (!runId) {
    $("whatif-result").hidden = true;
    return;
  }
  const r = await fetchJson("/api/whatif/runs/" + encodeURIComponent(runId));
  if (runId !== selectedRun) return;
  if (!r.ok) {
    showProblems("HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer"), []);
    return;
  }
  const run = r.body;
  $("whatif-result").hidden = false;
  $("whatif-result").dataset.runId = run.runId;
  $("whatif-run-note").textContent = "run " + run.runId + ", " + run.replications + " replications per scenario, seed "
      + run.seed + ", stored " + run.createdAt + ": " + run.scenarios.map(s => s.scenario + " (" + s.role.toLowerCase() + ")").join(", ");
  const base = "/api/whatif/runs/" + encodeURIComponent(run.runId);
  $("whatif-kpis-csv").href = base + "/kpis.csv";
  $("whatif-resources-csv").href = base + "/resources.csv";
  $("whatif-kpis-csv").hidden = false;
  $("whatif-resources-csv").hidden = false;
  $("whatif-report").hidden = !run.report;
  if (run.report) $("whatif-report").href = run.report;
  shownRun = run;
  renderKpis(run);
  renderUtilisation(run);
  renderGantt(run);
}

function followProgress(runId) {
  if (polling) clearInterval(polling);
  $("whatif-progress").hidden = false;
  $("whatif-progress").dataset.runId = runId;
  const tick = async () => {
    const r = await fetchJson("/api/whatif/runs/" + encodeURIComponent(runId) + "/progress");
    if (!r.ok) return;
    const p = r.body;
    $("whatif-progress").dataset.state = p.state;
    $("whatif-progress-bar").max = Math.max(1, p.total);
    $("whatif-progress-bar").value = p.done;
    $("whatif-progress-text").textContent = "run " + runId + " (" + p.scenarios.join(" vs ") + "): " + p.state + ", "
        + p.done + "/" + p.total + " replications" + (p.error ? ": " + p.error : "");
    if (p.state === "DONE" || p.state === "FAILED") {
      clearInterval(polling);
      polling = null;
      $("whatif-start").disabled = false;
      if (p.state === "DONE") loadRuns(runId);
    }
  };
  tick();
  polling = setInterval(tick, POLL_MS);
}

async function start(e) {
  e.preventDefault();
  $("whatif-problems").hidden = true;
  const variants = [...$("whatif-variants").selectedOptions].map(o => o.value);
  const yaml = $("whatif-yaml").value.trim();
  if (yaml) variants.push(yaml);
  const body = {base: $("whatif-base").value, variants: variants,
    replications: Number($("whatif-replications").value), seed: Number($("whatif-seed").value)};
  $("whatif-start").disabled = true;
  const r = await postJson("/api/whatif/runs", body);
  if (!r.ok) {
    $("whatif-start").disabled = false;
    showProblems("HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "the dashboard did not answer"),
        r.body && r.body.problems);
    return;
  }
  followProgress(r.body.runId);
}

async function validate() {
  $("whatif-problems").hidden = true;
  $("whatif-valid").textContent = "";
  const r = await postJson("/api/scenarios/validate", $("whatif-yaml").value, "application/yaml");
  if (r.ok) {
    $("whatif-valid").textContent = "valid";
  } else {
    showProblems("HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer"), r.body && r.body.problems);
  }
}

export function init() {
  $("whatif-form").addEventListener("submit", start);
  $("whatif-validate").addEventListener("click", validate);
  $("whatif-runs").addEventListener("change", () => loadRun($("whatif-runs").value));
  $("whatif-gantt-scenario").addEventListener("change", () => { if (shownRun) renderGantt(shownRun); });
}

export function show() {
  loadScenarios();
  loadRuns();
}
