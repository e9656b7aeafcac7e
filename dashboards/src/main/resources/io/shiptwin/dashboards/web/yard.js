// Yard: the equipment reporting to the twin, grouped by area, and the live equipment table (SSE).
import {el, fmt} from "./util.js";
import * as live from "./live.js";

const QUIET_AFTER_MS = 10_000;

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
}
