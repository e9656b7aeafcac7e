// Lifecycle: pick a ship (/api/ships); a Gantt of its grand blocks and blocks by stage with the actual start and
// finish (/api/ships/{id}/lifecycle), running stages drawn open up to the latest simulated time; a table of each
// block's flows. Every block links to the Twin inspector.
import {el, esc, fmt, fetchJson, identifierPath} from "./util.js";
import {chart} from "./charts.js";

const REFRESH_MS = 5000;
const STAGES = ["DESIGN", "MATERIAL", "CUTTING", "FORMING", "SUB_ASSEMBLY", "BLOCK_ASSEMBLY", "PRE_OUTFITTING", "PAINTING",
  "PRE_ERECTION", "ERECTION", "LAUNCH", "QUAY_OUTFITTING", "SEA_TRIALS", "DELIVERED", "IN_OPERATION", "MAINTENANCE",
  "CLASS_SURVEY"];
const COLOURS = ["#8c959f", "#6e7781", "#0969da", "#218bff", "#54aeff", "#1a7f37", "#2da44e", "#bf8700", "#d4a72c",
  "#8250df", "#a475f9", "#cf222e", "#fa4549", "#116329", "#0550ae", "#953800", "#bc4c00"];
let timer = null;
let visible = false;
let selected = null;
let gantt = null;

function $(id) { return document.getElementById(id); }

function inspectorLink(id) {
  return "#/inspector?id=" + encodeURIComponent(id);
}

function colour(stage) {
  const i = STAGES.indexOf(stage);
  return i < 0 ? "#57606a" : COLOURS[i];
}

function money(minor, currency) {
  if (minor === null || minor === undefined) return "–";
  return (minor / 100).toLocaleString("en-US", {minimumFractionDigits: 2, maximumFractionDigits: 2}) + (currency ? " " + currency : "");
}

function showError(status, message) {
  const box = $("lifecycle-error");
  box.dataset.status = String(status || "");
  box.textContent = (status ? "HTTP " + status + ": " : "") + message;
  box.hidden = false;
}

function renderShips(ships) {
  const select = $("lifecycle-ship");
  $("lifecycle-empty").hidden = ships.length > 0;
  if (ships.length === 0) {
    select.replaceChildren();
    $("lifecycle-result").hidden = true;
    $("lifecycle-ship-summary").textContent = "";
    return;
  }
  if (!selected || !ships.some(s => s.shipId === selected)) selected = ships[0].shipId;
  const same = select.options.length === ships.length && ships.every((s, i) => select.options[i].value === s.shipId);
  if (!same) {
    select.replaceChildren(...ships.map(s => el("option", {"value": s.shipId}, s.shipId)));
  }
  select.value = selected;
  const ship = ships.find(s => s.shipId === selected);
  $("lifecycle-ship-summary").textContent = "stage " + (ship.stage || "–") + (ship.delivered ? " (delivered)" : "")
      + ", " + ship.grandBlocks + " grand blocks, " + ship.blocks + " blocks; total " + fmt(ship.manHours) + " man-hours, "
      + money(ship.costMinorUnits, ship.currency) + ", " + fmt(ship.energyKwh) + " kWh";
}

/** The rows of the Gantt: the ship first, then its grand blocks and blocks as the API orders them. */
function ganttRows(life) {
  return [{entityId: life.ship.shipId, kind: "ship", stages: life.stages}].concat(life.blocks);
}

function latestTime(rows) {
  let latest = 0;
  rows.forEach(r => r.stages.forEach(s => {
    [s.startedAt, s.finishedAt].forEach(t => { if (t) latest = Math.max(latest, Date.parse(t)); });
  }));
  return latest;
}

