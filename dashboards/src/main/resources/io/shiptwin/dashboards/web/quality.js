// Quality & maintenance: the equipment health alerts (/api/alerts), open first, and the counts per rule; the
// maintenance work orders (/api/maintenance/work-orders), each machine's status, remaining useful life and last
// shift's OEE (/api/maintenance/equipment), and the OEE per shift of the machine picked in that table
// (/api/maintenance/shifts); the open non-conformances (/api/quality/nonconformances), the defect and rework rates
// per welding station (/api/quality/stations), and a read-only SQL panel (POST /api/sql).
import {el, fmt, fetchJson, postJson} from "./util.js";
import {chart} from "./charts.js";

const REFRESH_MS = 3000;
let timer = null;
let byRuleChart = null;
let shiftsChart = null;
let shiftMachine = null;
let stationsChart = null;

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
    tr.appendChild(el("td", {}, a.message + (a.rulHours != null ? " (RUL " + fmt(a.rulHours) + " h)" : "")));
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

function pct(x) {
  return x == null ? "" : (100 * x).toFixed(0) + " %";
}

function renderWorkOrders(list) {
  const rows = list.workOrders.map(w => {
    const tr = el("tr", {"class": "status-" + w.status, "data-work-order": w.workOrderId, "data-status": w.status});
    tr.appendChild(el("td", {}, w.status));
    tr.appendChild(el("td", {}, w.workOrderId));
    const asset = el("td", {});
    asset.appendChild(el("a", {"href": inspectorLink(w.assetId), "title": "inspect " + w.assetType}, w.assetId));
    tr.appendChild(asset);
    tr.appendChild(el("td", {"title": w.reasonAlertId}, w.reason));
    tr.appendChild(el("td", {"class": "num"}, w.rulHours == null ? "" : fmt(w.rulHours)));
    tr.appendChild(el("td", {}, w.openedAt));
    tr.appendChild(el("td", {}, w.closedAt || ""));
    tr.appendChild(el("td", {"title": w.closedByEventId || ""}, w.closedBy || ""));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "8", "class": "muted"}, "no work orders: no drift alert has opened one"));
    rows.push(empty);
  }
  $("wo-table").tBodies[0].replaceChildren(...rows);
  $("wo-open").textContent = String(list.open);
  $("wo-closed").textContent = String(list.closed);
  $("wo-note").textContent = list.workOrders.length + " shown" + (list.truncated ? " (latest " + list.limit + ")" : "")
      + ", open first, latest first";
}

function renderMachines(list) {
  const rows = list.machines.map(m => {
    const tr = el("tr", {"data-asset-id": m.assetId, "data-status": m.status, "class": "machine-" + m.status,
      "title": "click for its OEE per shift"});
    const asset = el("td", {});
    asset.appendChild(el("a", {"href": inspectorLink(m.assetId)}, m.assetId));
    tr.appendChild(asset);
    tr.appendChild(el("td", {}, m.assetType));
    tr.appendChild(el("td", {}, m.status));
    tr.appendChild(el("td", {}, m.statusSince || ""));
    tr.appendChild(el("td", {"class": "num"}, m.rulHours == null ? "" : fmt(m.rulHours)));
    tr.appendChild(el("td", {}, m.driftChannel || ""));
    tr.appendChild(el("td", {}, m.openWorkOrder || ""));
    const s = m.lastShift;
    tr.appendChild(el("td", {}, s ? s.shiftStart : ""));
    tr.appendChild(el("td", {"class": "num"}, s ? pct(s.availability) : ""));
    tr.appendChild(el("td", {"class": "num"}, s ? pct(s.performance) : ""));
    tr.appendChild(el("td", {"class": "num"}, s ? pct(s.quality) : ""));
    tr.appendChild(el("td", {"class": "num"}, s ? pct(s.oee) : ""));
    tr.addEventListener("click", ev => {
      if (ev.target.tagName === "A") return;
      shiftMachine = m.assetId;
      refreshShifts();
    });
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "12", "class": "muted"}, "no machine has a status yet"));
    rows.push(empty);
  }
  $("machines-table").tBodies[0].replaceChildren(...rows);
  const counts = Object.entries(list.byStatus).map(([k, v]) => v + " " + k.toLowerCase()).join(", ");
  $("machines-note").textContent = counts + "; shortest remaining life first";
  if (!shiftMachine && list.machines.length > 0) shiftMachine = list.machines[0].assetId;
}

