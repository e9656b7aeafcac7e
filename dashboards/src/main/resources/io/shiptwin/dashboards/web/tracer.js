// Message tracer (in the data-flow view): one event at every hop it was seen, from /api/trace.
import {el, fetchJson} from "./util.js";
import * as live from "./live.js";

let currentId = null;

function $(id) { return document.getElementById(id); }

/** "#/flow?trace=<eventId>": a link that opens the tracer on an event, usable from any view. */
export function traceLink(eventId) {
  return "#/flow?trace=" + encodeURIComponent(eventId);
}

function since(previous, time) {
  if (!previous || !time) return "";
  const ms = Date.parse(time) - Date.parse(previous);
  return Number.isFinite(ms) ? "+" + ms + " ms" : "";
}

function hopRow(hop, name, time, previous, where) {
  const tr = el("tr", {"data-hop": hop});
  tr.appendChild(el("td", {}, name));
  tr.appendChild(el("td", {}, time || "not recorded"));
  tr.appendChild(el("td", {"class": "num"}, since(previous, time)));
  tr.appendChild(el("td", {}, where || ""));
  return tr;
}

function render(trace) {
  $("trace-outcome").textContent = trace.outcome;
  const rows = [];
  let lastWallTime = null;
  trace.applied.forEach(a => {
    const offset = a.sourceTopic ? a.sourceTopic + "/" + a.sourcePartition + "@" + a.sourceOffset : "";
    rows.push(hopRow("event-time", "event time (simulated clock)", a.eventTime, null, a.assetId));
    rows.push(hopRow("published", "published to MQTT by the simulator", trace.publishedAt, null,
        trace.publishedAt ? "QoS 1" : "not seen by this process lately"));
    rows.push(hopRow("broker", "received by the MQTT broker", trace.brokerReceivedAt, trace.publishedAt,
        trace.brokerReceivedAt ? "" : "not seen by this process lately"));
    rows.push(hopRow("bridge", "received by the bridge from MQTT", a.bridgeReceivedAt,
        trace.brokerReceivedAt || trace.publishedAt, ""));
    rows.push(hopRow("kafka", "appended to Kafka", a.kafkaAppendedAt, a.bridgeReceivedAt, offset));
    rows.push(hopRow("twin", "applied to the twin by Flink (H2, twin.equipment)", a.twinUpdatedAt, a.kafkaAppendedAt,
        "version " + a.version));
    lastWallTime = a.twinUpdatedAt;
  });
  trace.dropped.forEach(d => {
    rows.push(hopRow("dropped", d.kind === "DUPLICATE" ? "dropped as a duplicate" : "dead-lettered", d.recordedAt,
        lastWallTime, d.sourceTopic + "/" + d.sourcePartition + "@" + d.sourceOffset + ": " + d.reason));
  });
  $("trace-hops").tBodies[0].replaceChildren(...rows);
  $("trace-result").hidden = false;
}

async function load(id) {
  currentId = id;
  $("trace-id").value = id;
  $("trace-error").hidden = true;
  $("trace-result").hidden = true;
  if (!id) return;
  const r = await fetchJson("/api/trace?eventId=" + encodeURIComponent(id));
  if (id !== currentId) return;
  if (!r.ok) {
    const box = $("trace-error");
    box.dataset.status = String(r.status);
    box.textContent = "HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "the dashboard did not answer");
    box.hidden = false;
    return;
  }
  render(r.body);
}

function renderLatest(list) {
  $("trace-latest").replaceChildren(el("span", {"class": "muted small"}, "latest event of: "),
      ...list.map(t => el("a", {"href": traceLink(t.lastEventId), "data-event-id": t.lastEventId},
          t.assetId.substring(t.assetId.indexOf("/") + 1))));
}

export function init() {
  $("trace-form").addEventListener("submit", e => {
    e.preventDefault();
    const id = $("trace-id").value.trim();
    if (location.hash === traceLink(id)) load(id); else location.hash = traceLink(id);
  });
  live.on("equipment", renderLatest);
}

export function show(params) {
  const id = (params && params.get("trace") || "").trim();
  if (id && id !== currentId) load(id);
}
