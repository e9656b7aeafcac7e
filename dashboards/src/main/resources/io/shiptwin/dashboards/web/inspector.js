// Twin inspector: the resolver's record of an identifier (/api/resolve/{id}), its current state
// (/api/equipment?id=) and a history chart per channel (/api/equipment/{id}/history); for every twin (equipment,
// ship, grand block, block, area, inspection) its state, related entities, a time slider over simulated time
// (/api/twin/{id}/asof, /diff) and its lineage (/api/twin/{id}/lineage), each row opening its raw Kafka record
// (/api/raw/{topic}/{partition}/{offset}) in a panel.
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

// ---- any twin: state, related entities, time travel and lineage ------------------------------------------------

let twin = null;          // the last /api/twin/{id} answer
let asofFollowsLatest = true;

function twinPath(id, suffix) {
  return identifierPath("/api/twin/", id) + (suffix || "");
}

/** Equipment keeps its own view above; an identifier without '/' is answered there too (with the server's 400). */
function isEquipment(id) {
  return id.indexOf("/") < 0 || /\/EQ-/.test(id);
}

function flatten(obj, prefix, out) {
  Object.entries(obj || {}).forEach(([k, v]) => {
    const name = prefix ? prefix + "." + k : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flatten(v, name, out);
    else out.push([name, v]);
  });
  return out;
}

function display(v) {
  if (v === null || v === undefined) return "–";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : fmt(v);
  return String(v);
}

function iso(ms) {
  return new Date(Number(ms)).toISOString();
}

function rangeOf(t) {
  const first = Date.parse(t.firstEventTime);
  const last = Date.parse(t.lastEventTime);
  return Number.isFinite(first) && Number.isFinite(last) ? {first, last} : null;
}

function setSliders(range) {
  const asof = $("inspector-slider");
  const from = $("inspector-from");
  [asof, from].forEach(s => { s.min = String(range.first); s.max = String(range.last); });
  if (asofFollowsLatest || Number(asof.value) > range.last || Number(asof.value) < range.first) asof.value = String(range.last);
  if (Number(from.value) < range.first || Number(from.value) > range.last) from.value = String(range.first);
}

function renderRelated(list) {
  $("inspector-related").replaceChildren(...(list.length ? list.map(r => {
    const a = el("a", {"href": "#/inspector?id=" + encodeURIComponent(r.id), "data-related-id": r.id,
      "data-kind": r.kind, "title": r.relation}, r.kind + " " + r.id.substring(r.id.indexOf("/") + 1));
    return a;
  }) : [el("span", {"class": "muted small"}, "none known")]));
}

function renderLineage(l) {
  $("inspector-lineage-note").textContent = l.reason ? l.reason : l.count + " events kept (the last N per twin; N is"
      + " shiptwin.lineage.depth). The raw message is the Kafka record named on each row.";
  $("inspector-lineage").tBodies[0].replaceChildren(...l.events.map(e => {
    const tr = el("tr", {"data-version": String(e.version), "data-event-id": e.eventId});
    tr.appendChild(el("td", {"class": "num"}, String(e.version)));
    const idCell = el("td", {});
    idCell.appendChild(el("a", {"href": e.tracer, "title": "trace this event", "class": "trace-link"}, e.eventId));
    tr.appendChild(idCell);
    tr.appendChild(el("td", {}, e.eventType));
    tr.appendChild(el("td", {}, e.eventTime));
    tr.appendChild(el("td", {}, e.field || "–"));
    tr.appendChild(el("td", {}, e.detail || ""));
    const known = e.source && e.source.topic;
    const src = known ? e.source.topic + "/" + e.source.partition + "@" + e.source.offset : "not recorded";
    const srcCell = el("td", {"class": "raw-source"});
    if (known) {
      // The raw message itself, read from Kafka by /api/raw: opened in the panel below the table.
      const raw = rawPath(e.source);
      tr.dataset.raw = raw;
      tr.classList.add("has-raw");
      tr.title = "click for the raw message";
      srcCell.appendChild(el("a", {"href": raw, "class": "raw-link", "title": "the raw Kafka record; on the command line: "
          + (e.source.read || "")}, src));
      tr.addEventListener("click", ev => {
        if (ev.target.tagName === "A" && !ev.target.classList.contains("raw-link")) return;
        ev.preventDefault();
        showRaw(raw, e.eventId);
      });
    } else {
      srcCell.appendChild(el("a", {"href": e.trace, "title": "the trace as JSON"}, src));
    }
    tr.appendChild(srcCell);
    return tr;
  }));
}