async function refreshShifts() {
  if (!shiftMachine) return;
  const r = await fetchJson("/api/maintenance/shifts?limit=60&assetId=" + encodeURIComponent(shiftMachine));
  if (!r.ok) {
    $("shifts-note").textContent = "HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer");
    return;
  }
  const shifts = r.body.shifts.slice().reverse();
  $("shifts-note").textContent = shiftMachine + ": " + shifts.length + " shifts (availability x performance x quality)";
  shiftsChart = shiftsChart || chart($("shifts-chart"), "svg");
  const series = (name, key, color) => ({name, type: "line", color, showSymbol: shifts.length < 30,
    data: shifts.map(s => Math.round(1000 * s[key]) / 10)});
  shiftsChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis"},
    legend: {data: ["OEE", "availability", "performance", "utilisation"]},
    grid: {left: 60, right: 30, top: 35, bottom: 60},
    xAxis: {type: "category", data: shifts.map(s => s.shiftStart.substring(0, 16).replace("T", " "))},
    yAxis: {type: "value", min: 0, max: 100, name: "%"},
    series: [series("OEE", "oee", "#0969da"), series("availability", "availability", "#cf222e"),
      series("performance", "performance", "#1a7f37"), series("utilisation", "utilisation", "#8c959f")]
  }, true);
}

async function refreshMaintenance() {
  const [orders, machines] = await Promise.all([fetchJson("/api/maintenance/work-orders?limit=" + $("alerts-limit").value),
    fetchJson("/api/maintenance/equipment")]);
  if (orders.ok) {
    renderWorkOrders(orders.body);
  } else {
    $("wo-note").textContent = "HTTP " + orders.status + ": " + (orders.body && orders.body.error ? orders.body.error : "no answer");
  }
  if (machines.ok) {
    renderMachines(machines.body);
    refreshShifts();
  } else {
    $("machines-note").textContent = "HTTP " + machines.status;
  }
}

/** "88.118.8001/BLK-H1001-B109" -> "BLK-H1001-B109": the yard prefix is the same on every row (kept in the title). */
function short(id) {
  return id ? id.substring(id.indexOf("/") + 1) : "";
}

function renderNonConformances(list) {
  const rows = list.nonConformances.map(n => {
    const tr = el("tr", {"class": "ncr-row", "data-nc-id": n.nonConformanceId, "data-block-id": n.blockId,
      "data-station": n.station || "", "data-method": n.inspectionMethod || ""});
    tr.appendChild(el("td", {"title": n.nonConformanceId + (n.description ? ": " + n.description : "")}, short(n.nonConformanceId)));
    const block = el("td", {});
    block.appendChild(el("a", {"href": inspectorLink(n.blockId), "title": "inspect " + n.blockId}, short(n.blockId)));
    tr.appendChild(block);
    const ship = el("td", {});
    ship.appendChild(el("a", {"href": inspectorLink(n.shipId), "title": "inspect " + n.shipId}, short(n.shipId)));
    tr.appendChild(ship);
    tr.appendChild(el("td", {"title": n.station || ""}, n.station ? short(n.station) : "unknown"));
    tr.appendChild(el("td", {}, n.area || ""));
    tr.appendChild(el("td", {}, n.blockStage || ""));
    tr.appendChild(el("td", {"title": n.inspectionId || ""}, short(n.inspectionId)));
    tr.appendChild(el("td", {}, n.inspectionMethod || ""));
    tr.appendChild(el("td", {}, n.severity || ""));
    tr.appendChild(el("td", {"class": "suspected-cause", "title": n.weldingUnit ? "welded by " + n.weldingUnit : ""},
      n.suspectedCause || ""));
    tr.appendChild(el("td", {"title": n.openedAt}, n.openedAt.substring(0, 16).replace("T", " ")));
    const raw = el("td", {"class": "raw-source"});
    if (n.source && n.source.raw) {
      raw.appendChild(el("a", {"href": n.source.raw, "target": "_blank", "title": "the raw message as JSON"},
        n.source.topic + "/" + n.source.partition + "@" + n.source.offset));
    }
    tr.appendChild(raw);
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "12", "class": "muted", "id": "ncr-empty"},
      "no open non-conformances: every defect found so far has been reworked"));
    rows.push(empty);
  }
  $("ncr-table").tBodies[0].replaceChildren(...rows);
  $("ncr-open").textContent = String(list.open);
  $("ncr-opened").textContent = String(list.opened);
  $("ncr-closed").textContent = String(list.closed);
  $("ncr-note").textContent = list.nonConformances.length + " shown" + (list.truncated ? " (oldest " + list.limit + ")" : "")
      + ", oldest first" + (list.details && list.details !== "kafka" ? "; " + list.details : "");
}

