// Twin inspector: the resolver's record of an identifier (/api/resolve/{id}), its current state
// (/api/equipment?id=) and a history chart per channel (/api/equipment/{id}/history).
import {el, fmt, fetchJson, equipmentPath, identifierPath} from "./util.js";
import * as live from "./live.js";
import {chart, dispose} from "./charts.js";
import {traceLink} from "./tracer.js";

const HISTORY_REFRESH_MS = 2000;
const LATEST_EVENTS = 10;
let currentId = null;
let visible = false;
let timer = null;
let historyCharts = new Map();

function $(id) { return document.getElementById(id); }

function showError(status, message) {
  const box = $("inspector-error");
  box.dataset.status = String(status);
  box.textContent = (status ? "HTTP " + status + ": " : "") + message;
  box.hidden = false;
  $("inspector-result").hidden = true;
}

function clearCharts() {
  historyCharts.forEach(c => dispose(c));
  historyCharts = new Map();
  $("inspector-history").replaceChildren();
}

function renderState(twin) {
  $("inspector-title").textContent = twin.assetId;
  const fields = [["Identifier", twin.assetId], ["Type", twin.assetType], ["Site", twin.site], ["Area", twin.area],
    ["Version", String(twin.version)], ["Events", String(twin.eventCount)], ["Last event id", twin.lastEventId],
    ["Last sequence", String(twin.lastSequence)], ["Last event (sim time)", twin.lastEventTime],
    ["Updated (wall clock)", twin.updatedAt]];
  $("inspector-state").tBodies[0].replaceChildren(...fields.map(([k, v]) => {
    const tr = el("tr", {"data-field": k});
    tr.appendChild(el("th", {}, k));
    tr.appendChild(el("td", {}, v));
    return tr;
  }));
  $("inspector-channels").tBodies[0].replaceChildren(...(twin.channels || []).map(c => {
    const tr = el("tr", {"data-channel": c.channel});
    tr.appendChild(el("td", {}, c.channel + (c.unit ? " [" + c.unit + "]" : "")));
    [c.last, c.min, c.max, c.mean].forEach(v => tr.appendChild(el("td", {"class": "num"}, fmt(v))));
    tr.appendChild(el("td", {"class": "num"}, String(c.samples)));
    return tr;
  }));
}

function renderEvents(points) {
  $("inspector-events").tBodies[0].replaceChildren(...points.map(p => {
    const tr = el("tr", {"data-version": String(p.version)});
    tr.appendChild(el("td", {"class": "num"}, String(p.version)));
    const idCell = el("td", {});
    idCell.appendChild(el("a", {"href": traceLink(p.eventId), "title": "trace this event"}, p.eventId));
    tr.appendChild(idCell);
    tr.appendChild(el("td", {}, p.eventTime));
    tr.appendChild(el("td", {}, Object.entries(p.readings).map(([k, v]) => k + "=" + fmt(v)).join("  ")));
    return tr;
  }));
}

function unitOf(twin, channel) {
  const c = (twin.channels || []).find(x => x.channel === channel);
  return c && c.unit ? c.unit : "";
}

async function loadHistory(twin) {
  const limit = $("inspector-limit").value;
  const path = equipmentPath(twin.assetId) + "/history?limit=" + encodeURIComponent(limit);
  $("inspector-csv").href = equipmentPath(twin.assetId) + "/history.csv?limit=" + encodeURIComponent(limit);
  const r = await fetchJson(path);
  if (twin.assetId !== currentId) return;
  if (!r.ok) {
    $("inspector-history-note").textContent = "history unavailable: " + (r.body && r.body.error ? r.body.error : "HTTP " + r.status);
    return;
  }
  const h = r.body;
  const upTo = h.points.length ? ", up to version " + h.points[h.points.length - 1].version : "";
  $("inspector-history-note").textContent = h.points.length + " events" + (h.truncated ? " (latest " + h.limit + ")" : "")
      + upTo + ", over simulated time";
  renderEvents(h.points.slice(-LATEST_EVENTS).reverse());
  const grid = $("inspector-history");
  h.channels.forEach(channel => {
    let c = historyCharts.get(channel);
    if (!c) {
      const box = el("div", {"class": "chart history-chart", "data-channel": channel});
      grid.appendChild(box);
      c = chart(box, "canvas");
      historyCharts.set(channel, c);
    }
    const unit = unitOf(twin, channel);
    c.setOption({
      animation: false,
      aria: {enabled: true},
      title: {text: channel + (unit ? " [" + unit + "]" : ""), textStyle: {fontSize: 13}},
      tooltip: {trigger: "axis"},
      grid: {left: 55, right: 20, top: 35, bottom: 30},
      xAxis: {type: "time"},
      yAxis: {type: "value", scale: true},
      dataZoom: [{type: "inside"}],
      series: [{type: "line", name: channel, showSymbol: false,
        data: h.points.filter(p => p.readings[channel] !== undefined).map(p => [p.eventTime, p.readings[channel]])}]
    });
  });
}

