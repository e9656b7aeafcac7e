// Lifecycle: pick a ship (/api/ships); its schedule (planned and predicted delivery, slip, progress, dock, quality);
// a Gantt of its grand blocks and blocks by stage with the plan (thin grey bars) above the actual start and finish
// (/api/ships/{id}/lifecycle), running stages drawn open up to the latest simulated time, and the planned and
// predicted delivery as vertical lines; a table of each block's seven flows. Every block links to the Twin inspector.
// A delivered ship also shows its service twin (/api/service/{id}): operation totals, next survey due, past surveys.
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

function day(iso) {
  return iso ? iso.substring(0, 10) : "–";
}

function renderSchedule(ship) {
  const s = ship.schedule;
  const set = (id, text) => { $(id).textContent = text; };
  if (!s) {
    ["lifecycle-planned-delivery", "lifecycle-predicted-delivery", "lifecycle-slip", "lifecycle-progress", "lifecycle-dock",
      "lifecycle-quality", "lifecycle-ship-flows"].forEach(id => set(id, "–"));
    return;
  }
  set("lifecycle-planned-delivery", day(s.plannedDelivery));
  set("lifecycle-predicted-delivery", day(s.predictedDelivery) + (s.deliveredAt ? " (delivered)" : ""));
  $("lifecycle-predicted-delivery").dataset.late = s.slipDays > 0 ? "true" : "false";
  set("lifecycle-slip", s.slipDays > 0 ? fmt(s.slipDays) + " days, from " + (s.criticalEntity || "–") + " at "
      + (s.criticalStage || "–") : "on plan");
  set("lifecycle-progress", fmt(s.progressPct) + " % of planned stages done (" + s.stagesDone + " / " + s.stagesPlanned + "), "
      + s.blocksErected + " / " + s.blocks + " blocks erected");
  set("lifecycle-dock", s.dock ? s.dock + (s.inDock ? " since " + day(s.dockIn) : ", " + day(s.dockIn) + " to " + day(s.dockOut))
      : "not in a dock yet");
  set("lifecycle-quality", s.openNonConformances + " open non-conformances (" + s.nonConformancesOpened + " opened, "
      + s.nonConformancesClosed + " closed)");
  set("lifecycle-ship-flows", s.designRevisions + " design revisions (" + s.blockRevisions + " block changes), "
      + fmt(s.materialDeliveredTonnes) + " / " + fmt(s.materialOrderedTonnes) + " t steel delivered / ordered, "
      + fmt(s.equipmentHours) + " equipment h, " + fmt(s.crewHours) + " crew h");
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
  renderSchedule(ship);
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
  const planned = [];
  rows.forEach((r, y) => r.stages.forEach(s => {
    if (s.plannedStart && s.plannedFinish) {
      planned.push({value: [y, Date.parse(s.plannedStart), Date.parse(s.plannedFinish), s.stage], name: s.label,
        entityId: r.entityId, plannedStart: s.plannedStart, plannedFinish: s.plannedFinish});
    }
    if (!s.startedAt) return;
    const start = Date.parse(s.startedAt);
    const open = !s.finishedAt;
    const end = open ? Math.max(now, start) : Date.parse(s.finishedAt);
    data.push({value: [y, start, end, s.stage, open ? 1 : 0], name: s.label,
      entityId: r.entityId, startedAt: s.startedAt, finishedAt: s.finishedAt});
  }));
  const schedule = life.ship.schedule;
  const lines = [];
  const onPlan = schedule && schedule.plannedDelivery && schedule.plannedDelivery === schedule.predictedDelivery;
  if (onPlan) {
    // One line, one label: two labels at the same place would hide each other.
    lines.push({xAxis: Date.parse(schedule.plannedDelivery), name: "planned = predicted delivery " + day(schedule.plannedDelivery),
      lineStyle: {color: "#57606a", type: "dashed", width: 2}});
  } else if (schedule && schedule.plannedDelivery) {
    lines.push({xAxis: Date.parse(schedule.plannedDelivery), name: "planned delivery " + day(schedule.plannedDelivery),
      lineStyle: {color: "#57606a", type: "dashed", width: 2}});
  }
  if (schedule && schedule.predictedDelivery && !onPlan) {
    lines.push({xAxis: Date.parse(schedule.predictedDelivery), name: "predicted delivery " + day(schedule.predictedDelivery),
      lineStyle: {color: "#cf222e", type: "solid", width: 2}});
  }
  const box = $("lifecycle-gantt");
  box.dataset.plannedBars = String(planned.length);
  box.dataset.actualBars = String(data.length);
  box.dataset.plannedDelivery = schedule && schedule.plannedDelivery ? schedule.plannedDelivery : "";
  box.dataset.predictedDelivery = schedule && schedule.predictedDelivery ? schedule.predictedDelivery : "";
  $("lifecycle-gantt").style.height = Math.max(220, 60 + rows.length * 28) + "px";
  gantt.resize();
  gantt.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {formatter: p => p.componentType === "markLine" ? esc(p.name) : p.data.plannedStart
        ? esc(p.data.entityId) + "<br>" + esc(p.data.name) + " (plan)<br>" + esc(p.data.plannedStart) + " to " + esc(p.data.plannedFinish)
        : esc(p.data.entityId) + "<br>" + esc(p.data.name) + "<br>started " + esc(p.data.startedAt)
        + "<br>" + (p.data.finishedAt ? "finished " + esc(p.data.finishedAt) : "running")},
    grid: {left: 230, right: 40, top: 20, bottom: 40},
    // Wide enough for both delivery lines: a predicted delivery past every bar would otherwise be clipped.
    xAxis: {type: "time", min: v => Math.min(v.min, ...lines.map(l => l.xAxis)),
      max: v => Math.max(v.max, ...lines.map(l => l.xAxis + 86400000))},
    yAxis: {type: "category", inverse: true, data: rows.map(r => r.entityId), axisLabel: {fontSize: 11}},
    dataZoom: [{type: "inside", xAxisIndex: 0, filterMode: "weakFilter"}],
    series: [{
      type: "custom",
      name: "plan",
      encode: {x: [1, 2], y: 0},
      data: planned,
      renderItem: (params, api) => {
        const y = api.value(0);
        const a = api.coord([api.value(1), y]);
        const b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1];
        const shape = window.echarts.graphic.clipRectByRect(
            {x: a[0], y: a[1] - h * 0.42, width: Math.max(b[0] - a[0], 2), height: h * 0.16},
            {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
        return shape && {type: "rect", shape, style: {fill: "#afb8c1", stroke: "#8c959f"}};
      },
      markLine: {symbol: "none", silent: false, label: {formatter: p => p.name, position: "insideEndTop", fontSize: 10},
        data: lines}
    }, {
      type: "custom",
      name: "actual",
      encode: {x: [1, 2], y: 0},
      data,
      renderItem: (params, api) => {
        const y = api.value(0);
        const a = api.coord([api.value(1), y]);
        const b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1] * 0.5;
        const open = api.value(4) === 1;
        const c = colour(api.value(3));
        const shape = window.echarts.graphic.clipRectByRect(
            {x: a[0], y: a[1] - h * 0.35, width: Math.max(b[0] - a[0], 2), height: h},
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
    const f = b.flows;
    const slip = f.slipHours === null || f.slipHours === undefined ? "–" : (f.slipHours > 0 ? "+" : "") + fmt(f.slipHours);
    tr.appendChild(el("td", {"class": "num", "data-flow": "slip", "title": f.slipStage || ""}, slip));
    tr.appendChild(el("td", {"class": "num", "data-flow": "design"}, String(f.designRevisions)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "man-hours"}, fmt(f.manHours)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "logistics"}, fmt(f.materialDeliveredTonnes) + " / "
        + fmt(f.materialOrderedTonnes)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "cost"}, money(f.costMinorUnits, f.currency)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "energy"}, fmt(f.energyKwh)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "equipment"}, fmt(f.equipmentHours)));
    tr.appendChild(el("td", {"class": "num", "data-flow": "crew"}, fmt(f.crewHours)));
    tr.appendChild(el("td", {"class": "num"}, f.inspectionsPassed + " / " + f.inspectionsFailed));
    tr.appendChild(el("td", {"class": "num", "data-flow": "quality"}, f.openNonConformances + " / " + f.nonConformancesOpened));
    tr.appendChild(el("td", {}, b.lastEventTime || ""));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "14", "class": "muted"}, "no grand block or block of this ship in the twin yet"));
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
  // The list first: a ship not in service yet is simply not in it (asking for it directly would be a 404).
  const inService = await fetchJson("/api/service");
  const known = inService.ok && inService.body.some(s => s.shipId === shipId);
  const service = known ? await fetchJson(identifierPath("/api/service/", shipId)) : null;
  if (!visible || shipId !== selected) return;
  renderService(service && service.ok ? service.body : null);
}

