// Data flow: the architecture drawn live from /api/pipeline and /api/health.
import {el, fmtCount, getJson} from "./util.js";
import * as live from "./live.js";
import {chart} from "./charts.js";
import * as tracer from "./tracer.js";

const HOP_LABELS = {
  "sim.published": "published (acked by broker)", "broker.received": "received",
  "bridge.in": "in from MQTT", "bridge.out": "out to Kafka (acked)",
  "kafka.telemetry.raw": "yard.telemetry.raw", "kafka.events.raw": "yard.events.raw",
  "flink.twin.events": "unique events applied", "flink.consumer.lag": "consumer lag",
  "flink.duplicates": "duplicates dropped", "flink.deadlettered": "dead-lettered",
  "twin.entities": "twin entities", "kafka.twin.equipment": "twin.equipment records",
  "kafka.deadletter": "yard.deadletter records"
};

// Each stage of the data path: where it is drawn, the hop that is its main count, the other hops it
// shows, the health components that colour it, and which hops are errors (highlighted when > 0).
export const STAGES = [
  {id: "simulator", name: "Simulator", x: 0, y: 1, main: "sim.published", hops: [], health: ["simulator"]},
  {id: "mqtt", name: "MQTT broker", x: 1, y: 1, main: "broker.received", hops: [], health: ["mqtt"]},
  {id: "bridge", name: "Bridge", x: 2, y: 1, main: "bridge.out", hops: ["bridge.in"], health: ["bridge"]},
  {id: "kafka", name: "Kafka", x: 3, y: 1, main: "kafka.telemetry.raw", hops: ["kafka.events.raw"], health: ["kafka", "kafka-process"]},
  {id: "flink", name: "Flink twin job", x: 4, y: 1, main: "flink.twin.events",
    hops: ["flink.consumer.lag", "flink.duplicates", "flink.deadlettered"], health: ["flink"],
    warn: ["flink.deadlettered"]},
  {id: "h2", name: "H2 twin tables", x: 5, y: 0, main: "twin.entities", rate: "flink.twin.events", rateLabel: "rows written",
    hops: ["flink.twin.events"], health: ["h2"]},
  {id: "twin-topics", name: "twin.* topics", x: 5, y: 1, main: "kafka.twin.equipment", hops: [], health: ["kafka"]},
  {id: "deadletter", name: "Dead letters", x: 5, y: 2, main: "kafka.deadletter", hops: [], health: ["kafka"],
    warn: ["kafka.deadletter"]}
];
const EDGES = [["simulator", "mqtt", "sim.published"], ["mqtt", "bridge", "broker.received"],
  ["bridge", "kafka", "bridge.out"], ["kafka", "flink", "kafka.telemetry.raw"], ["flink", "h2", "flink.twin.events"],
  ["flink", "twin-topics", "kafka.twin.equipment"], ["flink", "deadletter", "kafka.deadletter"]];
// The rates chart: the flow at each main hop.
const RATE_HOPS = ["sim.published", "broker.received", "bridge.out", "kafka.telemetry.raw", "flink.twin.events",
  "kafka.twin.equipment"];
const COLOURS = {UP: "#2da44e", DOWN: "#cf222e", UNKNOWN: "#8c959f", ERRORS: "#bf8700"};

const DROPPED_REFRESH_MS = 3000;
let visible = false;
let droppedTimer = null;
let diagram = null;
let rates = null;

function stageHealth(stage, health) {
  if (!health || !health.components) return "UNKNOWN";
  const states = stage.health.map(c => health.components[c]).filter(s => s !== undefined);
  if (states.length === 0) return "UNKNOWN";
  return states.every(s => s === "UP") ? "UP" : "DOWN";
}

function byHop(report) {
  const m = {};
  (report ? report.hops : []).forEach(h => { m[h.hop] = h; });
  return m;
}