/** The resolver's record: one row per typed value, as the Handle system numbers them. */
async function loadRecord(id) {
  const box = $("inspector-record");
  const r = await fetchJson(identifierPath("/api/resolve/", id));
  if (id !== currentId) return;
  box.hidden = false;
  box.dataset.responseCode = r.body && r.body.responseCode !== undefined ? String(r.body.responseCode) : "";
  if (!r.ok) {
    $("inspector-record-note").textContent = "HTTP " + r.status + ", response code " + (r.body ? r.body.responseCode : "?")
        + (r.body && r.body.reason ? " (" + r.body.reason + ")" : "") + ": " + (r.body && r.body.error ? r.body.error : "no answer");
    $("inspector-record-values").tBodies[0].replaceChildren();
    return;
  }
  $("inspector-record-note").textContent = "response code " + r.body.responseCode + " (SUCCESS), " + r.body.values.length
      + " values of " + r.body.handle;
  $("inspector-record-values").tBodies[0].replaceChildren(...r.body.values.map(v => {
    const tr = el("tr", {"data-type": v.type});
    tr.appendChild(el("td", {"class": "num"}, String(v.index)));
    tr.appendChild(el("td", {}, v.type));
    const data = el("td", {});
    if (v.type === "TWIN_STATE") data.appendChild(el("a", {"href": v.data}, v.data));
    else data.textContent = v.data;
    tr.appendChild(data);
    tr.appendChild(el("td", {}, v.timestamp));
    return tr;
  }));
}

async function load(id) {
  currentId = id;
  clearCharts();
  $("inspector-id").value = id;
  $("inspector-error").hidden = true;
  if (!id) {
    $("inspector-result").hidden = true;
    $("inspector-record").hidden = true;
    return;
  }
  loadRecord(id);
  const r = await fetchJson("/api/equipment?id=" + encodeURIComponent(id));
  if (id !== currentId) return;
  if (!r.ok) {
    showError(r.status, r.body && r.body.error ? r.body.error : "the dashboard did not answer");
    return;
  }
  $("inspector-result").hidden = false;
  renderState(r.body);
  await loadHistory(r.body);
}

function renderKnown(list) {
  $("inspector-known").replaceChildren(...list.map(t => el("option", {"value": t.assetId})));
  $("inspector-known-chips").replaceChildren(el("span", {"class": "muted small"}, "known: "),
      ...list.map(t => el("a", {"href": "#/inspector?id=" + encodeURIComponent(t.assetId)}, t.assetId)));
}

function onLiveEquipment(list) {
  renderKnown(list);
  if (!visible || !currentId || !$("inspector-error").hidden) return;
  const twin = list.find(t => t.assetId === currentId);
  if (twin) renderState(twin);
}

export function init() {
  $("inspector-form").addEventListener("submit", e => {
    e.preventDefault();
    const id = $("inspector-id").value.trim();
    const target = "#/inspector?id=" + encodeURIComponent(id);
    if (location.hash === target) load(id); else location.hash = target;
  });
  $("inspector-limit").addEventListener("change", () => load(currentId));
  live.on("equipment", onLiveEquipment);
}

export function show(params) {
  visible = true;
  const id = (params.get("id") || "").trim();
  if (id !== currentId || !id) load(id);
  if (!timer) {
    timer = setInterval(() => {
      if (!visible || !currentId || $("inspector-result").hidden) return;
      const twin = (live.state.equipment || []).find(t => t.assetId === currentId);
      if (twin) {
        loadHistory(twin);
        loadRecord(currentId);
      }
    }, HISTORY_REFRESH_MS);
  }
}

export function hide() {
  visible = false;
  if (timer) clearInterval(timer);
  timer = null;
}