function rawPath(source) {
  return "/api/raw/" + encodeURIComponent(source.topic) + "/" + source.partition + "/" + source.offset;
}

/** Reads one Kafka record (/api/raw/...) and shows it in the raw message panel, or why it could not be read. */
async function showRaw(path, lineageEventId) {
  const panel = $("raw-panel");
  panel.hidden = false;
  panel.dataset.path = path;
  delete panel.dataset.eventId;
  $("raw-title").textContent = path;
  $("raw-meta").textContent = "reading from Kafka…";
  $("raw-payload").textContent = "";
  const r = await fetchJson(path);
  if (panel.dataset.path !== path) return;
  if (!r.ok) {
    panel.dataset.status = String(r.status);
    $("raw-meta").textContent = "HTTP " + r.status + (r.body ? " " + r.body.reason + ": " + r.body.error : "");
    return;
  }
  const m = r.body;
  panel.dataset.status = "200";
  if (m.eventId) panel.dataset.eventId = m.eventId;
  const headers = m.headers.map(h => h.key + "=" + h.value).join(", ");
  $("raw-meta").textContent = m.topic + "/" + m.partition + "@" + m.offset + ", key " + m.key + ", Kafka timestamp " + m.timestamp
      + " (" + m.timestampType + "), " + m.sizeBytes + " bytes" + (headers ? ", headers: " + headers : "")
      + (m.eventId && lineageEventId && m.eventId !== lineageEventId ? " — NOT the lineage row's event " + lineageEventId : "");
  $("raw-payload").textContent = m.payloadFormat === "json" ? JSON.stringify(m.payload, null, 2) : String(m.payload);
  panel.scrollIntoView({block: "nearest"});
}

async function loadAsOf(id) {
  const asof = Number($("inspector-slider").value);
  const from = Number($("inspector-from").value);
  $("inspector-asof-time").textContent = iso(asof);
  $("inspector-from-time").textContent = iso(from);
  $("inspector-asof-live").textContent = asofFollowsLatest ? "(latest event: follows the live twin)" : "";
  const [a, d] = await Promise.all([
    fetchJson(twinPath(id, "/asof?t=" + encodeURIComponent(iso(asof)))),
    fetchJson(twinPath(id, "/diff?from=" + encodeURIComponent(iso(Math.min(asof, from)))
        + "&to=" + encodeURIComponent(iso(Math.max(asof, from)))))]);
  if (id !== currentId) return;
  const table = $("inspector-asof");
  if (!a.ok) {
    $("inspector-asof-note").textContent = "HTTP " + a.status + ": " + (a.body && a.body.error ? a.body.error : "no answer");
    table.tBodies[0].replaceChildren();
  } else {
    const s = a.body;
    table.dataset.asof = iso(asof);
    table.dataset.existed = String(s.existed);
    $("inspector-asof-note").textContent = s.existed ? s.eventsApplied + (s.eventsApplied === 1 ? " event" : " events")
        + " applied by then; latest " + s.lastEventTime
        + " (" + s.lastEventId + ")" : s.reason;
    table.tBodies[0].replaceChildren(...flatten(s.state, "", []).map(([k, v]) => {
      const tr = el("tr", {"data-field": k});
      tr.appendChild(el("th", {}, k));
      tr.appendChild(el("td", {}, display(v)));
      return tr;
    }));
  }
  if (!d.ok) {
    $("inspector-diff-note").textContent = "HTTP " + d.status + ": " + (d.body && d.body.error ? d.body.error : "no answer");
    $("inspector-diff").tBodies[0].replaceChildren();
    return;
  }
  const swapped = from > asof;
  $("inspector-diff-note").textContent = d.body.changes.length + " fields changed, " + d.body.eventsBetween
      + " events between " + d.body.from + " and " + d.body.to;
  $("inspector-diff").tBodies[0].replaceChildren(...d.body.changes.map(c => {
    const tr = el("tr", {"data-field": c.field, "class": "changed"});
    tr.appendChild(el("td", {}, c.field));
    tr.appendChild(el("td", {}, display(swapped ? c.to : c.from)));
    tr.appendChild(el("td", {}, display(swapped ? c.from : c.to)));
    return tr;
  }));
}