/** Tooltips of the consumer lag row: where /api/pipeline's consumerLagFrom says the figure comes from. */
const LAG_FROM = {
  "job": "records the twin job has not read yet, as the job reports it (Flink's pendingRecords)",
  "committed offsets": "records past the offsets committed at the last checkpoint: moves only when a checkpoint completes "
      + "(the dashboard reaches no Flink REST API; see --flink-rest)",
  "unknown": "Kafka and Flink did not answer",
};

function rateText(h) {
  return h && h.ratePerSec !== null && h.ratePerSec !== undefined ? h.ratePerSec.toFixed(1) + " msg/s" : "– msg/s";
}

function renderStages(report, health) {
  const hops = byHop(report);
  const panel = document.getElementById("pipeline");
  panel.classList.remove("muted");
  panel.replaceChildren(...STAGES.map(stage => {
    const state = stageHealth(stage, health);
    const main = hops[stage.main];
    const rateHop = stage.rate || stage.main;
    const card = el("div", {"class": "stage health-" + state.toLowerCase(), "data-stage": stage.id, "data-health": state});
    card.appendChild(el("div", {"class": "stage-name"}, stage.name));
    const count = el("div", {"class": "stage-count hop-count", "data-hop": stage.main}, main ? fmtCount(main.count) : "–");
    count.title = HOP_LABELS[stage.main] || stage.main;
    card.appendChild(count);
    card.appendChild(el("div", {"class": "stage-rate"}, (HOP_LABELS[stage.main] || stage.main) + " · "
        + (stage.rateLabel ? stage.rateLabel + " " : "") + rateText(hops[rateHop])));
    if (stage.id === "bridge" && hops["bridge.in"] && hops["bridge.out"] && hops["bridge.in"].count >= 0) {
      stage.extra = hops["bridge.in"].count - hops["bridge.out"].count;
    }
    stage.hops.forEach(name => {
      const h = hops[name];
      if (!h) return;
      const warn = (stage.warn || []).includes(name) && h.count > 0;
      const row = el("div", {"class": "hop" + (warn ? " warn" : ""), "data-hop": name});
      if (name === "flink.consumer.lag" && report.consumerLagFrom) {
        row.dataset.from = report.consumerLagFrom;
        row.title = LAG_FROM[report.consumerLagFrom] || report.consumerLagFrom;
      }
      row.appendChild(el("span", {}, HOP_LABELS[name] || name));
      row.appendChild(el("span", {"class": "v"}, fmtCount(h.count)));
      card.appendChild(row);
    });
    if (stage.id === "bridge" && stage.extra !== undefined) {
      const row = el("div", {"class": "hop", "data-hop": "bridge.in-flight"});
      row.appendChild(el("span", {}, "awaiting Kafka ack"));
      row.appendChild(el("span", {"class": "v"}, fmtCount(stage.extra)));
      card.appendChild(row);
    }
    if ((stage.warn || []).includes(stage.main) && main && main.count > 0) card.classList.add("has-errors");
    return card;
  }));
}

function renderDiagram(report, health) {
  if (!diagram) return;
  const hops = byHop(report);
  const nodes = STAGES.map(stage => {
    const main = hops[stage.main];
    const errors = (stage.warn || []).includes(stage.main) && main && main.count > 0;
    const colour = errors ? COLOURS.ERRORS : COLOURS[stageHealth(stage, health)];
    return {
      name: stage.id, x: stage.x * 190, y: stage.y * 95, value: main ? main.count : null,
      itemStyle: {color: colour},
      label: {formatter: stage.name + "\n" + (main ? fmtCount(main.count) : "–") + "\n" + rateText(hops[stage.rate || stage.main])}
    };
  });
  const links = EDGES.map(([source, target, hop]) => {
    const h = hops[hop];
    const flowing = h && h.ratePerSec > 0;
    return {source, target, lineStyle: {width: flowing ? 3 : 1.5, type: flowing ? "solid" : "dashed"},
      label: {show: !!flowing, formatter: flowing ? h.ratePerSec.toFixed(0) + "/s" : ""}};
  });
  diagram.setOption({
    animation: false,
    series: [{
      type: "graph", layout: "none", roam: false, symbol: "roundRect", symbolSize: [150, 62],
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 9,
      label: {show: true, color: "#fff", fontSize: 12, lineHeight: 16},
      edgeLabel: {fontSize: 11, color: "#1d2733"},
      lineStyle: {color: "#57606a", curveness: 0},
      data: nodes, links
    }]
  });
}

