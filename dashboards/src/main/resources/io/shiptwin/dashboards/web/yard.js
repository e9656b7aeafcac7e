// Yard: the drawn yard map (/api/yard/map: areas along the material flow with their machines, blocks in
// progress per stage, ships from erection to sea trials), the equipment grouped by area, and the live
// equipment table (SSE).
import {el, fmt, getJson} from "./util.js";
import * as live from "./live.js";

const QUIET_AFTER_MS = 10_000;
const MAP_REFRESH_MS = 3000;
// The SVG namespace, as the HTML parser assigns it to an inline <svg> (so no URL is written in our files).
const SVG = (() => { const box = document.createElement("div"); box.innerHTML = "<svg></svg>"; return box.firstChild.namespaceURI; })();
const AREA_W = 210, AREA_GAP = 24, AREAS_PER_ROW = 5, DOT = 9, DOTS_PER_ROW = 9;
let mapTimer = null;

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) e.setAttribute(k, v); });
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** A machine's colour: its twin status when the twin has one, else live (reported lately) or quiet. */
function machineClass(m) {
  if (m.status) return "m-" + String(m.status).toLowerCase();
  return m.live ? "m-live" : "m-quiet";
}

function areaHeight(a) {
  return 34 + Math.max(1, Math.ceil(a.equipment.length / DOTS_PER_ROW)) * (DOT * 2 + 4) + 8;
}

/** Areas as boxes in flow order (left to right, row by row), each machine a dot linking to the inspector. */
function drawAreas(root, areas) {
  const rows = [];
  for (let i = 0; i < areas.length; i += AREAS_PER_ROW) rows.push(areas.slice(i, i + AREAS_PER_ROW));
  let y = 4;
  rows.forEach((row, r) => {
    const h = Math.max(...row.map(areaHeight));
    row.forEach((a, c) => {
      const x = 4 + c * (AREA_W + AREA_GAP);
      const g = svg("g", {"class": "map-area" + (a.openAlerts > 0 ? " alerting" : ""), "data-map-area": a.name});
      g.appendChild(svg("rect", {x, y, width: AREA_W, height: h, rx: 6}));
      g.appendChild(svg("text", {x: x + 8, y: y + 18, "class": "map-area-name"},
          a.name + " · " + a.equipment.length + (a.openAlerts > 0 ? " · " + a.openAlerts + " alert" + (a.openAlerts > 1 ? "s" : "") : "")));
      a.equipment.forEach((m, k) => {
        const cx = x + 14 + (k % DOTS_PER_ROW) * (DOT * 2 + 4);
        const cy = y + 34 + Math.floor(k / DOTS_PER_ROW) * (DOT * 2 + 4);
        const link = svg("a", {"href": inspectorLink(m.assetId), "data-map-asset": m.assetId});
        link.appendChild(svg("circle", {cx, cy, r: DOT, "class": "map-machine " + machineClass(m) + (m.openAlerts > 0 ? " has-alert" : "")}));
        link.appendChild(svg("title", {}, m.tag + " (" + m.assetType + ")" + (m.status ? ", " + m.status : m.live ? ", live" : ", quiet")
            + (m.openAlerts > 0 ? ", " + m.openAlerts + " open alert(s)" : "") + (m.lastEventTime ? ", last event " + m.lastEventTime : "")));
        g.appendChild(link);
      });
      if (c < row.length - 1) {
        g.appendChild(svg("path", {"class": "map-flow", d: "M" + (x + AREA_W + 3) + " " + (y + 18) + " h" + (AREA_GAP - 8)}));
      }
      root.appendChild(g);
    });
    y += h + (r < rows.length - 1 ? 18 : 0);
  });
  return y;
}

/** Blocks in progress per stage, as a strip of boxes along the build sequence, and the ships afloat or in dock. */
function drawStagesAndShips(root, stages, ships, top) {
  const w = (AREAS_PER_ROW * (AREA_W + AREA_GAP) - AREA_GAP) / stages.length;
  const y = top + 22;
  root.appendChild(svg("text", {x: 4, y: y - 6, "class": "map-caption"}, "Blocks in progress by stage (grand blocks in brackets)"));
  stages.forEach((s, i) => {
    const x = 4 + i * w;
    const g = svg("g", {"class": "map-stage" + (s.blocks + s.grandBlocks > 0 ? " busy" : ""), "data-map-stage": s.stage});
    g.appendChild(svg("rect", {x, y, width: w - 4, height: 46, rx: 4}));
    g.appendChild(svg("text", {x: x + 6, y: y + 16, "class": "map-stage-name"}, s.displayName));
    g.appendChild(svg("text", {x: x + 6, y: y + 38, "class": "map-stage-count", "data-blocks": s.blocks},
        String(s.blocks) + (s.grandBlocks > 0 ? " (" + s.grandBlocks + ")" : "")));
    if (s.sample.length) g.appendChild(svg("title", {}, s.sample.join("\n") + (s.blocks + s.grandBlocks > s.sample.length ? "\n…" : "")));
    root.appendChild(g);
  });
  let shipY = y + 76;
  root.appendChild(svg("text", {x: 4, y: shipY - 6, "class": "map-caption"},
      ships.length ? "Ships from erection to sea trials, with the dock they occupy" : "No ship between erection and sea trials yet"));
  ships.forEach((s, i) => {
    const x = 4 + (i % 6) * 182;
    const yy = shipY + Math.floor(i / 6) * 40;
    const link = svg("a", {"href": inspectorLink(s.shipId), "data-map-ship": s.shipId});
    link.appendChild(svg("path", {"class": "map-ship", d: "M" + x + " " + yy + " h170 l-14 30 h-142 z"}));
    link.appendChild(svg("text", {x: x + 12, y: yy + 19, "class": "map-ship-name"},
        s.shipId.substring(s.shipId.indexOf("/") + 1) + " · " + s.displayName + (s.dock ? " · " + s.dock : "")));
    link.appendChild(svg("title", {}, s.shipId + ", " + s.displayName + (s.since ? " since " + s.since : "")
        + (s.dock ? ", in " + s.dock : "")));
    root.appendChild(link);
  });
  return shipY + Math.ceil(ships.length / 6) * 40;
}