function renderStations(answer) {
  const stations = answer.stations;
  const rows = stations.map(s => {
    const tr = el("tr", {"data-station": s.station});
    tr.appendChild(el("td", {"title": s.station}, short(s.station)));
    [s.blocks, s.blocksInspected, s.inspections, s.failedInspections].forEach(v => tr.appendChild(el("td", {"class": "num"}, String(v))));
    tr.appendChild(el("td", {"class": "num"}, pct(s.defectRate)));
    tr.appendChild(el("td", {"class": "num"}, String(s.blocksReworked)));
    tr.appendChild(el("td", {"class": "num"}, pct(s.reworkRate)));
    tr.appendChild(el("td", {"class": "num"}, String(s.openNonConformances)));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "9", "class": "muted"}, "no welded block inspected yet"));
    rows.push(empty);
  }
  $("stations-table").tBodies[0].replaceChildren(...rows);
  stationsChart = stationsChart || chart($("stations-chart"), "svg");
  const percent = x => x == null ? null : Math.round(1000 * x) / 10;
  stationsChart.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis", valueFormatter: v => v == null ? "–" : v + " %"},
    legend: {data: ["defect rate", "rework rate"]},
    grid: {left: 60, right: 30, top: 35, bottom: 80},
    xAxis: {type: "category", data: stations.map(s => short(s.station)),
      axisLabel: {interval: 0, rotate: stations.length > 6 ? 30 : 0}},
    yAxis: {type: "value", min: 0, name: "%"},
    series: [
      {name: "defect rate", type: "bar", color: "#cf222e", barMaxWidth: 40, label: {show: true, position: "top", formatter: p => p.value == null ? "" : p.value + " %"},
        data: stations.map(s => percent(s.defectRate))},
      {name: "rework rate", type: "bar", color: "#bf8700", barMaxWidth: 40, label: {show: true, position: "top", formatter: p => p.value == null ? "" : p.value + " %"},
        data: stations.map(s => percent(s.reworkRate))}
    ]
  }, true);
}

async function refreshQuality() {
  const [ncs, stations] = await Promise.all([fetchJson("/api/quality/nonconformances?limit=" + $("alerts-limit").value),
    fetchJson("/api/quality/stations")]);
  if (ncs.ok) {
    renderNonConformances(ncs.body);
  } else {
    $("ncr-note").textContent = "HTTP " + ncs.status + ": " + (ncs.body && ncs.body.error ? ncs.body.error : "no answer");
  }
  if (stations.ok) renderStations(stations.body);
}

async function runSql(ev) {
  ev.preventDefault();
  $("sql-note").textContent = "running…";
  const r = await postJson("/api/sql", {sql: $("sql-text").value});
  const table = $("sql-table");
  if (!r.ok) {
    table.tHead.replaceChildren();
    table.tBodies[0].replaceChildren();
    table.dataset.status = "error";
    $("sql-note").textContent = "HTTP " + r.status + (r.body ? " " + r.body.reason + ": " + r.body.error : "");
    return;
  }
  const head = el("tr", {});
  r.body.columns.forEach(c => head.appendChild(el("th", {"title": c.type}, c.name)));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...r.body.rows.map(row => {
    const tr = el("tr", {});
    row.forEach(v => tr.appendChild(el("td", {"class": typeof v === "number" ? "num" : ""}, v === null ? "NULL" : String(v))));
    return tr;
  }));
  table.dataset.status = "ok";
  table.dataset.rows = String(r.body.rowCount);
  $("sql-note").textContent = r.body.rowCount + " rows in " + r.body.millis + " ms"
      + (r.body.truncated ? " — truncated: only the first " + r.body.limit + " rows are shown" : "");
}

async function refresh() {
  refreshQuality();
  refreshMaintenance();
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
  $("sql-form").addEventListener("submit", runSql);
}

export function show() {
  refresh();
  if (!timer) timer = setInterval(refresh, REFRESH_MS);
}

export function hide() {
  if (timer) clearInterval(timer);
  timer = null;
}