/** A delivered ship's service twin: totals, next survey due and past surveys; hidden while the ship is not in service. */
function renderService(detail) {
  $("lifecycle-service").hidden = !detail;
  if (!detail) return;
  const s = detail.ship;
  const facts = [
    ["Delivered", day(s.deliveredAt)],
    ["Operation", s.reports + " reports, " + fmt(s.hoursAtSea) + " h at sea of " + fmt(s.reportedHours) + " h, "
        + fmt(s.distanceNm) + " nm at " + fmt(s.meanSpeedKnots) + " kn mean"],
    ["Fuel", fmt(s.fuelTonnes) + " t, " + (s.fuelTonnesPerNm * 1000).toFixed(1) + " kg/nm, " + fmt(s.fuelTonnesPerDayAtSea)
        + " t/day at sea; main engine " + fmt(s.mainEngineHours) + " h"],
    ["Surveys", s.annualSurveys + " annual, " + s.intermediateSurveys + " intermediate, " + s.specialSurveys + " special"
        + (s.surveysFailedOpen > 0 ? "; " + s.surveysFailedOpen + " failed, not yet passed again" : "")],
    ["Next survey due", s.nextSurveyKind ? s.nextSurveyKind.toLowerCase() + " " + s.nextSurveyNumber + " by "
        + day(s.nextSurveyDue) + (s.surveyOverdue ? " (OVERDUE)" : "") : "– (delivery not seen yet)"],
  ];
  $("lifecycle-service-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", {}, k),
    el("dd", {"data-fact": k.toLowerCase().replace(/ /g, "-"), "data-overdue": k === "Next survey due" ? String(s.surveyOverdue) : null}, v)]));
  const rows = detail.surveys.map(v => {
    const tr = el("tr", {"data-survey-id": v.surveyId});
    [v.surveyId, v.kind.toLowerCase(), String(v.number), v.society, v.passed ? "passed" : "failed", day(v.completedAt),
      day(v.dueAt)].forEach(t => tr.appendChild(el("td", {}, t)));
    return tr;
  });
  if (rows.length === 0) {
    const empty = el("tr", {});
    empty.appendChild(el("td", {"colspan": "7", "class": "muted"}, "no class survey completed yet"));
    rows.push(empty);
  }
  $("lifecycle-surveys").tBodies[0].replaceChildren(...rows);
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