function renderGantt(life) {
  gantt = gantt || chart($("lifecycle-gantt"), "svg");
  const rows = ganttRows(life);
  const now = latestTime(rows);
  const data = [];
  rows.forEach((r, y) => r.stages.forEach(s => {
    if (!s.startedAt) return;
    const start = Date.parse(s.startedAt);
    const open = !s.finishedAt;
    const end = open ? Math.max(now, start) : Date.parse(s.finishedAt);
    data.push({value: [y, start, end, s.stage, open ? 1 : 0], name: s.label,
      entityId: r.entityId, startedAt: s.startedAt, finishedAt: s.finishedAt});
  }));
  $("lifecycle-gantt").style.height = Math.max(220, 60 + rows.length * 28) + "px";
  gantt.resize();
  gantt.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {formatter: p => esc(p.data.entityId) + "<br>" + esc(p.data.name) + "<br>started " + esc(p.data.startedAt)
        + "<br>" + (p.data.finishedAt ? "finished " + esc(p.data.finishedAt) : "running")},
    grid: {left: 230, right: 40, top: 20, bottom: 40},
    xAxis: {type: "time"},
    yAxis: {type: "category", inverse: true, data: rows.map(r => r.entityId), axisLabel: {fontSize: 11}},
    dataZoom: [{type: "inside", xAxisIndex: 0, filterMode: "weakFilter"}],
    series: [{
      type: "custom",
      encode: {x: [1, 2], y: 0},
      data,
      renderItem: (params, api) => {
        const y = api.value(0);
        const a = api.coord([api.value(1), y]);
        const b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1] * 0.6;
        const open = api.value(4) === 1;
        const c = colour(api.value(3));
        const shape = window.echarts.graphic.clipRectByRect(
            {x: a[0], y: a[1] - h / 2, width: Math.max(b[0] - a[0], 2), height: h},
            {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
        return shape && {type: "rect", shape,
          style: open ? {fill: "#ffffff", stroke: c, lineWidth: 2, lineDash: [4, 3]} : {fill: c, stroke: c}};
      }
    }]
  }, true);
}

function renderTable(life) {
  const rows = life.blocks.map(b => {
    const tr = el("tr", {"data-entity-id": b.entityId, "data-kind": b.kind});
    const id = el("td", {});
    id.appendChild(el("a", {"href": inspectorLink(b.entityId), "title": "open in the Twin inspector"}, b.entityId));
    tr.appendChild(id);
    tr.appendChild(el("td", {}, b.kind));
    const current = b.stages.find(s => s.stage === b.stage);
    tr.appendChild(el("td", {}, b.stage ? (current ? current.label : b.stage) + (b.delivered ? " (delivered)" : "") : "–"));
    tr.appendChild(el("td", {"class": "num"}, fmt(b.flows.manHours)));
    tr.appendChild(el("td", {"class": "num"}, money(b.flows.costMinorUnits, b.flows.currency)));
    tr.appendChild(el("td", {"class": "num"}, fmt(b.flows.energyKwh)));
    tr.appendChild(el("td", {"class": "num"}, b.flows.inspectionsPassed + " / " + b.flows.inspectionsFailed));
    tr.appendChild(el("td", {"class": "num"}, String(b.flows.nonConformancesOpened)));
    tr.appendChild(el("td", {}, b.lastEventTime || ""));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "9", "class": "muted"}, "no grand block or block of this ship in the twin yet"));
    rows.push(empty);
  }
  $("lifecycle-table").tBodies[0].replaceChildren(...rows);
}

async function refresh() {
  const ships = await fetchJson("/api/ships");
  if (!visible) return;
  if (!ships.ok) {
    showError(ships.status, ships.body && ships.body.error ? ships.body.error : "could not load the ships");
    return;
  }
  renderShips(ships.body);
  if (!selected) return;
  const shipId = selected;
  const life = await fetchJson(identifierPath("/api/ships/", shipId) + "/lifecycle");
  if (!visible || shipId !== selected) return;
  if (!life.ok) {
    showError(life.status, life.body && life.body.error ? life.body.error : "could not load the lifecycle of " + shipId);
    $("lifecycle-result").hidden = true;
    return;
  }
  $("lifecycle-error").hidden = true;
  $("lifecycle-result").hidden = false;
  renderGantt(life.body);
  renderTable(life.body);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    try { await refresh(); } catch (e) { showError(0, e.message); }
    if (visible) schedule();
  }, REFRESH_MS);
}

export function init() {
  $("lifecycle-ship").addEventListener("change", e => {
    selected = e.target.value;
    location.hash = "#/lifecycle?ship=" + encodeURIComponent(selected);
  });
  $("lifecycle-form").addEventListener("submit", e => e.preventDefault());
}

export async function show(params) {
  visible = true;
  const ship = params && params.get("ship");
  if (ship) selected = ship;
  try { await refresh(); } catch (e) { showError(0, e.message); }
  schedule();
}

export function hide() {
  visible = false;
  clearTimeout(timer);
}