function renderRates() {
  if (!rates) return;
  const history = live.state.pipelineHistory;
  const series = RATE_HOPS.map(hop => ({
    name: HOP_LABELS[hop] ? hop : hop, type: "line", showSymbol: false,
    data: history.map(r => {
      const h = r.hops.find(x => x.hop === hop);
      return [r.at, h && h.ratePerSec !== null ? h.ratePerSec : null];
    })
  }));
  series.push({
    name: "flink.consumer.lag", type: "line", yAxisIndex: 1, showSymbol: false, lineStyle: {type: "dotted"},
    data: history.map(r => {
      const h = r.hops.find(x => x.hop === "flink.consumer.lag");
      return [r.at, h && h.count >= 0 ? h.count : null];
    })
  });
  rates.setOption({
    animation: false,
    aria: {enabled: true},
    tooltip: {trigger: "axis"},
    legend: {top: 0, type: "scroll"},
    grid: {left: 60, right: 70, top: 40, bottom: 30},
    xAxis: {type: "time"},
    yAxis: [{type: "value", name: "msg/s"}, {type: "value", name: "lag (records)", splitLine: {show: false}}],
    series
  });
}

function render() {
  renderStages(live.state.pipeline, live.state.health);
  if (visible) {
    renderDiagram(live.state.pipeline, live.state.health);
    renderRates();
  }
}

export function init() {
  tracer.init();
  live.on("pipeline", render);
  live.on("health", render);
}

function refreshDropped() {
  getJson("/api/dropped-events?limit=20").then(rows => {
    const body = document.querySelector("#dropped-events tbody");
    if (rows.length === 0) {
      body.replaceChildren(el("tr", {"class": "none"}, null));
      body.firstChild.appendChild(el("td", {"colspan": "6", "class": "muted"}, "none: every record so far changed the twin"));
      return;
    }
    body.replaceChildren(...rows.map(r => {
      const tr = el("tr", {"data-kind": r.kind, "data-offset": r.sourceTopic + "/" + r.sourcePartition + "@" + r.sourceOffset});
      tr.appendChild(el("td", {}, r.kind === "DEAD_LETTER" ? "dead letter" : "duplicate"));
      tr.appendChild(el("td", {}, r.recordedAt));
      tr.appendChild(el("td", {}, r.assetId || r.sourceKey || "–"));
      const idCell = el("td", {});
      if (r.eventId) idCell.appendChild(el("a", {"href": tracer.traceLink(r.eventId)}, r.eventId));
      else idCell.textContent = "–";
      tr.appendChild(idCell);
      tr.appendChild(el("td", {}, r.sourceTopic + "/" + r.sourcePartition + "@" + r.sourceOffset));
      tr.appendChild(el("td", {"class": "reason"}, r.reason));
      return tr;
    }));
  }).catch(() => {});
}

export function show(params) {
  visible = true;
  tracer.show(params);
  refreshDropped();
  if (!droppedTimer) droppedTimer = setInterval(refreshDropped, DROPPED_REFRESH_MS);
  // SVG renderer: the diagram's labels are DOM text, readable by screen readers and browser tests.
  diagram = chart(document.getElementById("flow-diagram"), "svg");
  rates = chart(document.getElementById("rates-chart"));
  render();
}

export function hide() {
  visible = false;
  if (droppedTimer) clearInterval(droppedTimer);
  droppedTimer = null;
}