function renderMap(map) {
  const root = svg("svg", {"id": "yard-map-svg", "role": "img", "aria-label": "yard map"});
  const afterAreas = map.areas.length ? drawAreas(root, map.areas) : 0;
  const bottom = drawStagesAndShips(root, map.stages, map.ships, afterAreas);
  root.setAttribute("viewBox", "0 0 " + (AREAS_PER_ROW * (AREA_W + AREA_GAP)) + " " + (bottom + 6));
  document.getElementById("yard-map").replaceChildren(root);
  document.getElementById("yard-map-summary").textContent = map.equipment + " machines in " + map.areas.length
      + " areas, " + map.live + " reporting now, " + map.openAlerts + " open alerts; "
      + map.stages.reduce((n, s) => n + s.blocks, 0) + " blocks in progress; " + map.ships.length + " ships afloat or in dock";
  document.getElementById("yard-map").dataset.equipment = String(map.equipment);
}

async function refreshMap() {
  try {
    renderMap(await getJson("/api/yard/map"));
  } catch (e) {
    document.getElementById("yard-map-summary").textContent = "map unavailable: " + e.message;
  }
}

function inspectorLink(assetId) {
  return "#/inspector?id=" + encodeURIComponent(assetId);
}

function renderTable(list) {
  const rows = list.map(t => {
    const tr = el("tr", {"data-asset-id": t.assetId});
    const idCell = el("td", {});
    idCell.appendChild(el("a", {"href": inspectorLink(t.assetId)}, t.assetId));
    tr.appendChild(idCell);
    tr.appendChild(el("td", {}, t.assetType));
    tr.appendChild(el("td", {}, t.area));
    tr.appendChild(el("td", {"class": "num"}, String(t.eventCount)));
    tr.appendChild(el("td", {}, t.lastEventTime));
    const channels = el("td", {});
    (t.channels || []).forEach(c => {
      const span = el("span", {"class": "channel", "data-channel": c.channel},
          c.channel + " = " + fmt(c.last) + (c.unit ? " " + c.unit : ""));
      span.title = "min " + fmt(c.min) + ", max " + fmt(c.max) + ", mean " + fmt(c.mean) + ", " + c.samples + " samples";
      channels.appendChild(span);
    });
    tr.appendChild(channels);
    return tr;
  });
  document.getElementById("equipment-rows").replaceChildren(...rows);
}

function renderAreas(list) {
  const byArea = new Map();
  list.forEach(t => {
    const key = t.site + " / " + t.area;
    if (!byArea.has(key)) byArea.set(key, []);
    byArea.get(key).push(t);
  });
  const now = Date.now();
  const boxes = [...byArea.entries()].map(([area, twins]) => {
    const box = el("div", {"class": "area", "data-area": area});
    box.appendChild(el("h3", {}, area + " (" + twins.length + ")"));
    twins.forEach(t => {
      const quiet = !t.updatedAt || now - Date.parse(t.updatedAt) > QUIET_AFTER_MS;
      const chip = el("a", {"class": "asset " + (quiet ? "quiet" : "live"), "href": inspectorLink(t.assetId),
        "data-asset": t.assetId}, t.assetId.substring(t.assetId.indexOf("/") + 1));
      chip.title = t.assetType + ", " + t.eventCount + " events, " + (quiet ? "quiet" : "live");
      box.appendChild(chip);
    });
    return box;
  });
  document.getElementById("area-groups").replaceChildren(...boxes);
  document.getElementById("equipment-count").textContent = String(list.length);
}

function render(list) {
  renderTable(list);
  renderAreas(list);
}

export function init() {
  live.on("equipment", render);
  live.on("feed", mode => { document.getElementById("feed-mode").textContent = "(" + mode + ")"; });
}

export function show() {
  if (live.state.equipment) render(live.state.equipment);
  refreshMap();
  if (!mapTimer) mapTimer = setInterval(refreshMap, MAP_REFRESH_MS);
}

export function hide() {
  clearInterval(mapTimer);
  mapTimer = null;
}
