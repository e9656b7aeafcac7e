// Event time: per source and operator subtask the watermark next to the simulated clock (/api/event-time), and
// the late events with the watermark each one missed and where it went.
import {el, fmtCount, fetchJson} from "./util.js";

const REFRESH_MS = 2000;
let timer = null;

function $(id) { return document.getElementById(id); }

/** 5000 -> "5 s", 5400000 -> "1.5 h" */
export function fmtLag(ms) {
  if (ms === null || ms === undefined) return "–";
  const a = Math.abs(ms);
  if (a < 1000) return ms + " ms";
  if (a < 120000) return (ms / 1000).toFixed(a < 10000 ? 1 : 0) + " s";
  if (a < 7200000) return (ms / 60000).toFixed(1) + " min";
  if (a < 172800000) return (ms / 3600000).toFixed(1) + " h";
  return (ms / 86400000).toFixed(1) + " d";
}

function cells(tr, values) {
  values.forEach(v => tr.appendChild(el("td", {}, v)));
  return tr;
}

function render(a) {
  const rows = a.sources.map(s => cells(el("tr", {"data-source": s.source, "data-subtask": String(s.subtask),
      "data-watermark": s.watermark || ""}),
      [s.source, s.operator, String(s.subtask), s.watermark || "none yet", s.simulatedClock || "–", fmtLag(s.lagMillis),
        fmtCount(s.events), fmtCount(s.lateEvents), s.updatedAt]));
  if (rows.length === 0) {
    rows.push(cells(el("tr", {}), ["no watermark reported yet: the KPI operator reports once it has seen business events"]));
    rows[0].firstChild.setAttribute("colspan", "9");
    rows[0].firstChild.className = "muted";
  }
  $("watermarks").tBodies[0].replaceChildren(...rows);
  $("late-count").textContent = fmtCount(a.lateEvents);
  $("late-count").dataset.count = String(a.lateEvents);
  $("late-where").textContent = "Each late event goes to: " + a.lateGoesTo.join("; ") + ".";
  const late = a.recentLate.map(e => cells(el("tr", {"data-event-id": e.eventId}),
      [e.eventId, e.assetId, e.watermark || "–", e.sourceTopic + "/" + e.sourcePartition + "@" + e.sourceOffset, e.reason]));
  if (late.length === 0) {
    const tr = el("tr", {});
    tr.appendChild(el("td", {"colspan": "5", "class": "muted"}, "none: every event came within the allowed lateness"));
    late.push(tr);
  }
  $("late-events").tBodies[0].replaceChildren(...late);
}

async function refresh() {
  const r = await fetchJson("/api/event-time");
  if (!r.ok) {
    $("late-where").textContent = "HTTP " + r.status + ": " + (r.body && r.body.error ? r.body.error : "no answer");
    return;
  }
  render(r.body);
}

export function show() {
  refresh();
  if (!timer) timer = setInterval(refresh, REFRESH_MS);
}

export function hide() {
  if (timer) clearInterval(timer);
  timer = null;
}