/** The twin section; {@code primary}: the twin is the only thing shown, so its errors are the inspector's. */
async function loadTwin(id, primary) {
  const [c, l] = await Promise.all([fetchJson(twinPath(id)), fetchJson(twinPath(id, "/lineage"))]);
  if (id !== currentId) return;
  if (!c.ok) {
    if (primary) showError(c.status, c.body && c.body.error ? c.body.error : "the dashboard did not answer");
    $("inspector-twin").hidden = true;
    return;
  }
  twin = c.body;
  $("inspector-twin").hidden = false;
  $("inspector-twin").dataset.kind = twin.kind;
  $("inspector-twin-title").textContent = twin.id;
  $("inspector-twin-kind").textContent = twin.kind + (twin.version ? ", version " + twin.version : "");
  $("inspector-twin-note").textContent = twin.firstEventTime ? "events from " + twin.firstEventTime + " to "
      + twin.lastEventTime + " (simulated clock)" : "no event recorded yet";
  renderRelated(twin.related || []);
  if (l.ok) renderLineage(l.body);
  else $("inspector-lineage-note").textContent = "lineage: HTTP " + l.status + (l.body && l.body.error ? " " + l.body.error : "");
  const range = rangeOf(twin);
  $("inspector-travel").hidden = !range;
  if (range) {
    setSliders(range);
    await loadAsOf(id);
  }
}

function onSlider(e) {
  if (e.target.id === "inspector-slider") {
    asofFollowsLatest = Number(e.target.value) >= Number(e.target.max);
  }
  if (currentId) loadAsOf(currentId);
}

async function load(id) {
  currentId = id;
  clearCharts();
  twin = null;
  asofFollowsLatest = true;
  $("inspector-twin").hidden = true;
  $("raw-panel").hidden = true;
  $("inspector-id").value = id;
  $("inspector-error").hidden = true;
  if (!id) {
    $("inspector-result").hidden = true;
    $("inspector-record").hidden = true;
    return;
  }
  loadRecord(id);
  if (!isEquipment(id)) {
    $("inspector-result").hidden = true;
    await loadTwin(id, true);
    return;
  }
  const r = await fetchJson("/api/equipment?id=" + encodeURIComponent(id));
  if (id !== currentId) return;
  if (!r.ok) {
    showError(r.status, r.body && r.body.error ? r.body.error : "the dashboard did not answer");
    return;
  }
  $("inspector-result").hidden = false;
  renderState(r.body);
  await loadHistory(r.body);
  await loadTwin(id, false);
}

let knownEquipment = [];
let knownShips = [];

/** Equipment from the live stream, ships from /api/ships: a ship's blocks are one click further (related). */
function renderKnown(list) {
  knownEquipment = list;
  const ids = knownShips.concat(list.map(t => t.assetId));
  $("inspector-known").replaceChildren(...ids.map(id => el("option", {"value": id})));
  $("inspector-known-chips").replaceChildren(el("span", {"class": "muted small"}, "known: "),
      ...ids.map(id => el("a", {"href": "#/inspector?id=" + encodeURIComponent(id)}, id)));
}

async function loadShips() {
  const r = await fetchJson("/api/ships");
  if (r.ok && Array.isArray(r.body)) {
    knownShips = r.body.map(s => s.shipId);
    renderKnown(knownEquipment);
  }
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
  ["inspector-slider", "inspector-from"].forEach(s => $(s).addEventListener("input", onSlider));
  live.on("equipment", onLiveEquipment);
  $("raw-close").addEventListener("click", () => { $("raw-panel").hidden = true; delete $("raw-panel").dataset.path; });
}

export function show(params) {
  visible = true;
  loadShips();
  const id = (params.get("id") || "").trim();
  if (id !== currentId || !id) load(id);
  if (!timer) {
    timer = setInterval(() => {
      if (!visible || !currentId) return;
      // Equipment's twin section (its lineage, its time travel) is tried again while hidden: a machine's history
      // may not be in H2 yet when the page opens, and it would otherwise never appear.
      if (!$("inspector-twin").hidden || !$("inspector-result").hidden) loadTwin(currentId, false);
      if ($("inspector-result").hidden) return;
      const equipment = (live.state.equipment || []).find(t => t.assetId === currentId);
      if (equipment) {
        loadHistory(equipment);
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
