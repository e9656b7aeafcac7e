// Quality & maintenance: the equipment health alerts (/api/alerts), open first, and the counts per rule.
// Non-conformances, work orders and RUL arrive with issue 5 (see the panel in index.html).
import {el, fmt, fetchJson} from "./util.js";
import {chart} from "./charts.js";

const REFRESH_MS = 3000;
let timer = null;
let byRuleChart = null;

function $(id) { return document.getElementById(id); }

function inspectorLink(assetId) {
  return "#/inspector?id=" + encodeURIComponent(assetId);
}

function renderTable(list) {
  const rows = list.alerts.map(a => {
    const tr = el("tr", {"class": "status-" + a.status, "data-alert-id": a.alertId, "data-rule": a.rule, "data-status": a.status});
    tr.appendChild(el("td", {}, a.status));
    tr.appendChild(el("td", {}, a.rule));
    const asset = el("td", {});
    asset.appendChild(el("a", {"href": inspectorLink(a.assetId), "title": "inspect " + a.assetType}, a.assetId));
    tr.appendChild(asset);
    tr.appendChild(el("td", {}, a.message));
    tr.appendChild(el("td", {"class": "num"}, fmt(a.offendingValue) + " / " + fmt(a.limitValue)));
    tr.appendChild(el("td", {}, a.openedAt));
    tr.appendChild(el("td", {}, a.clearedAt || ""));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "7", "class": "muted"}, "no alerts: every reading so far was within its rule's limits"));
    rows.push(empty);
  }
  $("alerts-table").tBodies[0].replaceChildren(...rows);
  $("alerts-open").textContent = String(list.open);
  $("alerts-cleared").textContent = String(list.cleared);
  $("alerts-note").textContent = list.alerts.length + " shown" + (list.truncated ? " (latest " + list.limit + ")" : "")
      + ", open first, latest first";
}

function renderChart(list) {
  byRuleChart = byRuleChart || chart($("alerts-by-rule"), "svg");
  const rules = list.byRule.map(r => r.rule);
  byRuleChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis"},
    legend: {data: ["open", "cleared"]},
    grid: {left: 200, right: 70, top: 35, bottom: 30},
    xAxis: {type: "value", minInterval: 1, name: "alerts"},
    yAxis: {type: "category", data: rules},
    series: [
      {name: "open", type: "bar", stack: "alerts", color: "#cf222e", barMaxWidth: 36, label: {show: true, formatter: p => p.value || ""},
        data: list.byRule.map(r => r.open)},
      {name: "cleared", type: "bar", stack: "alerts", color: "#8c959f", barMaxWidth: 36, label: {show: true, formatter: p => p.value || ""},
        data: list.byRule.map(r => r.cleared)}
    ]
  }, true);
}

async function refresh() {
  const query = new URLSearchParams();
  if ($("alerts-status").value) query.set("status", $("alerts-status").value);
  query.set("limit", $("alerts-limit").value);
  const r = await fetchJson("/api/alerts?" + query);
  if (!r.ok) {
    $("alerts-note").textContent = "HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer");
    return;
  }
  renderTable(r.body);
  renderChart(r.body);
}

export function init() {
  $("alerts-status").addEventListener("change", refresh);
  $("alerts-limit").addEventListener("change", refresh);
}

export function show() {
  refresh();
  if (!timer) timer = setInterval(refresh, REFRESH_MS);
}

export function hide() {
  if (timer) clearInterval(timer);
  timer = null;
}
