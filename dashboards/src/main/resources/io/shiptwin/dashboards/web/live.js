// The live data every view shares, fetched once for the whole page:
//  - the equipment list over SSE (/api/stream), polling /api/equipment while the stream is broken;
//  - /api/pipeline every second, kept for the last minutes so the rates chart has a history;
//  - /api/health every two seconds.
import {getJson} from "./util.js";

const HISTORY_SAMPLES = 300; // 5 minutes at one sample per second

const listeners = {equipment: new Set(), pipeline: new Set(), health: new Set(), feed: new Set()};
export const state = {equipment: null, pipeline: null, pipelineHistory: [], health: null, feed: "connecting"};

export function on(kind, fn) {
  listeners[kind].add(fn);
  const current = kind === "feed" ? state.feed : state[kind];
  if (current !== null && current !== undefined) fn(current);
}

function emit(kind, value) {
  listeners[kind].forEach(fn => {
    try { fn(value); } catch (e) { console.error(kind, e); }
  });
}

function setEquipment(list) {
  state.equipment = list;
  emit("equipment", list);
}

function setFeed(mode) {
  if (state.feed === mode) return;
  state.feed = mode;
  emit("feed", mode);
}

let pollTimer = null;
function startPolling() {
  setFeed("polling");
  if (pollTimer) return;
  const poll = () => getJson("/api/equipment").then(setEquipment).catch(() => {});
  poll();
  pollTimer = setInterval(poll, 2000);
}

function stopPolling() {
  if (pollTimer) clearInterval(pollTimer);
  pollTimer = null;
  setFeed("live");
}

function connectStream() {
  if (!window.EventSource) { startPolling(); return; }
  const source = new EventSource("/api/stream");
  source.addEventListener("equipment", e => { stopPolling(); setEquipment(JSON.parse(e.data)); });
  source.onerror = () => startPolling();
}

function refreshPipeline() {
  getJson("/api/pipeline").then(report => {
    state.pipeline = report;
    if (state.pipelineHistory.length === 0 || state.pipelineHistory[state.pipelineHistory.length - 1].at !== report.at) {
      state.pipelineHistory.push(report);
      if (state.pipelineHistory.length > HISTORY_SAMPLES) state.pipelineHistory.shift();
    }
    emit("pipeline", report);
  }).catch(() => {});
}

function refreshHealth() {
  getJson("/api/health").then(h => { state.health = h; emit("health", h); })
      .catch(() => { state.health = {status: "UNREACHABLE", components: {}}; emit("health", state.health); });
}

/** The dashboard keeps the last minutes of samples itself: a reloaded page's chart starts full. */
function seedPipelineHistory() {
  return getJson("/api/pipeline/history").then(reports => {
    if (state.pipelineHistory.length === 0) state.pipelineHistory.push(...reports.slice(-HISTORY_SAMPLES));
  }).catch(() => {});
}

export function start() {
  connectStream();
  seedPipelineHistory().then(refreshPipeline);
  refreshHealth();
  setInterval(refreshPipeline, 1000);
  setInterval(refreshHealth, 2000);
}
